import type { OrganisationKind } from "../../graphql/generated/graphql";
import { defineAuditVocabulary, text } from "../../lib/auditTrail";

import { ORGANISATION_KINDS } from "./OrganisationModal";

/** What the organisations tell of the trail: which one an operator added or changed. */
export const partnersAuditVocabulary = defineAuditVocabulary({
  ns: "partners",
  actions: {
    "organisation.created": {
      name: (t) => t("auditTrail.actionName.organisation.created"),
      describe: (_before, after, t) => t("auditTrail.sentence.organisation.created", { name: text(after?.["name"]) }),
    },
    "organisation.updated": {
      name: (t) => t("auditTrail.actionName.organisation.updated"),
      describe: (_before, _after, t) => t("auditTrail.sentence.organisation.updated"),
    },
    "api_client.created": {
      name: (t) => t("auditTrail.actionName.api_client.created"),
      describe: (_before, after, t) =>
        t("auditTrail.sentence.api_client.created", {
          name: text(after?.["name"]),
          clientId: text(after?.["clientId"]),
        }),
    },
    "api_client.secret_rotated": {
      name: (t) => t("auditTrail.actionName.api_client.secret_rotated"),
      describe: (_before, after, t) =>
        t("auditTrail.sentence.api_client.secret_rotated", { clientId: text(after?.["clientId"]) }),
    },
    "api_client.revoked": {
      name: (t) => t("auditTrail.actionName.api_client.revoked"),
      describe: (_before, after, t) =>
        t("auditTrail.sentence.api_client.revoked", { clientId: text(after?.["clientId"]) }),
    },
  },
  entityTypes: {
    Organisation: (t) => t("auditTrail.entityType.Organisation"),
    ApiClient: (t) => t("auditTrail.entityType.ApiClient"),
  },
  fields: {
    slug: (t) => t("auditTrail.field.slug"),
    name: (t) => t("auditTrail.field.name"),
    kind: (t) => t("auditTrail.field.kind"),
    website: (t) => t("auditTrail.field.website"),
  },
  value: (key, value, t) => {
    const kind = ORGANISATION_KINDS.find((known) => known === text(value).toUpperCase());
    return key === "kind" && kind ? t(`enums:organisationKind.${kind satisfies OrganisationKind}`) : undefined;
  },
});

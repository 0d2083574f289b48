import { defineAuditVocabulary, text } from "../../lib/auditTrail";

/** What the method feature tells of the trail: the national method's versions. */
export const methodAuditVocabulary = defineAuditVocabulary({
  ns: "method",
  actions: {
    "method.draft_created": {
      name: (t) => t("auditTrail.actionName.method.draft_created"),
      describe: (_before, after, t) => t("auditTrail.sentence.method.draft_created", { n: text(after?.["number"]) }),
    },
    "method.draft_saved": {
      name: (t) => t("auditTrail.actionName.method.draft_saved"),
      describe: (_before, _after, t) => t("auditTrail.sentence.method.draft_saved"),
    },
    "method.published": {
      name: (t) => t("auditTrail.actionName.method.published"),
      describe: (_before, after, t) => t("auditTrail.sentence.method.published", { n: text(after?.["number"]) }),
    },
    "method.retired": {
      name: (t) => t("auditTrail.actionName.method.retired"),
      describe: (_before, _after, t) => t("auditTrail.sentence.method.retired"),
    },
    "method.draft_discarded": {
      name: (t) => t("auditTrail.actionName.method.draft_discarded"),
      describe: (_before, _after, t) => t("auditTrail.sentence.method.draft_discarded"),
    },
  },
  entityTypes: {
    MethodVersion: (t) => t("auditTrail.entityType.MethodVersion"),
  },
  fields: {
    number: (t) => t("auditTrail.field.number"),
    basedOn: (t) => t("auditTrail.field.basedOn"),
    durationMonths: (t) => t("auditTrail.field.durationMonths"),
    phases: (t) => t("auditTrail.field.phases"),
    templates: (t) => t("auditTrail.field.templates"),
    name: (t) => t("auditTrail.field.name"),
  },
});

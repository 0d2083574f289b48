import { defineAuditVocabulary, text } from "../../lib/auditTrail";

/** What the suppliers feature tells of the trail: the regions' supplier profiles. */
export const suppliersAuditVocabulary = defineAuditVocabulary({
  ns: "suppliers",
  actions: {
    "supplier_profile.created": {
      name: (t) => t("auditTrail.actionName.supplier_profile.created"),
      describe: (_before, after, t) =>
        t("auditTrail.sentence.supplier_profile.created", { siret: text(after?.["siret"]) }),
    },
    "supplier_profile.updated": {
      name: (t) => t("auditTrail.actionName.supplier_profile.updated"),
      describe: (_before, after, t) =>
        t("auditTrail.sentence.supplier_profile.updated", { siret: text(after?.["siret"]) }),
    },
  },
  entityTypes: {
    SupplierProfile: (t) => t("auditTrail.entityType.SupplierProfile"),
  },
  fields: {
    siret: (t) => t("auditTrail.field.siret"),
    nafCode: (t) => t("auditTrail.field.nafCode"),
    communeCode: (t) => t("auditTrail.field.communeCode"),
    tags: (t) => t("auditTrail.field.tags"),
    capabilityNafCodes: (t) => t("auditTrail.field.capabilityNafCodes"),
    certifications: (t) => t("auditTrail.field.certifications"),
    capacityNotes: (t) => t("auditTrail.field.capacityNotes"),
    contactName: (t) => t("auditTrail.field.contactName"),
    contactEmail: (t) => t("auditTrail.field.contactEmail"),
    contactPhone: (t) => t("auditTrail.field.contactPhone"),
    lastContactOn: (t) => t("auditTrail.field.lastContactOn"),
  },
});

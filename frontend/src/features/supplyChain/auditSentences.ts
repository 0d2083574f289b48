import { SupplierCandidateStatus } from "../../graphql/generated/graphql";
import {
  type AuditT,
  changedFieldList,
  defineAuditVocabulary,
  enumLabel,
  frenchList,
  items,
  midSentence,
  text,
} from "../../lib/auditTrail";

type T = AuditT<"supplyChain">;

const FIELD_NAMES = {
  notes: (t: T) => t("auditTrail.fieldName.notes"),
  nextActionOn: (t: T) => t("auditTrail.fieldName.nextActionOn"),
  status: (t: T) => t("auditTrail.fieldName.status"),
  name: (t: T) => t("auditTrail.fieldName.name"),
  siret: (t: T) => t("auditTrail.fieldName.siret"),
  communeCode: (t: T) => t("auditTrail.fieldName.communeCode"),
} satisfies Record<string, (t: T) => string>;

const CANDIDATE_STATUSES = Object.values(SupplierCandidateStatus);

/** « Contacté »: a supplier's status as the board names it (« rejected » is « Écarté » here, not the
 * project's « Non retenu »). */
function candidateStatusLabel(value: unknown, t: T): string {
  return enumLabel(value, CANDIDATE_STATUSES, (status) => t(`enums:supplierCandidateStatus.${status}`));
}

/** What the supply chain feature tells of the trail: a project's chain, its stages and suppliers. */
export const supplyChainAuditVocabulary = defineAuditVocabulary({
  ns: "supplyChain",
  actions: {
    "project.supply_chain_set": {
      name: (t) => t("auditTrail.actionName.project.supply_chain_set"),
      describe: (_before, after, t) => {
        const names = items(after?.["stages"]).map(text);
        return names.length
          ? t("auditTrail.sentence.project.supply_chain_set", { names: frenchList(names) })
          : t("auditTrail.sentence.project.supply_chain_cleared");
      },
    },
    "supplier_candidate.added": {
      name: (t) => t("auditTrail.actionName.supplier_candidate.added"),
      describe: (_before, after, t) =>
        t("auditTrail.sentence.supplier_candidate.added", {
          name: text(after?.["name"]),
          stage: text(after?.["stage"]),
        }),
    },
    "supplier_candidate.status_changed": {
      name: (t) => t("auditTrail.actionName.supplier_candidate.status_changed"),
      // Entries written before the name was recorded say « un fournisseur ».
      describe: (before, after, t, style) =>
        t("auditTrail.sentence.supplier_candidate.status_changed", {
          name:
            typeof after?.["name"] === "string"
              ? after["name"]
              : t("auditTrail.sentence.supplier_candidate.someSupplier"),
          before: midSentence(candidateStatusLabel(before?.["status"], t), style),
          after: midSentence(candidateStatusLabel(after?.["status"], t), style),
        }),
    },
    "supplier_candidate.updated": {
      name: (t) => t("auditTrail.actionName.supplier_candidate.updated"),
      describe: (before, after, t) =>
        t("auditTrail.sentence.supplier_candidate.updated", {
          fields: changedFieldList(before, after, FIELD_NAMES, t),
        }),
    },
  },
  entityTypes: {
    SupplierCandidate: (t) => t("auditTrail.entityType.SupplierCandidate"),
  },
  fields: {
    stage: (t) => t("auditTrail.field.stage"),
    stages: (t) => t("auditTrail.field.stages"),
    status: (t) => t("auditTrail.field.status"),
    reason: (t) => t("auditTrail.field.reason"),
    name: (t) => t("auditTrail.field.name"),
    siret: (t) => t("auditTrail.field.siret"),
    communeCode: (t) => t("auditTrail.field.communeCode"),
    notes: (t) => t("auditTrail.field.notes"),
    nextActionOn: (t) => t("auditTrail.field.nextActionOn"),
    projectId: (t) => t("auditTrail.field.projectId"),
  },
  // The status of a supplier of the chain, for this feature's actions.
  value: (key, value, t) => (key === "status" ? candidateStatusLabel(value, t) : undefined),
});

import {
  FinancingSchemeType,
  FinancingSourceKind,
  FinancingSourceStatus,
  InvestmentCategory,
  InvestmentStatus,
} from "../../graphql/generated/graphql";
import {
  type AuditT,
  type AuditValues,
  changedFieldList,
  dateLabel,
  defineAuditVocabulary,
  enumLabel,
  midSentence,
  text,
} from "../../lib/auditTrail";
import { formatEuros } from "../../lib/numbers";

type T = AuditT<"financing">;

const CATEGORIES = Object.values(InvestmentCategory);
const LINE_STATUSES = Object.values(InvestmentStatus);
const KINDS = Object.values(FinancingSourceKind);
const SOURCE_STATUSES = Object.values(FinancingSourceStatus);
const SCHEME_TYPES = Object.values(FinancingSchemeType);

/** Fields named mid-sentence in « a modifié le montant et l'année de … ». */
const FIELD_NAMES = {
  category: (t: T) => t("auditTrail.fieldName.category"),
  label: (t: T) => t("auditTrail.fieldName.label"),
  amount: (t: T) => t("auditTrail.fieldName.amount"),
  year: (t: T) => t("auditTrail.fieldName.year"),
  quarter: (t: T) => t("auditTrail.fieldName.quarter"),
  status: (t: T) => t("auditTrail.fieldName.status"),
  supplierCandidateId: (t: T) => t("auditTrail.fieldName.supplierCandidateId"),
  quoteDocumentId: (t: T) => t("auditTrail.fieldName.quoteDocumentId"),
  kind: (t: T) => t("auditTrail.fieldName.kind"),
  appliedOn: (t: T) => t("auditTrail.fieldName.appliedOn"),
  decidedOn: (t: T) => t("auditTrail.fieldName.decidedOn"),
  schemeId: (t: T) => t("auditTrail.fieldName.schemeId"),
  deMinimis: (t: T) => t("auditTrail.fieldName.deMinimis"),
  aidEquivalentEur: (t: T) => t("auditTrail.fieldName.aidEquivalentEur"),
  decisionDocumentId: (t: T) => t("auditTrail.fieldName.decisionDocumentId"),
  grantedOn: (t: T) => t("auditTrail.fieldName.grantedOn"),
  grantedBy: (t: T) => t("auditTrail.fieldName.grantedBy"),
} satisfies Record<string, (t: T) => string>;

/** The names an update records beside the changed fields, to say which row it was: not changes. */
const IDENTIFYING = new Set(["projectId", "companyId", "name", "sourceKind"]);

function changed(values: AuditValues): AuditValues {
  return values && Object.fromEntries(Object.entries(values).filter(([key]) => !IDENTIFYING.has(key)));
}

function amountLabel(value: unknown): string {
  return typeof value === "number" ? formatEuros(value) : text(value);
}

/** A source as a sentence names it: its label, else its kind. */
function sourceName(values: AuditValues, t: T): string {
  const label = text(values?.["label"] ?? values?.["name"]);
  if (label) return label;
  return enumLabel(values?.["kind"] ?? values?.["sourceKind"], KINDS, (kind) => t(`enums.sourceKind.${kind}`));
}

/** What the financing feature tells of the trail: a project's plans, its company's earlier de minimis aid,
 * the catalogue of schemes. */
export const financingAuditVocabulary = defineAuditVocabulary({
  ns: "financing",
  actions: {
    "investment_line.added": {
      name: (t) => t("auditTrail.actionName.investment_line.added"),
      describe: (_before, after, t) =>
        t("auditTrail.sentence.investment_line.added", {
          label: text(after?.["label"]),
          amount: amountLabel(after?.["amount"]),
        }),
    },
    "investment_line.updated": {
      name: (t) => t("auditTrail.actionName.investment_line.updated"),
      describe: (before, after, t) =>
        t("auditTrail.sentence.investment_line.updated", {
          fields: changedFieldList(changed(before), changed(after), FIELD_NAMES, t),
          label: text(after?.["name"]),
        }),
    },
    "investment_line.deleted": {
      name: (t) => t("auditTrail.actionName.investment_line.deleted"),
      describe: (before, _after, t) =>
        t("auditTrail.sentence.investment_line.deleted", {
          label: text(before?.["label"]),
          amount: amountLabel(before?.["amount"]),
        }),
    },
    "financing_source.added": {
      name: (t) => t("auditTrail.actionName.financing_source.added"),
      describe: (_before, after, t) =>
        t("auditTrail.sentence.financing_source.added", {
          name: sourceName(after, t),
          amount: amountLabel(after?.["amount"]),
        }),
    },
    "financing_source.updated": {
      name: (t) => t("auditTrail.actionName.financing_source.updated"),
      describe: (before, after, t, style) => {
        const status = after?.["status"];
        if (status !== undefined && Object.keys(changed(after) ?? {}).length === 1) {
          return t("auditTrail.sentence.financing_source.status_changed", {
            name: sourceName(after, t),
            status: midSentence(sourceStatusLabel(status, t), style),
          });
        }
        return t("auditTrail.sentence.financing_source.updated", {
          fields: changedFieldList(changed(before), changed(after), FIELD_NAMES, t),
          name: sourceName(after, t),
        });
      },
    },
    "financing_source.deleted": {
      name: (t) => t("auditTrail.actionName.financing_source.deleted"),
      describe: (before, _after, t) =>
        t("auditTrail.sentence.financing_source.deleted", {
          name: sourceName(before, t),
          amount: amountLabel(before?.["amount"]),
        }),
    },
    "earlier_de_minimis_aid.added": {
      name: (t) => t("auditTrail.actionName.earlier_de_minimis_aid.added"),
      describe: (_before, after, t) =>
        t("auditTrail.sentence.earlier_de_minimis_aid.added", {
          amount: amountLabel(after?.["amount"]),
          grantedBy: text(after?.["grantedBy"]),
          date: dateLabel(after?.["grantedOn"]),
        }),
    },
    "earlier_de_minimis_aid.updated": {
      name: (t) => t("auditTrail.actionName.earlier_de_minimis_aid.updated"),
      describe: (before, after, t) =>
        t("auditTrail.sentence.earlier_de_minimis_aid.updated", {
          fields: changedFieldList(changed(before), changed(after), FIELD_NAMES, t),
          grantedBy: text(after?.["name"]),
        }),
    },
    "earlier_de_minimis_aid.deleted": {
      name: (t) => t("auditTrail.actionName.earlier_de_minimis_aid.deleted"),
      describe: (before, _after, t) =>
        t("auditTrail.sentence.earlier_de_minimis_aid.deleted", {
          amount: amountLabel(before?.["amount"]),
          grantedBy: text(before?.["grantedBy"]),
        }),
    },
    "financing_scheme.created": {
      name: (t) => t("auditTrail.actionName.financing_scheme.created"),
      describe: (_before, after, t) =>
        t("auditTrail.sentence.financing_scheme.created", { name: text(after?.["name"]) }),
    },
    "financing_scheme.updated": {
      name: (t) => t("auditTrail.actionName.financing_scheme.updated"),
      describe: (before, after, t) =>
        t("auditTrail.sentence.financing_scheme.updated", { name: text(after?.["name"] ?? before?.["name"]) }),
    },
  },
  entityTypes: {
    InvestmentLine: (t) => t("auditTrail.entityType.InvestmentLine"),
    FinancingSource: (t) => t("auditTrail.entityType.FinancingSource"),
    EarlierDeMinimisAid: (t) => t("auditTrail.entityType.EarlierDeMinimisAid"),
    FinancingScheme: (t) => t("auditTrail.entityType.FinancingScheme"),
  },
  fields: {
    category: (t) => t("auditTrail.field.category"),
    label: (t) => t("auditTrail.field.label"),
    amount: (t) => t("auditTrail.field.amount"),
    year: (t) => t("auditTrail.field.year"),
    quarter: (t) => t("auditTrail.field.quarter"),
    status: (t) => t("auditTrail.field.status"),
    supplierCandidateId: (t) => t("auditTrail.field.supplierCandidateId"),
    quoteDocumentId: (t) => t("auditTrail.field.quoteDocumentId"),
    kind: (t) => t("auditTrail.field.kind"),
    sourceKind: (t) => t("auditTrail.field.kind"),
    appliedOn: (t) => t("auditTrail.field.appliedOn"),
    decidedOn: (t) => t("auditTrail.field.decidedOn"),
    schemeId: (t) => t("auditTrail.field.schemeId"),
    deMinimis: (t) => t("auditTrail.field.deMinimis"),
    aidEquivalentEur: (t) => t("auditTrail.field.aidEquivalentEur"),
    decisionDocumentId: (t) => t("auditTrail.field.decisionDocumentId"),
    grantedOn: (t) => t("auditTrail.field.grantedOn"),
    grantedBy: (t) => t("auditTrail.field.grantedBy"),
    companyId: (t) => t("auditTrail.field.companyId"),
    financerLabel: (t) => t("auditTrail.field.financerLabel"),
    type: (t) => t("auditTrail.field.type"),
    purposes: (t) => t("auditTrail.field.purposes"),
    perimeter: (t) => t("auditTrail.field.perimeter"),
    amounts: (t) => t("auditTrail.field.amounts"),
    rates: (t) => t("auditTrail.field.rates"),
    dates: (t) => t("auditTrail.field.dates"),
    applicationUrl: (t) => t("auditTrail.field.applicationUrl"),
    sourceUrl: (t) => t("auditTrail.field.sourceUrl"),
  },
  // Enum values as recorded (« machines », « to_apply »), read as their labels; amounts in euros.
  value: (key, value, t) => {
    switch (key) {
      case "category":
        return enumLabel(value, CATEGORIES, (category) => t(`enums.category.${category}`));
      case "kind":
      case "sourceKind":
        return enumLabel(value, KINDS, (kind) => t(`enums.sourceKind.${kind}`));
      case "type":
        return enumLabel(value, SCHEME_TYPES, (type) => t(`enums.schemeType.${type}`));
      case "amount":
      case "aidEquivalentEur":
        return typeof value === "number" ? formatEuros(value) : undefined;
      case "status":
        return lineOrSourceStatus(value, t);
      default:
        return undefined;
    }
  },
});

function sourceStatusLabel(value: unknown, t: T): string {
  return enumLabel(value, SOURCE_STATUSES, (status) => t(`enums.sourceStatus.${status}`));
}

/** « estimated » is a line's, « to_apply » a source's: the value says which. */
function lineOrSourceStatus(value: unknown, t: T): string | undefined {
  if (typeof value !== "string") return undefined;
  const name = value.toUpperCase();
  if ((LINE_STATUSES as readonly string[]).includes(name)) {
    return enumLabel(value, LINE_STATUSES, (status) => t(`enums.lineStatus.${status}`));
  }
  if ((SOURCE_STATUSES as readonly string[]).includes(name)) return sourceStatusLabel(value, t);
  return undefined;
}

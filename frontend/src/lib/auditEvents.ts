import type { TFunction } from "i18next";

import {
  MilestoneState,
  ProjectStatus,
  RespondentProfile,
  SupplierCandidateStatus,
  TeamRole,
} from "../graphql/generated/graphql";
import type { resources } from "../i18n/i18n";

import { formatDateTime, formatLongDate } from "./dates";

/** What a trail entry needs to be told in French: the action and the changed values, as the API
 * sends them (`AuditEvent.before` / `after`, JSON objects of the changed fields only). */
export interface DescribableAuditEvent {
  action: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/** Get it with `useTranslation(["audit", "enums", "projects"])` (the project tools' sentences and the
 * interview profiles are worded in `projects`). */
export type AuditT = TFunction<["audit", "enums", "projects"]>;

/** Where the sentence is read. The journal names statuses by their labels (« de Candidat à
 * Sélectionné »); a project's « Historique » writes them in lower case mid-sentence (« de candidat à
 * sélectionné »), as « Parcours » does. */
export type AuditSentenceStyle = "journal" | "history";

type Values = Record<string, unknown> | null | undefined;
type Describe = (before: Values, after: Values, t: AuditT, style: AuditSentenceStyle) => string;

/** The actions told as a sentence, the others shown as they are recorded (« milestone.pinned »). */
const ACTIONS: Record<string, { name: (t: AuditT) => string; describe: Describe }> = {
  "project.status_changed": {
    name: (t) => t("actionName.project.status_changed"),
    describe: (before, after, t, style) =>
      t("sentence.project.status_changed", {
        before: midSentence(statusLabel(before?.["status"], t), style),
        after: midSentence(statusLabel(after?.["status"], t), style),
      }),
  },
  "project.updated": {
    name: (t) => t("actionName.project.updated"),
    describe: (before, after, t) => t("sentence.project.updated", { fields: fieldList(before, after, t) }),
  },
  "project.commented": {
    name: (t) => t("actionName.project.commented"),
    describe: (_before, _after, t) => t("sentence.project.commented"),
  },
  "project.candidacy_submitted": {
    name: (t) => t("actionName.project.candidacy_submitted"),
    describe: (_before, _after, t) => t("sentence.project.candidacy_submitted"),
  },
  "project.scored": {
    name: (t) => t("actionName.project.scored"),
    describe: (_before, after, t) => t("projects:history.sentence.scored", { total: text(after?.["total"]) }),
  },
  "project.products_set": {
    name: (t) => t("actionName.project.products_set"),
    describe: (_before, after, t) =>
      listSentence(
        "products",
        records(after?.["products"]).map((product) => text(product["name"])),
        t,
      ),
  },
  "project.team_set": {
    name: (t) => t("actionName.project.team_set"),
    describe: (_before, after, t) =>
      listSentence(
        "team",
        records(after?.["team"]).map((member) => `${text(member["name"])} (${teamRoleLabel(member["role"], t)})`),
        t,
      ),
  },
  "project.supply_chain_set": {
    name: (t) => t("actionName.project.supply_chain_set"),
    describe: (_before, after, t) => listSentence("supply_chain", items(after?.["stages"]).map(text), t),
  },
  "project.confidential_read": {
    name: (t) => t("actionName.project.confidential_read"),
    describe: (_before, _after, t) => t("sentence.project.confidential_read"),
  },
  "company.updated": {
    name: (t) => t("actionName.company.updated"),
    describe: (before, after, t) => t("sentence.company.updated", { fields: fieldList(before, after, t) }),
  },
  "study.team_set": {
    name: (t) => t("actionName.study.team_set"),
    // No values before: the team is declared for the first time.
    describe: (before, after, t) =>
      t(before ? "projects:history.sentence.teamChanged" : "projects:history.sentence.teamDeclared", {
        school: text(after?.["school"]),
      }),
  },
  "study.interview_added": {
    name: (t) => t("actionName.study.interview_added"),
    describe: (_before, after, t) =>
      t("projects:history.sentence.interviewAdded", {
        date: dateLabel(after?.["heldOn"]),
        profile: profileLabel(after?.["profile"], t),
      }),
  },
  "document.upload_requested": {
    name: (t) => t("actionName.document.upload_requested"),
    describe: (_before, after, t) =>
      t("sentence.document.upload_requested", { n: text(after?.["version"]), fileName: text(after?.["fileName"]) }),
  },
  "document.version_added": {
    name: (t) => t("actionName.document.version_added"),
    describe: (_before, after, t) =>
      t("sentence.document.version_added", { n: text(after?.["version"]), fileName: text(after?.["fileName"]) }),
  },
  "cohort.created": {
    name: (t) => t("actionName.cohort.created"),
    describe: (_before, _after, t) => t("sentence.cohort.created"),
  },
  "cohort.updated": {
    name: (t) => t("actionName.cohort.updated"),
    describe: (_before, _after, t) => t("sentence.cohort.updated"),
  },
  "cohort.project_added": {
    name: (t) => t("actionName.cohort.project_added"),
    describe: (_before, _after, t) => t("sentence.cohort.project_added"),
  },
  "cohort.replanned": {
    name: (t) => t("actionName.cohort.replanned"),
    describe: (_before, after, t) => t("sentence.cohort.replanned", { date: dateLabel(after?.["eventDate"]) }),
  },
  "cohort.migrated": {
    name: (t) => t("actionName.cohort.migrated"),
    describe: (_before, _after, t) => t("sentence.cohort.migrated"),
  },
  "milestone.updated": {
    name: (t) => t("actionName.milestone.updated"),
    describe: (before, after, t) => t("sentence.milestone.updated", { fields: fieldList(before, after, t) }),
  },
  "method.draft_created": {
    name: (t) => t("actionName.method.draft_created"),
    describe: (_before, after, t) => t("sentence.method.draft_created", { n: text(after?.["number"]) }),
  },
  "method.draft_saved": {
    name: (t) => t("actionName.method.draft_saved"),
    describe: (_before, _after, t) => t("sentence.method.draft_saved"),
  },
  "method.published": {
    name: (t) => t("actionName.method.published"),
    describe: (_before, after, t) => t("sentence.method.published", { n: text(after?.["number"]) }),
  },
  "method.retired": {
    name: (t) => t("actionName.method.retired"),
    describe: (_before, _after, t) => t("sentence.method.retired"),
  },
  "method.draft_discarded": {
    name: (t) => t("actionName.method.draft_discarded"),
    describe: (_before, _after, t) => t("sentence.method.draft_discarded"),
  },
  "edition.created": {
    name: (t) => t("actionName.edition.created"),
    describe: (_before, after, t) => t("sentence.edition.created", { name: text(after?.["name"]) }),
  },
  "edition.updated": {
    name: (t) => t("actionName.edition.updated"),
    describe: (before, after, t) => t("sentence.edition.updated", { name: text(after?.["name"] ?? before?.["name"]) }),
  },
  "calendar_feed.created": {
    name: (t) => t("actionName.calendar_feed.created"),
    describe: (_before, _after, t) => t("sentence.calendar_feed.created"),
  },
  "calendar_feed.revoked": {
    name: (t) => t("actionName.calendar_feed.revoked"),
    describe: (_before, _after, t) => t("sentence.calendar_feed.revoked"),
  },
  "supplier_candidate.added": {
    name: (t) => t("actionName.supplier_candidate.added"),
    describe: (_before, after, t) =>
      t("sentence.supplier_candidate.added", { name: text(after?.["name"]), stage: text(after?.["stage"]) }),
  },
  "supplier_candidate.status_changed": {
    name: (t) => t("actionName.supplier_candidate.status_changed"),
    // Entries written before the name was recorded say « un fournisseur ».
    describe: (before, after, t, style) =>
      t("sentence.supplier_candidate.status_changed", {
        name: typeof after?.["name"] === "string" ? after["name"] : t("sentence.supplier_candidate.someSupplier"),
        before: midSentence(candidateStatusLabel(before?.["status"], t), style),
        after: midSentence(candidateStatusLabel(after?.["status"], t), style),
      }),
  },
  "supplier_candidate.updated": {
    name: (t) => t("actionName.supplier_candidate.updated"),
    describe: (before, after, t) => t("sentence.supplier_candidate.updated", { fields: fieldList(before, after, t) }),
  },
  "supplier_profile.created": {
    name: (t) => t("actionName.supplier_profile.created"),
    describe: (_before, after, t) => t("sentence.supplier_profile.created", { siret: text(after?.["siret"]) }),
  },
  "supplier_profile.updated": {
    name: (t) => t("actionName.supplier_profile.updated"),
    describe: (_before, after, t) => t("sentence.supplier_profile.updated", { siret: text(after?.["siret"]) }),
  },
  "sourcing_request.posted": {
    name: (t) => t("actionName.sourcing_request.posted"),
    describe: (_before, after, t) =>
      t("sentence.sourcing_request.posted", { stage: text(after?.["stage"]), date: dateLabel(after?.["deadline"]) }),
  },
  "sourcing_request.answered": {
    name: (t) => t("actionName.sourcing_request.answered"),
    describe: (_before, after, t) =>
      t("sentence.sourcing_request.answered", { count: items(after?.["sirets"]).length }),
  },
};

function knownAction(action: string) {
  // Own keys only: an action named like an Object method (« toString ») is not a known one.
  return Object.hasOwn(ACTIONS, action) ? ACTIONS[action] : undefined;
}

/** Every action the filter offers, in the order of the select. */
export const KNOWN_ACTIONS = Object.keys(ACTIONS);

/** « a passé le statut de Candidat à Sélectionné »: what the person did, to follow their name. An
 * action without a sentence yet is shown as recorded. Pure: the one builder of these sentences, for the
 * audit journal and for a project's « Historique » (`style` "history"). */
export function describeAuditEvent(
  event: DescribableAuditEvent,
  t: AuditT,
  style: AuditSentenceStyle = "journal",
): string {
  const known = knownAction(event.action);
  return known ? known.describe(event.before, event.after, t, style) : event.action;
}

/** « Changement de statut d'un projet »: an action as a filter option. */
export function actionName(action: string, t: AuditT): string {
  return knownAction(action)?.name(t) ?? action;
}

const ENTITY_TYPES = [
  "Project",
  "Company",
  "Cohort",
  "Milestone",
  "Document",
  "MethodVersion",
  "Edition",
  "CalendarFeed",
  "SupplierCandidate",
  "SupplierProfile",
  "SourcingRequest",
] as const;
export type AuditEntityType = (typeof ENTITY_TYPES)[number];
export const AUDIT_ENTITY_TYPES: readonly AuditEntityType[] = ENTITY_TYPES;

export function isAuditEntityType(value: string): value is AuditEntityType {
  return (ENTITY_TYPES as readonly string[]).includes(value);
}

/** « Projet », « Jalon »…; an unknown type as recorded. */
export function entityTypeLabel(entityType: string, t: AuditT): string {
  return isAuditEntityType(entityType) ? t(`entityType.${entityType}`) : entityType;
}

/** One line of the « Détails » disclosure: « Statut : Candidat ». */
export interface ValueLine {
  key: string;
  label: string;
  value: string;
}

/** The recorded values of an action as readable lines, in the order recorded (null: nothing recorded). */
export function valueLines(action: string, values: Values, t: AuditT): ValueLine[] {
  if (!values) return [];
  // « rejected » is both a project's status and a supplier's: the action tells whose.
  const status = action.startsWith("supplier_candidate.") ? candidateStatusLabel : statusLabel;
  return Object.entries(values).map(([key, value]) => ({
    key,
    label: FIELD_LABELS.has(key) ? t(`field.${key as FieldKey}`) : key,
    value: key === "status" ? status(value, t) : valueLabel(key, value, t),
  }));
}

type AuditResources = (typeof resources)["fr"]["audit"];
type FieldKey = keyof AuditResources["field"];
type FieldNameKey = keyof AuditResources["fieldName"];

// Kept in step with the JSON by the types above: a key here without a label is a type error.
const FIELD_LABELS = new Set<string>([
  "status",
  "reason",
  "summary",
  "notes",
  "name",
  "company",
  "siren",
  "commentId",
  "mentions",
  "version",
  "fileName",
  "size",
  "sha256",
  "eventDate",
  "changes",
  "state",
  "done_on",
  "evidence",
  "evidence_url",
  "assignee_id",
  "pinned_date",
  "due_date",
  "number",
  "basedOn",
  "durationMonths",
  "phases",
  "templates",
  "year",
  "methodVersionId",
  "regions",
  "venue",
  "schoolPartner",
  "startDate",
  "eventEndDate",
  "editionId",
  "milestones",
  "projectId",
  "kind",
  "cohortId",
  "userId",
  "revokedAt",
  "siret",
  "nafCode",
  "communeCode",
  "products",
  "team",
  "stage",
  "stages",
  "answerId",
  "deadline",
  "region",
  "sirets",
  "targets",
  "fields",
  "tags",
  "capabilityNafCodes",
  "certifications",
  "capacityNotes",
  "contactName",
  "contactEmail",
  "contactPhone",
  "lastContactOn",
  "nextActionOn",
] satisfies FieldKey[]);

const FIELD_NAMES = new Set<string>([
  "summary",
  "notes",
  "status",
  "state",
  "done_on",
  "evidence",
  "evidence_url",
  "assignee_id",
  "pinned_date",
  "due_date",
  "name",
  "siret",
  "nafCode",
  "communeCode",
  "nextActionOn",
] satisfies FieldNameKey[]);

const listFormat = new Intl.ListFormat("fr", { style: "long", type: "conjunction" });

/** « l'objectif et les notes »: the fields an update changed. */
function fieldList(before: Values, after: Values, t: AuditT): string {
  const keys = [...new Set([...Object.keys(after ?? {}), ...Object.keys(before ?? {})])];
  if (keys.length === 0) return t("sentence.someFields");
  return listFormat.format(keys.map((key) => (FIELD_NAMES.has(key) ? t(`fieldName.${key as FieldNameKey}`) : key)));
}

/** « les produits : A, B et C », or that the list was emptied: a list saved whole (the names are
 * what it holds after). */
function listSentence(list: "products" | "team" | "supply_chain", names: string[], t: AuditT): string {
  return names.length
    ? t(`sentence.project.${list}_set`, { names: listFormat.format(names) })
    : t(`sentence.project.${list}_cleared`);
}

const PROJECT_STATUSES = new Set<string>(Object.values(ProjectStatus));
const MILESTONE_STATES = new Set<string>(Object.values(MilestoneState));
const CANDIDATE_STATUSES = new Set<string>(Object.values(SupplierCandidateStatus));
const TEAM_ROLES = new Set<string>(Object.values(TeamRole));

/** The audit records enum values as stored (« candidate »); the labels are keyed by GraphQL names. */
function statusLabel(value: unknown, t: AuditT): string {
  if (typeof value !== "string") return text(value);
  const name = value.toUpperCase();
  return PROJECT_STATUSES.has(name) ? t(`enums:projectStatus.${name as ProjectStatus}`) : value;
}

function candidateStatusLabel(value: unknown, t: AuditT): string {
  if (typeof value !== "string") return text(value);
  const name = value.toUpperCase();
  return CANDIDATE_STATUSES.has(name) ? t(`enums:supplierCandidateStatus.${name as SupplierCandidateStatus}`) : value;
}

/** A status label as the sentence's style writes it (see `AuditSentenceStyle`). */
function midSentence(label: string, style: AuditSentenceStyle): string {
  return style === "history" ? label.toLocaleLowerCase("fr-FR") : label;
}

/** « coach », « expert »: a team member's role, mid-sentence. */
function teamRoleLabel(value: unknown, t: AuditT): string {
  const name = text(value).toUpperCase();
  return TEAM_ROLES.has(name) ? t(`enums:teamRole.${name as TeamRole}`).toLocaleLowerCase("fr-FR") : text(value);
}

const PROFILES = new Set<string>(Object.values(RespondentProfile));

/** « distributeur »: an interviewee's profile, mid-sentence; an unknown one as recorded. */
function profileLabel(value: unknown, t: AuditT): string {
  const name = text(value).toUpperCase();
  return PROFILES.has(name)
    ? t(`projects:study.profile.${name as RespondentProfile}`).toLocaleLowerCase("fr-FR")
    : text(value);
}

function stateLabel(value: unknown, t: AuditT): string {
  if (typeof value !== "string") return text(value);
  const name = value.toUpperCase();
  return MILESTONE_STATES.has(name) ? t(`enums:milestoneState.${name as MilestoneState}`) : value;
}

function dateLabel(value: unknown): string {
  return typeof value === "string" ? (formatLongDate(value) ?? value) : text(value);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function valueLabel(key: string, value: unknown, t: AuditT): string {
  if (value === null || value === undefined || value === "") return t("value.empty");
  if (key === "state") return stateLabel(value, t);
  if (typeof value === "boolean") return value ? t("value.yes") : t("value.no");
  if (typeof value === "string") {
    if (ISO_DATE.test(value)) return formatLongDate(value) ?? value;
    if (ISO_DATE_TIME.test(value)) return formatDateTime(value) ?? value;
    return value;
  }
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) {
    return value.every((item) => typeof item !== "object" || item === null)
      ? value.map((item) => text(item)).join(", ")
      : t("value.items", { count: value.length });
  }
  if (typeof value === "object") {
    return Object.entries(value as Record<string, unknown>)
      .map(
        ([name, item]) => `${name} : ${typeof item === "object" && item !== null ? JSON.stringify(item) : text(item)}`,
      )
      .join(", ");
  }
  return text(value);
}

/** A recorded list (stages, SIRETs…); anything else as an empty one. */
function items(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A recorded list of objects (products, team members), without what is not one. */
function records(value: unknown): Record<string, unknown>[] {
  return items(value).filter((item): item is Record<string, unknown> => typeof item === "object" && item !== null);
}

function text(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

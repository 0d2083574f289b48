import { MilestoneState } from "../../graphql/generated/graphql";
import { type AuditT, changedFieldList, dateLabel, defineAuditVocabulary, enumLabel, text } from "../../lib/auditTrail";

type T = AuditT<"planning">;

const FIELD_NAMES = {
  state: (t: T) => t("auditTrail.fieldName.state"),
  done_on: (t: T) => t("auditTrail.fieldName.done_on"),
  evidence: (t: T) => t("auditTrail.fieldName.evidence"),
  evidence_url: (t: T) => t("auditTrail.fieldName.evidence_url"),
  assignee_id: (t: T) => t("auditTrail.fieldName.assignee_id"),
  pinned_date: (t: T) => t("auditTrail.fieldName.pinned_date"),
  due_date: (t: T) => t("auditTrail.fieldName.due_date"),
  status: (t: T) => t("auditTrail.fieldName.status"),
  name: (t: T) => t("auditTrail.fieldName.name"),
} satisfies Record<string, (t: T) => string>;

const MILESTONE_STATES = Object.values(MilestoneState);

/** What the planning feature tells of the trail: cohorts, their milestones, editions, calendar links. */
export const planningAuditVocabulary = defineAuditVocabulary({
  ns: "planning",
  actions: {
    "cohort.created": {
      name: (t) => t("auditTrail.actionName.cohort.created"),
      describe: (_before, _after, t) => t("auditTrail.sentence.cohort.created"),
    },
    "cohort.updated": {
      name: (t) => t("auditTrail.actionName.cohort.updated"),
      describe: (_before, _after, t) => t("auditTrail.sentence.cohort.updated"),
    },
    "cohort.project_added": {
      name: (t) => t("auditTrail.actionName.cohort.project_added"),
      describe: (_before, _after, t) => t("auditTrail.sentence.cohort.project_added"),
    },
    "cohort.replanned": {
      name: (t) => t("auditTrail.actionName.cohort.replanned"),
      describe: (_before, after, t) =>
        t("auditTrail.sentence.cohort.replanned", { date: dateLabel(after?.["eventDate"]) }),
    },
    "cohort.migrated": {
      name: (t) => t("auditTrail.actionName.cohort.migrated"),
      describe: (_before, _after, t) => t("auditTrail.sentence.cohort.migrated"),
    },
    "milestone.updated": {
      name: (t) => t("auditTrail.actionName.milestone.updated"),
      describe: (before, after, t) =>
        t("auditTrail.sentence.milestone.updated", { fields: changedFieldList(before, after, FIELD_NAMES, t) }),
    },
    "edition.created": {
      name: (t) => t("auditTrail.actionName.edition.created"),
      describe: (_before, after, t) => t("auditTrail.sentence.edition.created", { name: text(after?.["name"]) }),
    },
    "edition.updated": {
      name: (t) => t("auditTrail.actionName.edition.updated"),
      describe: (before, after, t) =>
        t("auditTrail.sentence.edition.updated", { name: text(after?.["name"] ?? before?.["name"]) }),
    },
    "calendar_feed.created": {
      name: (t) => t("auditTrail.actionName.calendar_feed.created"),
      describe: (_before, _after, t) => t("auditTrail.sentence.calendar_feed.created"),
    },
    "calendar_feed.revoked": {
      name: (t) => t("auditTrail.actionName.calendar_feed.revoked"),
      describe: (_before, _after, t) => t("auditTrail.sentence.calendar_feed.revoked"),
    },
  },
  entityTypes: {
    Cohort: (t) => t("auditTrail.entityType.Cohort"),
    Milestone: (t) => t("auditTrail.entityType.Milestone"),
    Edition: (t) => t("auditTrail.entityType.Edition"),
    CalendarFeed: (t) => t("auditTrail.entityType.CalendarFeed"),
  },
  fields: {
    eventDate: (t) => t("auditTrail.field.eventDate"),
    changes: (t) => t("auditTrail.field.changes"),
    state: (t) => t("auditTrail.field.state"),
    done_on: (t) => t("auditTrail.field.done_on"),
    evidence: (t) => t("auditTrail.field.evidence"),
    evidence_url: (t) => t("auditTrail.field.evidence_url"),
    assignee_id: (t) => t("auditTrail.field.assignee_id"),
    pinned_date: (t) => t("auditTrail.field.pinned_date"),
    due_date: (t) => t("auditTrail.field.due_date"),
    name: (t) => t("auditTrail.field.name"),
    year: (t) => t("auditTrail.field.year"),
    methodVersionId: (t) => t("auditTrail.field.methodVersionId"),
    regions: (t) => t("auditTrail.field.regions"),
    venue: (t) => t("auditTrail.field.venue"),
    schoolPartner: (t) => t("auditTrail.field.schoolPartner"),
    startDate: (t) => t("auditTrail.field.startDate"),
    eventEndDate: (t) => t("auditTrail.field.eventEndDate"),
    editionId: (t) => t("auditTrail.field.editionId"),
    milestones: (t) => t("auditTrail.field.milestones"),
    projectId: (t) => t("auditTrail.field.projectId"),
    kind: (t) => t("auditTrail.field.kind"),
    cohortId: (t) => t("auditTrail.field.cohortId"),
    userId: (t) => t("auditTrail.field.userId"),
    revokedAt: (t) => t("auditTrail.field.revokedAt"),
  },
  // A milestone's state (« done »), as the milestones' table names it; empty as any empty value.
  value: (key, value, t) =>
    key === "state" && value !== null && value !== undefined && value !== ""
      ? enumLabel(value, MILESTONE_STATES, (state) => t(`enums:milestoneState.${state}`))
      : undefined,
});

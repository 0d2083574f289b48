import { defineAuditVocabulary, text } from "../../lib/auditTrail";

/** The event day's entries of the audit trail: the event, its programme's sessions, the running order, the
 * jury and the prizes. */
export const eventsAuditVocabulary = defineAuditVocabulary({
  ns: "events",
  actions: {
    "event.created": {
      name: (t) => t("auditTrail.actionName.event.created"),
      describe: (_before, after, t) => t("auditTrail.sentence.event.created", { name: text(after?.["name"]) }),
    },
    "event.updated": {
      name: (t) => t("auditTrail.actionName.event.updated"),
      describe: (_before, _after, t) => t("auditTrail.sentence.event.updated"),
    },
    "event_session.added": {
      name: (t) => t("auditTrail.actionName.event_session.added"),
      describe: (_before, after, t) => t("auditTrail.sentence.event_session.added", { title: text(after?.["title"]) }),
    },
    "event_session.updated": {
      name: (t) => t("auditTrail.actionName.event_session.updated"),
      describe: (before, after, t) =>
        t("auditTrail.sentence.event_session.updated", { title: text(after?.["title"] ?? before?.["title"]) }),
    },
    "event_session.deleted": {
      name: (t) => t("auditTrail.actionName.event_session.deleted"),
      describe: (before, _after, t) =>
        t("auditTrail.sentence.event_session.deleted", { title: text(before?.["title"]) }),
    },
    "event.pitch_added": {
      name: (t) => t("auditTrail.actionName.pitch_added"),
      describe: (_before, after, t) =>
        t("auditTrail.sentence.pitch_added", { project: text(after?.["project"]), event: text(after?.["event"]) }),
    },
    "event.pitch_removed": {
      name: (t) => t("auditTrail.actionName.pitch_removed"),
      describe: (before, _after, t) => t("auditTrail.sentence.pitch_removed", { event: text(before?.["event"]) }),
    },
    "event.pitches_reordered": {
      name: (t) => t("auditTrail.actionName.pitches_reordered"),
      describe: (_before, _after, t) => t("auditTrail.sentence.pitches_reordered"),
    },
    "event.juror_invited": {
      name: (t) => t("auditTrail.actionName.juror_invited"),
      describe: (_before, after, t) => t("auditTrail.sentence.juror_invited", { juror: text(after?.["juror"]) }),
    },
    "event.juror_removed": {
      name: (t) => t("auditTrail.actionName.juror_removed"),
      describe: (before, _after, t) => t("auditTrail.sentence.juror_removed", { juror: text(before?.["juror"]) }),
    },
    "event.pitch_scored": {
      name: (t) => t("auditTrail.actionName.pitch_scored"),
      describe: (_before, after, t) =>
        after?.["abstained"] ? t("auditTrail.sentence.pitch_abstained") : t("auditTrail.sentence.pitch_scored"),
    },
    "event.results_locked": {
      name: (t) => t("auditTrail.actionName.results_locked"),
      describe: (_before, _after, t) => t("auditTrail.sentence.results_locked"),
    },
    "event.results_unlocked": {
      name: (t) => t("auditTrail.actionName.results_unlocked"),
      describe: (_before, _after, t) => t("auditTrail.sentence.results_unlocked"),
    },
    "event.results_published": {
      name: (t) => t("auditTrail.actionName.results_published"),
      describe: (_before, _after, t) => t("auditTrail.sentence.results_published"),
    },
    "event.prize_awarded": {
      name: (t) => t("auditTrail.actionName.prize_awarded"),
      describe: (_before, after, t) => t("auditTrail.sentence.prize_awarded", { name: text(after?.["name"]) }),
    },
    "event.prize_updated": {
      name: (t) => t("auditTrail.actionName.prize_updated"),
      describe: (_before, after, t) => t("auditTrail.sentence.prize_updated", { name: text(after?.["name"]) }),
    },
    "event.prize_deleted": {
      name: (t) => t("auditTrail.actionName.prize_deleted"),
      describe: (before, _after, t) => t("auditTrail.sentence.prize_deleted", { name: text(before?.["name"]) }),
    },
  },
  entityTypes: {
    Event: (t) => t("auditTrail.entityType.Event"),
    EventSession: (t) => t("auditTrail.entityType.EventSession"),
    EventPitch: (t) => t("auditTrail.entityType.EventPitch"),
    EventPrize: (t) => t("auditTrail.entityType.EventPrize"),
  },
  fields: {
    eventId: (t) => t("auditTrail.field.eventId"),
    title: (t) => t("auditTrail.field.title"),
    room: (t) => t("auditTrail.field.room"),
    starts_at: (t) => t("auditTrail.field.starts_at"),
    ends_at: (t) => t("auditTrail.field.ends_at"),
    startsAt: (t) => t("auditTrail.field.startsAt"),
    capacity: (t) => t("auditTrail.field.capacity"),
    kind: (t) => t("auditTrail.field.kind"),
    slug: (t) => t("auditTrail.field.slug"),
    speakers: (t) => t("auditTrail.field.speakers"),
    pitch_seconds: (t) => t("auditTrail.field.pitch_seconds"),
    pitchOrder: (t) => t("auditTrail.field.pitchOrder"),
    juror: (t) => t("auditTrail.field.juror"),
    resultsLocked: (t) => t("auditTrail.field.resultsLocked"),
    resultsPublished: (t) => t("auditTrail.field.resultsPublished"),
    name: (t) => t("auditTrail.field.name"),
    nature: (t) => t("auditTrail.field.nature"),
    amount: (t) => t("auditTrail.field.amount"),
  },
});

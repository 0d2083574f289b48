import { defineAuditVocabulary, text } from "../../lib/auditTrail";

/** The event day's entries of the audit trail: the event's own fields and its programme's sessions. */
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
  },
  entityTypes: {
    Event: (t) => t("auditTrail.entityType.Event"),
    EventSession: (t) => t("auditTrail.entityType.EventSession"),
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
  },
});

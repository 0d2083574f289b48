import { type AuditT, defineAuditVocabulary, text } from "../../../lib/auditTrail";

type T = AuditT<"events">;

const SEAT_STATUS: Record<string, (t: T) => string> = {
  confirmed: (t) => t("registration.seats.confirmed"),
  waiting: (t) => t("auditTrail.value.waiting"),
};

/** The sessions an entry records: `{ title: "confirmed" }` at registration, a list of titles on a change. */
function sessionsLabel(value: unknown, t: T): string | undefined {
  if (Array.isArray(value)) return value.map(text).join(", ") || t("auditTrail.value.none");
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return t("auditTrail.value.none");
    return entries.map(([title, status]) => `${title} (${SEAT_STATUS[text(status)]?.(t) ?? text(status)})`).join(", ");
  }
  return undefined;
}

/** What the public registration tells of the trail: who registered, changed, cancelled, came. */
export const eventRegistrationsAuditVocabulary = defineAuditVocabulary({
  ns: "events",
  actions: {
    "event_registration.registered": {
      name: (t) => t("auditTrail.actionName.registered"),
      describe: (_before, after, t) =>
        t("auditTrail.sentence.registered", { name: text(after?.["name"]), event: text(after?.["event"]) }),
    },
    "event_registration.link_sent_again": {
      name: (t) => t("auditTrail.actionName.link_sent_again"),
      describe: (_before, _after, t) => t("auditTrail.sentence.link_sent_again"),
    },
    "event_registration.sessions_changed": {
      name: (t) => t("auditTrail.actionName.sessions_changed"),
      describe: (_before, after, t) =>
        t("auditTrail.sentence.sessions_changed", { sessions: sessionsLabel(after?.["sessions"], t) ?? "" }),
    },
    "event_registration.cancelled": {
      name: (t) => t("auditTrail.actionName.cancelled"),
      describe: (_before, _after, t) => t("auditTrail.sentence.cancelled"),
    },
    "event_registration.checked_in": {
      name: (t) => t("auditTrail.actionName.checked_in"),
      describe: (_before, _after, t) => t("auditTrail.sentence.checked_in"),
    },
    "event_registration.check_in_undone": {
      name: (t) => t("auditTrail.actionName.check_in_undone"),
      describe: (_before, _after, t) => t("auditTrail.sentence.check_in_undone"),
    },
    "event_registration.walked_in": {
      name: (t) => t("auditTrail.actionName.walked_in"),
      describe: (_before, after, t) => t("auditTrail.sentence.walked_in", { name: text(after?.["name"]) }),
    },
  },
  entityTypes: {
    EventRegistration: (t) => t("auditTrail.entityType.EventRegistration"),
  },
  fields: {
    event: (t) => t("auditTrail.field.event"),
    name: (t) => t("auditTrail.field.name"),
    company: (t) => t("auditTrail.field.company"),
    sessions: (t) => t("auditTrail.field.sessions"),
    present: (t) => t("auditTrail.field.present"),
  },
  value: (key, value, t) => {
    if (key === "sessions") return sessionsLabel(value, t);
    if (key === "present" && typeof value === "boolean")
      return t(value ? "auditTrail.value.yes" : "auditTrail.value.no");
    return undefined;
  },
});

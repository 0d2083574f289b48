import { defineAuditVocabulary, text } from "../../lib/auditTrail";

/** The audit trail's words for the hackathon teams and the B2B meetings (`events/hackathon.py`,
 * `events/meetings.py`, `events/meeting_placement.py`, `events/meeting_agenda.py`). */
export const eventMeetingsAuditVocabulary = defineAuditVocabulary({
  ns: "eventMeetings",
  actions: {
    "hackathon_team.save": {
      name: (t) => t("auditTrail.actionName.hackathon_team.save"),
      describe: (_before, after, t) => {
        const members = Array.isArray(after?.["members"]) ? after["members"].length : 0;
        return t("auditTrail.sentence.hackathon_team.save", { count: members });
      },
    },
    "meeting_request.create": {
      name: (t) => t("auditTrail.actionName.meeting_request.create"),
      describe: (_before, _after, t) => t("auditTrail.sentence.meeting_request.create"),
    },
    "meeting_request.answer": {
      name: (t) => t("auditTrail.actionName.meeting_request.answer"),
      describe: (_before, after, t) =>
        after?.["status"] === "accepted"
          ? t("auditTrail.sentence.meeting_request.accepted")
          : t("auditTrail.sentence.meeting_request.declined"),
    },
    "meeting_request.withdraw": {
      name: (t) => t("auditTrail.actionName.meeting_request.withdraw"),
      describe: (_before, _after, t) => t("auditTrail.sentence.meeting_request.withdraw"),
    },
    "meeting_request.schedule": {
      name: (t) => t("auditTrail.actionName.meeting_request.schedule"),
      describe: (_before, after, t) =>
        t("auditTrail.sentence.meeting_request.schedule", { table: text(after?.["tableNumber"]) }),
    },
    "meeting_request.place": {
      name: (t) => t("auditTrail.actionName.meeting_request.place"),
      describe: (_before, after, t) =>
        t("auditTrail.sentence.meeting_request.place", { table: text(after?.["tableNumber"]) }),
    },
    "meeting_request.unplace": {
      name: (t) => t("auditTrail.actionName.meeting_request.unplace"),
      describe: (_before, _after, t) => t("auditTrail.sentence.meeting_request.unplace"),
    },
    "event.meeting_tables": {
      name: (t) => t("auditTrail.actionName.event.meeting_tables"),
      describe: (_before, after, t) =>
        t("auditTrail.sentence.event.meeting_tables", { count: Number(after?.["meetingTables"] ?? 0) }),
    },
    "event.send_meeting_agendas": {
      name: (t) => t("auditTrail.actionName.event.send_meeting_agendas"),
      describe: (_before, after, t) =>
        t("auditTrail.sentence.event.send_meeting_agendas", { count: Number(after?.["recipients"] ?? 0) }),
    },
  },
  entityTypes: {
    HackathonTeam: (t) => t("auditTrail.entityType.HackathonTeam"),
    MeetingRequest: (t) => t("auditTrail.entityType.MeetingRequest"),
  },
  fields: {
    challenges: (t) => t("auditTrail.fieldName.challenges"),
    members: (t) => t("auditTrail.fieldName.members"),
    status: (t) => t("auditTrail.fieldName.status"),
    slotStartsAt: (t) => t("auditTrail.fieldName.slotStartsAt"),
    tableNumber: (t) => t("auditTrail.fieldName.tableNumber"),
    meetingTables: (t) => t("auditTrail.fieldName.meetingTables"),
  },
});

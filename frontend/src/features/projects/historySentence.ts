import type { TFunction } from "i18next";

import { RespondentProfile } from "../../graphql/generated/graphql";
import { type AuditT, type DescribableAuditEvent, describeAuditEvent } from "../../lib/auditEvents";
import { formatLongDate } from "../../lib/dates";

type T = TFunction<"projects">;

const monthName = new Intl.DateTimeFormat("fr-FR", { month: "long" });

/** « 23 novembre 2026 à 10 h 05 », « 1er mars 2027 à 9 h 00 », in the reader's time zone unless one
 * is given. French typography writes hours « 10 h 05 » (not « 10:05 ») in running text. */
export function formatHistoryTime(value: string, t: T, timeZone?: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const parts = new Intl.DateTimeFormat("fr-FR", {
    timeZone,
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  const day = Number(part("day"));
  const month = monthName.format(new Date(2000, Number(part("month")) - 1, 15));
  return t("history.time", {
    date: `${day === 1 ? "1er" : day} ${month} ${part("year")}`,
    hours: String(Number(part("hour"))),
    minutes: part("minute"),
  });
}

const PROFILES = new Set<string>(Object.values(RespondentProfile));

function text(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  return "";
}

/** Actions of the project's own tools (market study, selection grid) told here: the journal's
 * sentences (src/lib/auditEvents.ts) do not know them yet. */
const PROJECT_ACTIONS: Record<string, (event: DescribableAuditEvent, t: T) => string> = {
  "project.scored": (event, t) => t("history.sentence.scored", { total: text(event.after?.["total"]) }),
  "study.team_set": (event, t) =>
    t(event.before ? "history.sentence.teamChanged" : "history.sentence.teamDeclared", {
      school: text(event.after?.["school"]),
    }),
  "study.interview_added": (event, t) => {
    const heldOn = text(event.after?.["heldOn"]);
    const profile = text(event.after?.["profile"]).toUpperCase();
    return t("history.sentence.interviewAdded", {
      date: formatLongDate(heldOn) ?? heldOn,
      profile: PROFILES.has(profile)
        ? t(`study.profile.${profile as RespondentProfile}`).toLocaleLowerCase("fr-FR")
        : text(event.after?.["profile"]),
    });
  },
};

/** What the person did, to follow their name: « a passé le statut de sélectionné à en accélération ».
 * Statuses are written in lower case in the middle of the sentence, as in « Parcours ». */
export function historySentence(event: DescribableAuditEvent, t: T, auditT: AuditT): string {
  const own = Object.hasOwn(PROJECT_ACTIONS, event.action) ? PROJECT_ACTIONS[event.action] : undefined;
  if (own) return own(event, t);
  const sentence = describeAuditEvent(event, auditT);
  // The sentence is made of lower-case words and the two statuses' labels only.
  return event.action === "project.status_changed" ? sentence.toLocaleLowerCase("fr-FR") : sentence;
}

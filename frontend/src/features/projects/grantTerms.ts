import { LOCALE, TIME_ZONE } from "../../lib/dates";

/** A grant ending within this many days is flagged « expire dans n jours » on the partner's list. */
export const EXPIRING_SOON_DAYS = 30;

const parisDay = new Intl.DateTimeFormat(LOCALE, {
  year: "numeric",
  month: "numeric",
  day: "numeric",
  timeZone: TIME_ZONE,
});

/** Whole days from today (in France) to an ISO date: 0 on its last day, negative once past; null for a
 * value that is not a date. */
export function daysUntil(isoDate: string, now: Date = new Date()): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return null;
  const parts = parisDay.formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const today = Date.UTC(part("year"), part("month") - 1, part("day"));
  const end = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Math.round((end - today) / 86_400_000);
}

/** GraphQL `Date` values are ISO calendar dates (YYYY-MM-DD): read them as local dates, never through
 * `new Date(string)`, which would read UTC midnight and show the day before west of Greenwich. */
export function parseIsoDate(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [, year, month, day] = match;
  const date = new Date(Number(year), Number(month) - 1, Number(day));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Dates are written in French whatever the browser's language, and an instant (a GraphQL `DateTime`)
 * is told at the programme's time, France's, whatever the computer's time zone: every date the app
 * writes goes through here, never through a locale-less `toLocaleDateString()` or `Intl.DateTimeFormat()`. */
export const LOCALE = "fr-FR";
export const TIME_ZONE = "Europe/Paris";

const dateTime = new Intl.DateTimeFormat(LOCALE, { dateStyle: "long", timeStyle: "short", timeZone: TIME_ZONE });
const monthName = new Intl.DateTimeFormat(LOCALE, { month: "long" });
const parisDay = new Intl.DateTimeFormat(LOCALE, {
  year: "numeric",
  month: "numeric",
  day: "numeric",
  timeZone: TIME_ZONE,
});

/** French typography writes the first day of a month « 1er ». */
function day(date: Date): string {
  return date.getDate() === 1 ? "1er" : String(date.getDate());
}

function dayMonth(date: Date): string {
  return `${day(date)} ${monthName.format(date)}`;
}

function dayMonthYear(date: Date): string {
  return `${dayMonth(date)} ${date.getFullYear()}`;
}

/** « 12 octobre 2023 », « 1er décembre 2023 » */
export function formatLongDate(value: string): string | null {
  const date = parseIsoDate(value);
  return date ? dayMonthYear(date) : null;
}

/** The calendar day an instant falls on in France, as a local date (for the day and month names). */
function dayInFrance(date: Date): Date {
  const parts = parisDay.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return new Date(part("year"), part("month") - 1, part("day"));
}

/** The day of a GraphQL `DateTime`, in France: « 23 novembre 2026 », « 1er mars 2027 ». */
export function formatDayOf(value: string): string | null {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : dayMonthYear(dayInFrance(date));
}

/** The two ends of a period, without repeating what they share: « 17 » / « 18 novembre 2022 »,
 * « 30 novembre » / « 1er décembre 2023 ». Null when the end is missing or is the start. */
export function formatDateRange(startValue: string, endValue: string): { start: string; end: string } | null {
  const start = parseIsoDate(startValue);
  const end = parseIsoDate(endValue);
  if (!start || !end || end.getTime() <= start.getTime()) return null;
  if (start.getFullYear() !== end.getFullYear()) return { start: dayMonthYear(start), end: dayMonthYear(end) };
  if (start.getMonth() !== end.getMonth()) return { start: dayMonth(start), end: dayMonthYear(end) };
  return { start: day(start), end: dayMonthYear(end) };
}

/** « 3 novembre 2023 à 14:05 », France's time. */
export function formatDateTime(value: string): string | null {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : dateTime.format(date);
}

const weekdayName = new Intl.DateTimeFormat(LOCALE, { weekday: "long" });

/** « jeudi 30 novembre 2023 », « vendredi 1er décembre 2023 »: a day of a programme. */
export function formatWeekdayDate(value: string): string | null {
  const date = parseIsoDate(value);
  return date ? `${weekdayName.format(date)} ${dayMonthYear(date)}` : null;
}

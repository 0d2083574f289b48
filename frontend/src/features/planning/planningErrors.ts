import type { TFunction } from "i18next";

import type { CalendarErrorCode, PlanningErrorCode } from "../../graphql/generated/graphql";

/** The one place where planning error codes (editions, cohorts, milestones, calendar feeds) become French
 * messages. `Record<PlanningErrorCode, …>`: a code added to the schema is a type error here until it has
 * a message. */
const MESSAGES: Record<PlanningErrorCode, (t: TFunction<"planning">) => string> = {
  REQUIRED: (t) => t("errors.REQUIRED"),
  TOO_LONG: (t) => t("errors.TOO_LONG"),
  INVALID_YEAR: (t) => t("errors.INVALID_YEAR"),
  DUPLICATE_NAME: (t) => t("errors.DUPLICATE_NAME"),
  UNKNOWN_REGION: (t) => t("errors.UNKNOWN_REGION"),
  METHOD_NOT_PUBLISHED: (t) => t("errors.METHOD_NOT_PUBLISHED"),
  REGION_NOT_IN_EDITION: (t) => t("errors.REGION_NOT_IN_EDITION"),
  COHORT_EXISTS: (t) => t("errors.COHORT_EXISTS"),
  NOT_A_WORKING_DAY: (t) => t("errors.NOT_A_WORKING_DAY"),
  INVALID_DATES: (t) => t("errors.INVALID_DATES"),
  PROJECT_IN_ANOTHER_COHORT: (t) => t("errors.PROJECT_IN_ANOTHER_COHORT"),
  DONE_IN_THE_FUTURE: (t) => t("errors.DONE_IN_THE_FUTURE"),
  INVALID_URL: (t) => t("errors.INVALID_URL"),
  INVALID_ASSIGNEE: (t) => t("errors.INVALID_ASSIGNEE"),
  NOT_FOUND: (t) => t("errors.NOT_FOUND"),
  NOT_ALLOWED: (t) => t("errors.NOT_ALLOWED"),
  STALE_VERSION: (t) => t("errors.STALE_VERSION"),
  OUT_OF_RANGE: (t) => t("errors.OUT_OF_RANGE"),
  INVALID_EMAIL: (t) => t("errors.INVALID_EMAIL"),
  INVALID_PHONE: (t) => t("errors.INVALID_PHONE"),
  UNKNOWN_USER: (t) => t("errors.UNKNOWN_USER"),
  RATE_LIMITED: (t) => t("errors.RATE_LIMITED"),
};

export function planningErrorMessage(t: TFunction<"planning">, code: PlanningErrorCode, fallback?: string): string {
  const message = MESSAGES[code] as (typeof MESSAGES)[PlanningErrorCode] | undefined;
  if (!message) return fallback ?? t("errors.unknown");
  return message(t);
}

/** The mapped message, and the server's own French message when it says more (a holiday's name, a
 * project's name…). */
export function planningErrorText(
  t: TFunction<"planning">,
  error: { code: PlanningErrorCode; message?: string | null },
): string {
  const mapped = planningErrorMessage(t, error.code, error.message ?? undefined);
  const detail = error.message?.trim();
  return detail && detail !== mapped ? `${mapped} ${detail}` : mapped;
}

/** Calendar feeds have their own codes. */
const CALENDAR_MESSAGES: Record<CalendarErrorCode, (t: TFunction<"planning">) => string> = {
  FEED_EXISTS: (t) => t("errors.calendar.FEED_EXISTS"),
  NOT_FOUND: (t) => t("errors.calendar.NOT_FOUND"),
  NOT_ALLOWED: (t) => t("errors.calendar.NOT_ALLOWED"),
  STALE_VERSION: (t) => t("errors.calendar.STALE_VERSION"),
  REQUIRED: (t) => t("errors.calendar.REQUIRED"),
  TOO_LONG: (t) => t("errors.calendar.TOO_LONG"),
  OUT_OF_RANGE: (t) => t("errors.calendar.OUT_OF_RANGE"),
  DUPLICATE_NAME: (t) => t("errors.calendar.DUPLICATE_NAME"),
  INVALID_EMAIL: (t) => t("errors.calendar.INVALID_EMAIL"),
  INVALID_PHONE: (t) => t("errors.calendar.INVALID_PHONE"),
  INVALID_URL: (t) => t("errors.calendar.INVALID_URL"),
  UNKNOWN_REGION: (t) => t("errors.calendar.UNKNOWN_REGION"),
  UNKNOWN_USER: (t) => t("errors.calendar.UNKNOWN_USER"),
  RATE_LIMITED: (t) => t("errors.calendar.RATE_LIMITED"),
};

export function calendarErrorMessage(t: TFunction<"planning">, code: CalendarErrorCode, fallback?: string): string {
  const message = CALENDAR_MESSAGES[code] as (typeof CALENDAR_MESSAGES)[CalendarErrorCode] | undefined;
  if (!message) return fallback ?? t("errors.unknown");
  return message(t);
}

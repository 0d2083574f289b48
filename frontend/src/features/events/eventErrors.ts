import type { TFunction } from "i18next";

import type { EventErrorCode } from "../../graphql/generated/graphql";
import limits from "../../graphql/inputLimits.json";

/** The API's own limits (`graphql/inputLimits.json`). */
export const PROGRAMME_LIMITS = limits.eventProgramme;

/** The one place where event error codes become French messages. A code not worded here keeps the server's
 * French sentence, which names what is wrong (the criterion, the participant, the SIRET…). */
const MESSAGES: Partial<Record<EventErrorCode, (t: TFunction<"events">) => string>> = {
  REQUIRED: (t) => t("errors.REQUIRED"),
  TOO_LONG: (t) => t("errors.TOO_LONG"),
  OUT_OF_RANGE: (t) => t("errors.OUT_OF_RANGE"),
  DUPLICATE_NAME: (t) => t("errors.DUPLICATE_NAME"),
  INVALID_EMAIL: (t) => t("errors.INVALID_EMAIL"),
  INVALID_PHONE: (t) => t("errors.INVALID_PHONE"),
  INVALID_URL: (t) => t("errors.INVALID_URL"),
  UNKNOWN_REGION: (t) => t("errors.UNKNOWN_REGION"),
  UNKNOWN_USER: (t) => t("errors.UNKNOWN_USER"),
  NOT_FOUND: (t) => t("errors.NOT_FOUND"),
  NOT_ALLOWED: (t) => t("errors.NOT_ALLOWED"),
  STALE_VERSION: (t) => t("errors.STALE_VERSION"),
  RATE_LIMITED: (t) => t("errors.RATE_LIMITED"),
  ROOM_TAKEN: (t) => t("errors.ROOM_TAKEN"),
  ENDS_BEFORE_START: (t) => t("errors.ENDS_BEFORE_START"),
  OUTSIDE_EVENT_DAYS: (t) => t("errors.OUTSIDE_EVENT_DAYS"),
  UNKNOWN_THEME: (t) => t("errors.UNKNOWN_THEME"),
  CLOSED_TO_PUBLIC: (t) => t("errors.CLOSED_TO_PUBLIC"),
  SLUG_TAKEN: (t) => t("errors.SLUG_TAKEN"),
  UNKNOWN_CRITERION: (t) => t("errors.UNKNOWN_CRITERION"),
  TOO_PRECISE: (t) => t("errors.TOO_PRECISE"),
  PITCH_NOT_IN_EVENT: (t) => t("errors.PITCH_NOT_IN_EVENT"),
  ABSTENTION_WITH_SCORES: (t) => t("errors.ABSTENTION_WITH_SCORES"),
  ABSTAINED: (t) => t("errors.ABSTAINED"),
  RUNNING_ORDER_MISMATCH: (t) => t("errors.RUNNING_ORDER_MISMATCH"),
  NOT_A_JUROR: (t) => t("errors.NOT_A_JUROR"),
  RESULTS_LOCKED: (t) => t("errors.RESULTS_LOCKED"),
  RESULTS_NOT_LOCKED: (t) => t("errors.RESULTS_NOT_LOCKED"),
  RESULTS_PUBLISHED: (t) => t("errors.RESULTS_PUBLISHED"),
  NO_SCORING_GRID: (t) => t("errors.NO_SCORING_GRID"),
};

/** Codes whose server message says more than the code: which session holds the room and when, who changed the
 * session, which limit a value passed. */
const SERVER_MESSAGE_FIRST = new Set<string>(["ROOM_TAKEN", "STALE_VERSION", "OUT_OF_RANGE", "TOO_LONG"]);

export function eventErrorMessage(t: TFunction<"events">, code: EventErrorCode, serverMessage?: string | null): string {
  const message = MESSAGES[code];
  if (!message || (SERVER_MESSAGE_FIRST.has(code) && serverMessage?.trim())) {
    return serverMessage?.trim() || t("errors.unknown");
  }
  return message(t);
}

/** The error fields of the event payloads (`EventErrorFields`), told in French: the mutation hook's mapper. */
export function describeEventError(t: TFunction<"events">) {
  return (error: { code: EventErrorCode; field: string | null; message: string }) =>
    eventErrorMessage(t, error.code, error.message);
}

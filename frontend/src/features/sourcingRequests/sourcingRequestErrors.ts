import type { TFunction } from "i18next";

import type { SourcingErrorCode } from "../../graphql/generated/graphql";
import limits from "../../graphql/inputLimits.json";

/** The API's limits (`graphql/inputLimits.json`, generated from its constants). */
export const NEED_MAX_LENGTH = limits.sourcingRequest.need;
export const NOTE_MAX_LENGTH = limits.sourcingRequest.note;
export const MAX_NAF_HINTS = limits.sourcingRequest.nafHints;
export const MAX_SIRETS = limits.sourcingRequest.suppliersPerAnswer;
export const MAX_DAYS_OPEN = limits.sourcingRequest.daysOpen;
/** The deadline proposed when posting a request. */
export const DEFAULT_DAYS_OPEN = 30;

/** What the three error types of the sourcing payloads share. */
export interface SourcingUserError {
  code: SourcingErrorCode;
  field?: string | null;
  message: string;
}

type Key =
  "REQUEST_EXPIRED" | "NOT_ALLOWED" | "NOT_FOUND" | "UNKNOWN_SUPPLIER" | "ALREADY_IN_CHAIN" | "ALREADY_CANDIDATE";
const FALLBACKS: Partial<Record<SourcingErrorCode, Key>> = {
  REQUEST_EXPIRED: "REQUEST_EXPIRED",
  NOT_ALLOWED: "NOT_ALLOWED",
  NOT_FOUND: "NOT_FOUND",
  UNKNOWN_SUPPLIER: "UNKNOWN_SUPPLIER",
  ALREADY_IN_CHAIN: "ALREADY_IN_CHAIN",
  ALREADY_CANDIDATE: "ALREADY_CANDIDATE",
};

/** The one place where sourcing errors become French messages. The API words them in French with
 * what the code alone cannot say (which SIRET, until which date, which activity): its message comes
 * first; ours is the fallback when it is empty. */
export function sourcingErrorMessage(t: TFunction<"sourcingRequests">, error: SourcingUserError): string {
  const server = error.message.trim();
  if (server) return server;
  const key = FALLBACKS[error.code];
  return key ? t(`errors.${key}`) : t("errors.unknown");
}

/** People copy SIRET numbers with spaces (« 829 153 410 00012 »): the digits alone. */
export function normaliseSiret(value: string): string {
  return value.replace(/\s+/g, "");
}

export function validateSiret(t: TFunction<"sourcingRequests">, value: string): string | null {
  const siret = normaliseSiret(value);
  if (!siret) return t("errors.siretRequired");
  return /^\d{14}$/.test(siret) ? null : t("errors.siretInvalid");
}

export function validateNote(t: TFunction<"sourcingRequests">, value: string): string | null {
  return value.trim().length > NOTE_MAX_LENGTH ? t("errors.noteTooLong", { max: NOTE_MAX_LENGTH }) : null;
}

export function validateNeed(t: TFunction<"sourcingRequests">, value: string): string | null {
  if (!value.trim()) return t("errors.needRequired");
  return value.trim().length > NEED_MAX_LENGTH ? t("errors.needTooLong", { max: NEED_MAX_LENGTH }) : null;
}

/** A calendar date as the API's `Date` reads it (YYYY-MM-DD), in local time. */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}

/** The deadline: from today to today + 180 days (ISO strings compare as dates). */
export function validateDeadline(t: TFunction<"sourcingRequests">, value: string, today: Date): string | null {
  if (!value) return t("errors.deadlineRequired");
  const inRange = value >= isoDate(today) && value <= isoDate(addDays(today, MAX_DAYS_OPEN));
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && inRange ? null : t("errors.deadlineOutOfRange", { max: MAX_DAYS_OPEN });
}

/** « 13.20Z, c ; 1330z » → ["13.20Z", "C", "1330Z"]: the server normalises the codes and checks them
 * against the nomenclature. */
export function parseNafHints(value: string): string[] {
  return value
    .split(/[,;]/)
    .map((hint) => hint.trim().toUpperCase())
    .filter(Boolean);
}

const NAF_HINT = /^([A-U]|\d{2}(\.?\d{1,2}[A-Z]?)?)$/;

const SEARCH_NAF = /^([A-U]|\d{2}\.\d{2}[A-Z])$/;

/** The activities the directory search filters by: sections (« C ») and full codes (« 1310z » is
 * « 13.10Z »); a division or a group (« 13 », « 13.1 ») would match nothing there, so it is refused. */
export function parseSearchNaf(value: string): { codes: string[]; invalid: string[] } {
  const typed = parseNafHints(value).map((hint) => hint.replace(/^(\d{2})\.?(\d{2}[A-Z])$/, "$1.$2"));
  const unique = [...new Set(typed)];
  return {
    codes: unique.filter((code) => SEARCH_NAF.test(code)),
    invalid: unique.filter((code) => !SEARCH_NAF.test(code)),
  };
}

/** A light check: a section letter or the shape of a NAF code; at most 10. */
export function validateNafHints(t: TFunction<"sourcingRequests">, value: string): string | null {
  const hints = parseNafHints(value);
  const wrong = hints.find((hint) => !NAF_HINT.test(hint));
  if (wrong) return t("errors.nafHint", { value: wrong.slice(0, 20) });
  return hints.length > MAX_NAF_HINTS ? t("errors.tooManyNafHints", { max: MAX_NAF_HINTS }) : null;
}

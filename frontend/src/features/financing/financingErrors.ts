import type { TFunction } from "i18next";

import type { FinancingErrorCode } from "../../graphql/generated/graphql";
import limits from "../../graphql/inputLimits.json";
import type { Refusal } from "../../lib/mutation";

/** The API's own limits (`graphql/inputLimits.json`). */
export const LABEL_MAX_LENGTH = limits.financing.label;
export const MAX_AMOUNT = limits.financing.amount;

type Message = (t: TFunction<"financing">, field: string | null) => string;

/** The last part of the API's path: `label`, `lines.2.label` → `label`. */
function leaf(field: string | null): string | null {
  return field ? (field.split(".").pop() ?? null) : null;
}

/** The one place where financing error codes become French messages. `Record<FinancingErrorCode, …>`:
 * a code added to the schema is a type error here until it has a message. */
const MESSAGES: Record<FinancingErrorCode, Message> = {
  REQUIRED: (t, field) => {
    switch (leaf(field)) {
      case "label":
        return t("errors.REQUIRED_label");
      case "amount":
        return t("errors.REQUIRED_amount");
      case "year":
        return t("errors.REQUIRED_year");
      case "name":
        return t("errors.REQUIRED_name");
      case "financer":
        return t("errors.REQUIRED_financer");
      case "kind":
        return t("errors.REQUIRED_kind");
      case "type":
        return t("errors.REQUIRED_type");
      default:
        return t("errors.REQUIRED");
    }
  },
  TOO_LONG: (t) => t("errors.TOO_LONG", { max: LABEL_MAX_LENGTH }),
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
  YEAR_OUT_OF_RANGE: (t) => t("errors.YEAR_OUT_OF_RANGE"),
  INVALID_AMOUNT: (t) => t("errors.INVALID_AMOUNT"),
  NOT_IN_PROJECT: (t) => t("errors.NOT_IN_PROJECT"),
  UNKNOWN_SCHEME: (t) => t("errors.UNKNOWN_SCHEME"),
  INVALID_DATES: (t) => t("errors.INVALID_DATES"),
  TOO_MANY_ROWS: (t) => t("errors.TOO_MANY_ROWS"),
  INVALID_PERIMETER: (t) => t("errors.INVALID_PERIMETER"),
  UNKNOWN_NAF_SECTION: (t) => t("errors.UNKNOWN_NAF_SECTION"),
  INVALID_RATE: (t) => t("errors.INVALID_RATE"),
  UNKNOWN_ORGANISATION: (t) => t("errors.UNKNOWN_ORGANISATION"),
};

/** Codes whose server message says what the code alone cannot: who changed the line and when
 * (STALE_VERSION, from the audit trail), the years this project's plan may cover, how many lines a plan
 * holds, which date contradicts which, which region, rate or NAF section is wrong. The server's message is
 * shown for these when there is one; ours is the fallback. */
const SERVER_MESSAGE_FIRST = new Set<FinancingErrorCode>([
  "STALE_VERSION",
  "YEAR_OUT_OF_RANGE",
  "TOO_MANY_ROWS",
  "INVALID_DATES",
  "INVALID_PERIMETER",
  "INVALID_RATE",
  "UNKNOWN_NAF_SECTION",
]);

/**
 * The French message for a financing error.
 * @param serverMessage the payload's `message`: shown for a code this build does not know (schema newer
 *   than the SPA) and for the codes of SERVER_MESSAGE_FIRST.
 */
export function financingErrorMessage(
  t: TFunction<"financing">,
  code: FinancingErrorCode,
  field?: string | null,
  serverMessage?: string | null,
): string {
  const message = MESSAGES[code] as Message | undefined;
  if (!message) return serverMessage?.trim() || t("errors.unknown");
  if (SERVER_MESSAGE_FIRST.has(code) && serverMessage?.trim()) return serverMessage.trim();
  return message(t, field ?? null);
}

/** The error fields of the financing payloads (`FinancingErrorFields`), told in French: the hook's mapper. */
export function describeFinancingError(t: TFunction<"financing">) {
  return (error: { code: FinancingErrorCode; field: string | null; message: string }) =>
    financingErrorMessage(t, error.code, error.field, error.message);
}

/** A refusal shown in an alert: a conflict (the plans are read again), or any other. */
export interface FinancingProblem {
  message: string;
  conflict: boolean;
}

export function financingProblem(refusal: Refusal): FinancingProblem {
  return { message: refusal.message, conflict: refusal.kind === "conflict" };
}

/** Client-side checks of a line or a source, with the server's messages: a label (required unless said),
 * whole euros within the API's bounds, a four-digit year. `amount` and `year` are what was parsed from the
 * texts typed (null: not a number). */
export function validateLine(
  t: TFunction<"financing">,
  values: { label: string; amount: number | null; amountText: string; year: number | null; yearText: string },
  labelRequired = true,
): Partial<Record<"label" | "amount" | "year", string>> {
  const errors: Partial<Record<"label" | "amount" | "year", string>> = {};
  const label = values.label.trim();
  if (labelRequired && !label) errors.label = financingErrorMessage(t, "REQUIRED", "label");
  else if (label.length > LABEL_MAX_LENGTH) errors.label = financingErrorMessage(t, "TOO_LONG", "label");
  if (!values.amountText.trim()) errors.amount = financingErrorMessage(t, "REQUIRED", "amount");
  else if (values.amount === null || values.amount > MAX_AMOUNT) {
    errors.amount = financingErrorMessage(t, "INVALID_AMOUNT", "amount");
  }
  if (values.year === null) errors.year = financingErrorMessage(t, "REQUIRED", "year");
  return errors;
}

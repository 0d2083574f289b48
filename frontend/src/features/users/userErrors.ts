import type { TFunction } from "i18next";

import type { AccountErrorCode } from "../../graphql/generated/graphql";

/** The one place where account error codes become French messages. `Record<AccountErrorCode, …>`: a code
 * added to the schema is a type error here until it has a message. */
type Message = (t: TFunction<"users">, error: { message: string }) => string;

const MESSAGES: Record<AccountErrorCode, Message> = {
  NOT_FOUND: (t) => t("errors.NOT_FOUND"),
  NOT_ALLOWED: (t) => t("errors.NOT_ALLOWED"),
  STALE_VERSION: (t) => t("errors.STALE_VERSION"),
  REQUIRED: (t) => t("errors.REQUIRED"),
  TOO_LONG: (t) => t("errors.TOO_LONG"),
  OUT_OF_RANGE: (t) => t("errors.OUT_OF_RANGE"),
  DUPLICATE_NAME: (t) => t("errors.DUPLICATE_NAME"),
  INVALID_EMAIL: (t) => t("errors.INVALID_EMAIL"),
  INVALID_PHONE: (t) => t("errors.INVALID_PHONE"),
  INVALID_URL: (t) => t("errors.INVALID_URL"),
  UNKNOWN_REGION: (t) => t("errors.UNKNOWN_REGION"),
  UNKNOWN_USER: (t) => t("errors.UNKNOWN_USER"),
  RATE_LIMITED: (t) => t("errors.RATE_LIMITED"),
  EMAIL_ALREADY_USED: (t) => t("errors.EMAIL_ALREADY_USED"),
  ROLE_NEEDS_REGION: (t) => t("errors.ROLE_NEEDS_REGION"),
  ROLE_NEEDS_ORGANISATION: (t) => t("errors.ROLE_NEEDS_ORGANISATION"),
  UNKNOWN_ORGANISATION: (t) => t("errors.UNKNOWN_ORGANISATION"),
  // The server says which: the role, or the region (« Vous ne gérez que les comptes de votre région. »).
  ROLE_NOT_MANAGEABLE: (t, error) => error.message || t("errors.ROLE_NOT_MANAGEABLE"),
  ALREADY_ACTIVE: (t) => t("errors.ALREADY_ACTIVE"),
};

/** An account refusal in French; the server's own message for a code this build does not know yet. */
export function userErrorMessage(t: TFunction<"users">, error: { code: string; message: string }): string {
  const message = (MESSAGES as Record<string, Message | undefined>)[error.code];
  return message ? message(t, error) : error.message;
}

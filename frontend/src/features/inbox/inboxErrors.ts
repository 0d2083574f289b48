import type { TFunction } from "i18next";

import type { InboxErrorCode } from "../../graphql/generated/graphql";

/** The one place where inbox error codes become French messages. `Record<InboxErrorCode, …>`: a code
 * added to the schema is a type error here until it has a message. */
const MESSAGES: Record<InboxErrorCode, (t: TFunction<"inbox">) => string> = {
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
};

/**
 * The French message for a refused inbox change.
 * @param serverMessage the payload's `message`: shown for a code this build does not know (schema newer
 *   than the SPA).
 */
export function inboxErrorMessage(t: TFunction<"inbox">, code: InboxErrorCode, serverMessage?: string | null): string {
  const message = MESSAGES[code] as (typeof MESSAGES)[InboxErrorCode] | undefined;
  if (!message) return serverMessage?.trim() || t("markFailed");
  return message(t);
}

import type { TFunction } from "i18next";

import type { MethodErrorCode } from "../../graphql/generated/graphql";

/** The one place where method error codes become French messages. `Record<MethodErrorCode, …>`: a code
 * added to the schema is a type error here until it has a message. */
const MESSAGES: Record<MethodErrorCode, (t: TFunction<"method">) => string> = {
  REQUIRED: (t) => t("errors.REQUIRED"),
  TOO_LONG: (t) => t("errors.TOO_LONG"),
  INVALID_DURATION: (t) => t("errors.INVALID_DURATION"),
  OFFSET_OUT_OF_RANGE: (t) => t("errors.OFFSET_OUT_OF_RANGE"),
  UNKNOWN_PHASE: (t) => t("errors.UNKNOWN_PHASE"),
  UNKNOWN_DEPENDENCY: (t) => t("errors.UNKNOWN_DEPENDENCY"),
  DEPENDENCY_SCOPE: (t) => t("errors.DEPENDENCY_SCOPE"),
  DEPENDENCY_AFTER_DEPENDENT: (t) => t("errors.DEPENDENCY_AFTER_DEPENDENT"),
  DEPENDENCY_CYCLE: (t) => t("errors.DEPENDENCY_CYCLE"),
  NOT_A_DRAFT: (t) => t("errors.NOT_A_DRAFT"),
  NOT_PUBLISHED: (t) => t("errors.NOT_PUBLISHED"),
  DRAFT_EXISTS: (t) => t("errors.DRAFT_EXISTS"),
  NOTHING_TO_PUBLISH: (t) => t("errors.NOTHING_TO_PUBLISH"),
  EVIDENCE_NEEDS_PROJECT: (t) => t("errors.EVIDENCE_NEEDS_PROJECT"),
  NOT_FOUND: (t) => t("errors.NOT_FOUND"),
  NOT_ALLOWED: (t) => t("errors.NOT_ALLOWED"),
  STALE_VERSION: (t) => t("errors.STALE_VERSION"),
  OUT_OF_RANGE: (t) => t("errors.OUT_OF_RANGE"),
  DUPLICATE_NAME: (t) => t("errors.DUPLICATE_NAME"),
  INVALID_EMAIL: (t) => t("errors.INVALID_EMAIL"),
  INVALID_PHONE: (t) => t("errors.INVALID_PHONE"),
  INVALID_URL: (t) => t("errors.INVALID_URL"),
  UNKNOWN_REGION: (t) => t("errors.UNKNOWN_REGION"),
  UNKNOWN_USER: (t) => t("errors.UNKNOWN_USER"),
  RATE_LIMITED: (t) => t("errors.RATE_LIMITED"),
};

export function methodErrorMessage(t: TFunction<"method">, code: MethodErrorCode, fallback?: string): string {
  const message = MESSAGES[code] as (typeof MESSAGES)[MethodErrorCode] | undefined;
  // A code the server knows and this build does not (schema newer than the SPA): its own message.
  if (!message) return fallback ?? t("errors.unknown");
  return message(t);
}

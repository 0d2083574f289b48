import type { TFunction } from "i18next";

import type { DocumentErrorCode } from "../../graphql/generated/graphql";

import { formatFileSize } from "./fileSize";

/** The one place where document error codes become French messages. `Record<DocumentErrorCode, …>`:
 * a code added to the schema is a type error here until it has a message. */
const MESSAGES: Record<DocumentErrorCode, (t: TFunction<"projects">) => string> = {
  INVALID_NAME: (t) => t("documentErrors.INVALID_NAME"),
  TYPE_NOT_ALLOWED: (t) => t("documentErrors.TYPE_NOT_ALLOWED"),
  TOO_LARGE: (t) => t("documentErrors.TOO_LARGE"),
  EMPTY: (t) => t("documentErrors.EMPTY"),
  NOT_UPLOADED: (t) => t("documentErrors.NOT_UPLOADED"),
  CONTENT_MISMATCH: (t) => t("documentErrors.CONTENT_MISMATCH"),
  LINK_EXPIRED: (t) => t("documentErrors.LINK_EXPIRED"),
  LINK_INVALID: (t) => t("documentErrors.LINK_INVALID"),
  NOT_FOUND: (t) => t("documentErrors.NOT_FOUND"),
  NOT_ALLOWED: (t) => t("documentErrors.NOT_ALLOWED"),
  STALE_VERSION: (t) => t("documentErrors.STALE_VERSION"),
  REQUIRED: (t) => t("documentErrors.REQUIRED"),
  TOO_LONG: (t) => t("documentErrors.TOO_LONG"),
  OUT_OF_RANGE: (t) => t("documentErrors.OUT_OF_RANGE"),
  DUPLICATE_NAME: (t) => t("documentErrors.DUPLICATE_NAME"),
  INVALID_EMAIL: (t) => t("documentErrors.INVALID_EMAIL"),
  INVALID_PHONE: (t) => t("documentErrors.INVALID_PHONE"),
  INVALID_URL: (t) => t("documentErrors.INVALID_URL"),
  UNKNOWN_REGION: (t) => t("documentErrors.UNKNOWN_REGION"),
  UNKNOWN_USER: (t) => t("documentErrors.UNKNOWN_USER"),
  RATE_LIMITED: (t) => t("documentErrors.RATE_LIMITED"),
};

/** Codes whose server message says what the code alone cannot: the size limit and the size received
 * (TOO_LARGE), what the content really is or which of name and type disagree (CONTENT_MISMATCH). */
const SERVER_MESSAGE_FIRST = new Set<DocumentErrorCode>(["TOO_LARGE", "CONTENT_MISMATCH"]);

/** The store answers in lower case (`too_large`): the same codes as the API's. */
export function documentErrorCodeOf(value: unknown): DocumentErrorCode | null {
  if (typeof value !== "string") return null;
  const code = value.toUpperCase();
  return Object.hasOwn(MESSAGES, code) ? (code as DocumentErrorCode) : null;
}

/**
 * The French message for a refused document.
 * @param serverMessage the payload's (or the store's) `message`: shown for the codes of
 *   SERVER_MESSAGE_FIRST and for a code this build does not know.
 */
export function documentErrorMessage(
  t: TFunction<"projects">,
  code: DocumentErrorCode | null,
  serverMessage?: string | null,
): string {
  const message = code ? (MESSAGES[code] as (typeof MESSAGES)[DocumentErrorCode] | undefined) : undefined;
  if (!message) return serverMessage?.trim() || t("documentErrors.unknown");
  if (code && SERVER_MESSAGE_FIRST.has(code) && serverMessage?.trim()) return serverMessage.trim();
  return message(t);
}

/** The file is larger than the limit the API announced with the upload link. */
export function tooLargeMessage(t: TFunction<"projects">, maxBytes: number): string {
  return t("documentErrors.TOO_LARGE_limit", { limit: formatFileSize(t, maxBytes) });
}

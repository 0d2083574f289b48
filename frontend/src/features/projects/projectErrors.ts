import type { TFunction } from "i18next";

import type { ProjectErrorCode } from "../../graphql/generated/graphql";

/** Limits of the editable fields; the API enforces the same (programmes/service.py, workflow.py). */
export const SUMMARY_MAX_LENGTH = 2000;
export const NOTES_MAX_LENGTH = 10000;
export const REASON_MAX_LENGTH = 2000;
/** A comment of the project's thread, and how many people it may name (programmes/comments.py). */
export const COMMENT_MAX_LENGTH = 5000;
export const MAX_MENTIONS = 20;

/** Fields of the edit form. */
export type EditableField = "summary" | "notes";
/** Fields whose errors have their own wording: the edit form's, the reason of a status change, and
 * a comment (its text, and the people it names). */
export type ProjectField = EditableField | "reason" | "body" | "mentionIds";

const MAX_LENGTH: Record<Exclude<ProjectField, "mentionIds">, number> = {
  summary: SUMMARY_MAX_LENGTH,
  notes: NOTES_MAX_LENGTH,
  reason: REASON_MAX_LENGTH,
  body: COMMENT_MAX_LENGTH,
};

export function isEditableField(field: string | null | undefined): field is EditableField {
  return field === "summary" || field === "notes";
}

function isProjectField(field: string | null | undefined): field is ProjectField {
  return isEditableField(field) || field === "reason" || field === "body" || field === "mentionIds";
}

/** The one place where project error codes become French messages. `Record<ProjectErrorCode, …>`:
 * a code added to the schema is a type error here until it has a message. */
const MESSAGES: Record<ProjectErrorCode, (t: TFunction<"projects">, field: ProjectField | null) => string> = {
  REQUIRED: (t, field) =>
    field === "summary"
      ? t("errors.REQUIRED_summary")
      : field === "reason"
        ? t("errors.REQUIRED_reason")
        : field === "body"
          ? t("errors.REQUIRED_body")
          : t("errors.REQUIRED"),
  TOO_LONG: (t, field) =>
    field === "mentionIds"
      ? t("errors.TOO_MANY_MENTIONS", { max: MAX_MENTIONS })
      : t("errors.TOO_LONG", { max: MAX_LENGTH[field ?? "summary"] }),
  NOT_FOUND: (t) => t("errors.NOT_FOUND"),
  NOT_ALLOWED: (t) => t("errors.NOT_ALLOWED"),
  STALE_VERSION: (t) => t("errors.STALE_VERSION"),
  ILLEGAL_TRANSITION: (t) => t("errors.ILLEGAL_TRANSITION"),
  INVALID_EMAIL: (t) => t("errors.INVALID_EMAIL"),
  DUPLICATE_NAME: (t) => t("errors.DUPLICATE_NAME"),
  RATE_LIMITED: (t) => t("errors.RATE_LIMITED"),
  UNKNOWN_USER: (t) => t("errors.UNKNOWN_USER"),
  OUT_OF_RANGE: (t) => t("errors.OUT_OF_RANGE"),
  INVALID_SIREN: (t) => t("errors.INVALID_SIREN"),
  INVALID_NAF_CODE: (t) => t("errors.INVALID_NAF_CODE"),
  INVALID_COMMUNE_CODE: (t) => t("errors.INVALID_COMMUNE_CODE"),
  INVALID_SIRET: (t) => t("errors.INVALID_SIRET"),
  SIRET_NOT_OF_SIREN: (t) => t("errors.SIRET_NOT_OF_SIREN"),
  UNKNOWN_NAF_CODE: (t) => t("errors.UNKNOWN_NAF_CODE"),
  UNKNOWN_COMMUNE: (t) => t("errors.UNKNOWN_COMMUNE"),
  FORMER_COMMUNE: (t) => t("errors.FORMER_COMMUNE"),
  COMMUNE_IN_OTHER_REGION: (t) => t("errors.COMMUNE_IN_OTHER_REGION"),
  COMMUNE_OUTSIDE_PROGRAMME: (t) => t("errors.COMMUNE_OUTSIDE_PROGRAMME"),
};

/** Codes whose server message carries what the code alone cannot: who changed the project and when
 * (STALE_VERSION, read from the audit trail), which commune or région is meant, which criterion and
 * which scale (OUT_OF_RANGE). The server's message
 * is shown for these when there is one; ours is the fallback. */
const SERVER_MESSAGE_FIRST = new Set<ProjectErrorCode>([
  "STALE_VERSION",
  "SIRET_NOT_OF_SIREN",
  "FORMER_COMMUNE",
  "COMMUNE_IN_OTHER_REGION",
  "COMMUNE_OUTSIDE_PROGRAMME",
  "OUT_OF_RANGE",
]);

/**
 * The French message for a project error.
 * @param serverMessage the payload's `message`: shown for a code this build does not know (schema
 *   newer than the SPA) and for the codes of SERVER_MESSAGE_FIRST.
 */
export function projectErrorMessage(
  t: TFunction<"projects">,
  code: ProjectErrorCode,
  field?: string | null,
  serverMessage?: string | null,
): string {
  const message = MESSAGES[code] as (typeof MESSAGES)[ProjectErrorCode] | undefined;
  if (!message) return serverMessage?.trim() || t("errors.unknown");
  if (SERVER_MESSAGE_FIRST.has(code) && serverMessage?.trim()) return serverMessage.trim();
  return message(t, isProjectField(field) ? field : null);
}

/** Client-side checks, run as the user types; same rules and messages as the server's. */
export function validateSummary(t: TFunction<"projects">, value: string): string | null {
  if (!value.trim()) return projectErrorMessage(t, "REQUIRED", "summary");
  if (value.trim().length > SUMMARY_MAX_LENGTH) return projectErrorMessage(t, "TOO_LONG", "summary");
  return null;
}

export function validateNotes(t: TFunction<"projects">, value: string): string | null {
  if (value.trim().length > NOTES_MAX_LENGTH) return projectErrorMessage(t, "TOO_LONG", "notes");
  return null;
}

/** The reason of a status change: required to reject or abandon a project, optional otherwise. */
export function validateReason(t: TFunction<"projects">, value: string, required: boolean): string | null {
  if (required && !value.trim()) return projectErrorMessage(t, "REQUIRED", "reason");
  if (value.trim().length > REASON_MAX_LENGTH) return projectErrorMessage(t, "TOO_LONG", "reason");
  return null;
}

/** A comment: required, ≤ 5000 characters, naming at most 20 people. */
export function validateComment(t: TFunction<"projects">, value: string): string | null {
  if (!value.trim()) return projectErrorMessage(t, "REQUIRED", "body");
  if (value.trim().length > COMMENT_MAX_LENGTH) return projectErrorMessage(t, "TOO_LONG", "body");
  return null;
}

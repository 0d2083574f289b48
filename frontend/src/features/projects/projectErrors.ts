import type { TFunction } from "i18next";

import type { ProjectErrorCode } from "../../graphql/generated/graphql";

/** Limits of the editable fields; the API enforces the same (programmes/service.py). */
export const SUMMARY_MAX_LENGTH = 2000;
export const NOTES_MAX_LENGTH = 10000;

export type EditableField = "summary" | "notes";

const MAX_LENGTH: Record<EditableField, number> = { summary: SUMMARY_MAX_LENGTH, notes: NOTES_MAX_LENGTH };

export function isEditableField(field: string | null | undefined): field is EditableField {
  return field === "summary" || field === "notes";
}

/** The one place where project error codes become French messages. `Record<ProjectErrorCode, …>`:
 * a code added to the schema is a type error here until it has a message. */
const MESSAGES: Record<ProjectErrorCode, (t: TFunction<"projects">, field: EditableField | null) => string> = {
  REQUIRED: (t, field) => (field === "summary" ? t("errors.REQUIRED_summary") : t("errors.REQUIRED")),
  TOO_LONG: (t, field) => t("errors.TOO_LONG", { max: MAX_LENGTH[field ?? "summary"] }),
  NOT_FOUND: (t) => t("errors.NOT_FOUND"),
  NOT_ALLOWED: (t) => t("errors.NOT_ALLOWED"),
  STALE_VERSION: (t) => t("errors.STALE_VERSION"),
  INVALID_SIREN: (t) => t("errors.INVALID_SIREN"),
  INVALID_NAF_CODE: (t) => t("errors.INVALID_NAF_CODE"),
  INVALID_COMMUNE_CODE: (t) => t("errors.INVALID_COMMUNE_CODE"),
};

export function projectErrorMessage(
  t: TFunction<"projects">,
  code: ProjectErrorCode,
  field?: string | null,
  fallback?: string,
): string {
  const message = MESSAGES[code] as (typeof MESSAGES)[ProjectErrorCode] | undefined;
  // A code the server knows and this build does not (schema newer than the SPA): its own message.
  if (!message) return fallback ?? t("errors.unknown");
  return message(t, isEditableField(field) ? field : null);
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

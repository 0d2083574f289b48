import type { TFunction } from "i18next";

import type { StudyErrorCode } from "../../graphql/generated/graphql";
import limits from "../../graphql/inputLimits.json";

/** Limits of the market study's fields: the API's own constants (`graphql/inputLimits.json`). */
export const SCHOOL_MAX_LENGTH = limits.study.school;
export const NAME_MAX_LENGTH = limits.study.name;
export const FINDINGS_MAX_LENGTH = limits.study.findings;
export const MAX_STUDENTS = limits.study.students;
const EMAIL_MAX_LENGTH = limits.study.email;
/** The server's own check (studies/service.py `_EMAIL`): something@something.something, no spaces. */
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** What an error path names, whatever the row: `students.3.email` is a student's e-mail. */
export type StudyFieldKind =
  | "school"
  | "teacherName"
  | "students"
  | "studentName"
  | "studentEmail"
  | "heldOn"
  | "respondentProfile"
  | "channel"
  | "keyFindings";

const SIMPLE_FIELDS = new Set<string>([
  "school",
  "teacherName",
  "students",
  "heldOn",
  "respondentProfile",
  "channel",
  "keyFindings",
]);

export function studyFieldKind(field: string | null | undefined): StudyFieldKind | null {
  if (!field) return null;
  if (SIMPLE_FIELDS.has(field)) return field as StudyFieldKind;
  const student = /^students\.\d+\.(name|email)$/.exec(field);
  if (student) return student[1] === "name" ? "studentName" : "studentEmail";
  return null;
}

const MAX_LENGTH: Partial<Record<StudyFieldKind, number>> = {
  school: SCHOOL_MAX_LENGTH,
  teacherName: NAME_MAX_LENGTH,
  studentName: NAME_MAX_LENGTH,
  keyFindings: FINDINGS_MAX_LENGTH,
};

type T = TFunction<"projects">;

/** The one place where market-study error codes become French messages. `Record<StudyErrorCode, …>`:
 * a code added to the schema is a type error here until it has a message. */
const MESSAGES: Record<StudyErrorCode, (t: T, kind: StudyFieldKind | null) => string> = {
  REQUIRED: (t, kind) => {
    switch (kind) {
      case "school":
        return t("study.errors.REQUIRED_school");
      case "teacherName":
        return t("study.errors.REQUIRED_teacherName");
      case "students":
        return t("study.errors.REQUIRED_students");
      case "studentName":
        return t("study.errors.REQUIRED_studentName");
      case "studentEmail":
        return t("study.errors.REQUIRED_studentEmail");
      case "heldOn":
        return t("study.errors.REQUIRED_heldOn");
      case "respondentProfile":
        return t("study.errors.REQUIRED_respondentProfile");
      case "channel":
        return t("study.errors.REQUIRED_channel");
      case "keyFindings":
        return t("study.errors.REQUIRED_keyFindings");
      default:
        return t("study.errors.REQUIRED");
    }
  },
  TOO_LONG: (t, kind) =>
    kind === "students"
      ? t("study.errors.TOO_LONG_students", { max: MAX_STUDENTS })
      : t("study.errors.TOO_LONG", { max: (kind && MAX_LENGTH[kind]) ?? NAME_MAX_LENGTH }),
  INVALID_EMAIL: (t) => t("study.errors.INVALID_EMAIL"),
  FUTURE_DATE: (t) => t("study.errors.FUTURE_DATE"),
  NOT_FOUND: (t) => t("study.errors.NOT_FOUND"),
  NOT_ALLOWED: (t) => t("study.errors.NOT_ALLOWED"),
  STALE_VERSION: (t) => t("study.errors.STALE_VERSION"),
  OUT_OF_RANGE: (t) => t("study.errors.OUT_OF_RANGE"),
  DUPLICATE_NAME: (t) => t("study.errors.DUPLICATE_NAME"),
  INVALID_PHONE: (t) => t("study.errors.INVALID_PHONE"),
  INVALID_URL: (t) => t("study.errors.INVALID_URL"),
  UNKNOWN_REGION: (t) => t("study.errors.UNKNOWN_REGION"),
  UNKNOWN_USER: (t) => t("study.errors.UNKNOWN_USER"),
  RATE_LIMITED: (t) => t("study.errors.RATE_LIMITED"),
};

/** Codes whose server message says more than the code (who changed the team, and when). */
const SERVER_MESSAGE_FIRST = new Set<StudyErrorCode>(["STALE_VERSION"]);

/**
 * The French message for a market-study error.
 * @param serverMessage the payload's `message`: shown for a code this build does not know (schema
 *   newer than the SPA) and for STALE_VERSION.
 */
export function studyErrorMessage(
  t: T,
  code: StudyErrorCode,
  field?: string | null,
  serverMessage?: string | null,
): string {
  const message = MESSAGES[code] as (typeof MESSAGES)[StudyErrorCode] | undefined;
  if (!message) return serverMessage?.trim() || t("study.errors.unknown");
  if (SERVER_MESSAGE_FIRST.has(code) && serverMessage?.trim()) return serverMessage.trim();
  return message(t, studyFieldKind(field));
}

/** The error fields of the market study's payloads (`StudyErrorFields`), told in French: the mapper the
 * mutation hook (`lib/mutation.ts`) is given. */
export function describeStudyError(t: T) {
  return (error: { code: StudyErrorCode; field: string | null; message: string }) =>
    studyErrorMessage(t, error.code, error.field, error.message);
}

/** Client-side checks, run as the user types; same rules and messages as the server's. */
export function validateText(t: T, value: string, field: StudyFieldKind, max: number): string | null {
  const text = value.trim();
  if (!text) return studyErrorMessage(t, "REQUIRED", field);
  if (text.length > max) return studyErrorMessage(t, "TOO_LONG", field);
  return null;
}

export function validateEmail(t: T, value: string): string | null {
  const email = value.trim();
  if (!email) return studyErrorMessage(t, "REQUIRED", "students.0.email");
  if (!EMAIL.test(email) || email.length > EMAIL_MAX_LENGTH) return studyErrorMessage(t, "INVALID_EMAIL");
  return null;
}

/** An interview is recorded once held: its date is today at the latest (the server's today, in France). */
export function validateHeldOn(t: T, value: string, today: string | null): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return studyErrorMessage(t, "REQUIRED", "heldOn");
  if (today && value > today) return studyErrorMessage(t, "FUTURE_DATE", "heldOn");
  return null;
}

export function validateFindings(t: T, value: string): string | null {
  return validateText(t, value, "keyFindings", FINDINGS_MAX_LENGTH);
}

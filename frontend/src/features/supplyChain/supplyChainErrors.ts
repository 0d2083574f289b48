import type { TFunction } from "i18next";

import type { SourcingErrorCode } from "../../graphql/generated/graphql";
import limits from "../../graphql/inputLimits.json";
import type { Refusal } from "../../lib/mutation";

/** Limits of the chain's texts: the API's own constants (`graphql/inputLimits.json`). */
export const MAX_STAGES = limits.supplyChain.stages;
export const STAGE_NAME_MAX_LENGTH = limits.supplyChain.stageName;
export const TEXT_MAX_LENGTH = limits.supplyChain.text;
/** Not in `inputLimits.json` yet (sourcing/chains.py): copied by hand until the API exports them. */
export const SUPPLIER_NAME_MAX_LENGTH = 250;
export const COUNTRY_MAX_LENGTH = 60;

/** What an error's field names, whatever the row (`stages.2.name` is a stage's name): the stages
 * form, the supplier added (by SIRET, or by name with its commune or country), its follow-up, and the
 * reason of a rejection. */
export type SourcingField =
  | "stages"
  | "stageName"
  | "stageNeeds"
  | "siret"
  | "name"
  | "communeCode"
  | "country"
  | "notes"
  | "nextActionOn"
  | "reason";

const SIMPLE_FIELDS = new Set<string>([
  "stages",
  "siret",
  "name",
  "communeCode",
  "country",
  "notes",
  "nextActionOn",
  "reason",
]);
const STAGE_FIELDS: Record<string, SourcingField> = { name: "stageName", needs: "stageNeeds" };

export function sourcingFieldKind(field: string | null | undefined): SourcingField | null {
  if (!field) return null;
  if (SIMPLE_FIELDS.has(field)) return field as SourcingField;
  const row = /^stages\.\d+\.(\w+)$/.exec(field);
  return (row && STAGE_FIELDS[row[1] ?? ""]) ?? null;
}

const MAX_LENGTH: Partial<Record<SourcingField, number>> = {
  stageName: STAGE_NAME_MAX_LENGTH,
  stageNeeds: TEXT_MAX_LENGTH,
  name: SUPPLIER_NAME_MAX_LENGTH,
  country: COUNTRY_MAX_LENGTH,
  notes: TEXT_MAX_LENGTH,
  reason: TEXT_MAX_LENGTH,
};

type Message = (t: TFunction<"supplyChain">, field: SourcingField | null) => string;

/** The one place where sourcing error codes become French messages. `Record<SourcingErrorCode, …>`:
 * a code added to the schema is a type error here until it has a message. */
const MESSAGES: Record<SourcingErrorCode, Message> = {
  REQUIRED: (t, field) => {
    switch (field) {
      case "stageName":
        return t("errors.REQUIRED_stageName");
      case "name":
        return t("errors.REQUIRED_name");
      case "siret":
        return t("errors.REQUIRED_siret");
      case "communeCode":
        return t("errors.REQUIRED_communeCode");
      case "country":
        return t("errors.REQUIRED_country");
      case "reason":
        return t("errors.REQUIRED_reason");
      default:
        return t("errors.REQUIRED");
    }
  },
  TOO_LONG: (t, field) =>
    field === "stages"
      ? t("errors.TOO_MANY_STAGES", { max: MAX_STAGES })
      : t("errors.TOO_LONG", { max: (field && MAX_LENGTH[field]) ?? TEXT_MAX_LENGTH }),
  NOT_FOUND: (t) => t("errors.NOT_FOUND"),
  NOT_ALLOWED: (t) => t("errors.NOT_ALLOWED"),
  STALE_VERSION: (t) => t("errors.STALE_VERSION"),
  ILLEGAL_TRANSITION: (t) => t("errors.ILLEGAL_TRANSITION"),
  INVALID_EMAIL: (t) => t("errors.INVALID_EMAIL"),
  DUPLICATE_NAME: (t, field) => (field === "stageName" ? t("errors.DUPLICATE_NAME_stage") : t("errors.DUPLICATE_NAME")),
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
  STAGE_NOT_EMPTY: (t) => t("errors.STAGE_NOT_EMPTY"),
  UNKNOWN_SUPPLIER: (t) => t("errors.UNKNOWN_SUPPLIER"),
  INVALID_PHONE: (t) => t("errors.INVALID_PHONE"),
  UNKNOWN_REGION: (t) => t("errors.UNKNOWN_REGION"),
  UNKNOWN_DEPARTEMENT: (t) => t("errors.UNKNOWN_DEPARTEMENT"),
  REQUEST_EXPIRED: (t) => t("errors.REQUEST_EXPIRED"),
  INVALID_URL: (t) => t("errors.INVALID_URL"),
  INVALID_POSTAL_CODE: (t) => t("errors.INVALID_POSTAL_CODE"),
  ALREADY_IN_CHAIN: (t) => t("errors.ALREADY_IN_CHAIN"),
  ALREADY_CANDIDATE: (t) => t("errors.ALREADY_CANDIDATE"),
};

/** Codes whose server message says what the code alone cannot: who changed the candidate or the
 * project and when, and which of its fields (STALE_VERSION, from the audit trail); which statuses the
 * supplier may still take (ILLEGAL_TRANSITION); which stage or supplier appears twice; which SIRET the
 * directory does not know; when a sourcing request expired; which establishment is already in the chain
 * or at the stage. The server's message is shown for these when there is one; ours is the fallback. (Not
 * STAGE_NOT_EMPTY: the server advises to reject the suppliers, which does not free the stage — any
 * supplier considered keeps it.) */
const SERVER_MESSAGE_FIRST = new Set<SourcingErrorCode>([
  "STALE_VERSION",
  "ILLEGAL_TRANSITION",
  "DUPLICATE_NAME",
  "UNKNOWN_SUPPLIER",
  "REQUEST_EXPIRED",
  "ALREADY_IN_CHAIN",
  "ALREADY_CANDIDATE",
]);

/**
 * The French message for a sourcing error.
 * @param serverMessage the payload's `message`: shown for a code this build does not know (schema
 *   newer than the SPA) and for the codes of SERVER_MESSAGE_FIRST.
 */
export function sourcingErrorMessage(
  t: TFunction<"supplyChain">,
  code: SourcingErrorCode,
  field?: string | null,
  serverMessage?: string | null,
): string {
  const message = MESSAGES[code] as Message | undefined;
  if (!message) return serverMessage?.trim() || t("errors.unknown");
  if (SERVER_MESSAGE_FIRST.has(code) && serverMessage?.trim()) return serverMessage.trim();
  return message(t, sourcingFieldKind(field));
}

/** The error fields of the sourcing payloads (`SourcingErrorFields`), told in French: the hook's mapper. */
export function describeSourcingError(t: TFunction<"supplyChain">) {
  return (error: { code: SourcingErrorCode; field: string | null; message: string }) =>
    sourcingErrorMessage(t, error.code, error.field, error.message);
}

/** A refusal shown in an alert: a conflict (the chain is read again), or any other. */
export interface SourcingProblem {
  message: string;
  conflict: boolean;
}

export function sourcingProblem(refusal: Refusal): SourcingProblem {
  return { message: refusal.message, conflict: refusal.kind === "conflict" };
}

/** Client-side checks, run as the user types; same rules and messages as the server's. */
export function validateText(
  t: TFunction<"supplyChain">,
  value: string,
  field: "stageName" | "stageNeeds" | "name" | "country" | "notes" | "reason",
  required: boolean,
): string | null {
  const text = value.trim();
  if (required && !text) return sourcingErrorMessage(t, "REQUIRED", field === "stageName" ? "stages.0.name" : field);
  if (text.length > (MAX_LENGTH[field] ?? TEXT_MAX_LENGTH)) {
    return sourcingErrorMessage(t, "TOO_LONG", field === "stageName" ? "stages.0.name" : field);
  }
  return null;
}

/** People copy SIRET numbers with spaces (« 829 153 410 00012 »): the digits alone. */
export function compactSiret(value: string): string {
  return value.replace(/\s+/g, "");
}

/** A SIRET: required, 14 digits (the server checks the key and the directory). */
export function validateSiret(t: TFunction<"supplyChain">, value: string): string | null {
  const siret = compactSiret(value);
  if (!siret) return sourcingErrorMessage(t, "REQUIRED", "siret");
  return /^\d{14}$/.test(siret) ? null : sourcingErrorMessage(t, "INVALID_SIRET", "siret");
}

const COMMUNE_CODE = /^(\d{2}|2[AB])\d{3}$/i;

/** A commune's INSEE code: required for a supplier in France, 5 characters (two digits or 2A/2B,
 * then three digits). */
export function validateCommuneCode(t: TFunction<"supplyChain">, value: string): string | null {
  const code = value.trim();
  if (!code) return sourcingErrorMessage(t, "REQUIRED", "communeCode");
  return COMMUNE_CODE.test(code) ? null : sourcingErrorMessage(t, "INVALID_COMMUNE_CODE", "communeCode");
}

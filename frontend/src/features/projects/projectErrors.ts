import type { TFunction } from "i18next";

import type { ProjectErrorCode } from "../../graphql/generated/graphql";
import limits from "../../graphql/inputLimits.json";

/** Limits of the editable fields: the API's own constants (`graphql/inputLimits.json`, generated). */
export const SUMMARY_MAX_LENGTH = limits.project.summary;
export const NOTES_MAX_LENGTH = limits.project.notes;
export const REASON_MAX_LENGTH = limits.project.reason;
/** A comment of the project's thread, and how many people it may name. */
export const COMMENT_MAX_LENGTH = limits.comment.body;
export const MAX_MENTIONS = limits.comment.mentions;

/** The company's record, and a project's products and team. */
export const COMPANY_NAME_MAX_LENGTH = limits.project.companyName;
export const MAX_PRODUCTS = limits.project.products;
export const PRODUCT_NAME_MAX_LENGTH = limits.project.productName;
export const MAX_IMPORT_VALUE_EUR = limits.project.importValueEur;
export const MAX_MEMBERS = limits.project.teamMembers;
/** The company's address, website and contact (`company` group of `inputLimits.json`). */
export const STREET_MAX_LENGTH = limits.company.street;
export const WEBSITE_MAX_LENGTH = limits.company.website;
export const CONTACT_NAME_MAX_LENGTH = limits.company.contactName;
export const CONTACT_FUNCTION_MAX_LENGTH = limits.company.contactFunction;
export const CONTACT_EMAIL_MAX_LENGTH = limits.company.contactEmail;
export const CONTACT_PHONE_MAX_LENGTH = limits.company.contactPhone;
/** Not in `inputLimits.json` yet (programmes/composition.py): copied by hand until the API exports them. */
export const MEMBER_NAME_MAX_LENGTH = 120;
export const MEMBER_TEXT_MAX_LENGTH = 200;
const MEMBER_EMAIL_MAX_LENGTH = 254;

/** Fields of the edit form. */
export type EditableField = "summary" | "notes";
/** What an error's field names, whatever the row (`products.2.customsCode` is a customs code): the
 * edit form's fields, the reason of a status change, a comment (its text, the people it names), the
 * company's record (`name` is its raison sociale), the products and the coach and experts. */
export type ProjectField =
  | EditableField
  | "reason"
  | "body"
  | "mentionIds"
  | "name"
  | "siret"
  | "nafCode"
  | "communeCode"
  | "street"
  | "postalCode"
  | "website"
  | "contactName"
  | "contactFunction"
  | "contactEmail"
  | "contactPhone"
  | "products"
  | "productName"
  | "customsCode"
  | "importValue"
  | "members"
  | "memberName"
  | "memberOrganisation"
  | "memberEmail"
  | "memberExpertise";

const MAX_LENGTH: Partial<Record<ProjectField, number>> = {
  summary: SUMMARY_MAX_LENGTH,
  notes: NOTES_MAX_LENGTH,
  reason: REASON_MAX_LENGTH,
  body: COMMENT_MAX_LENGTH,
  name: COMPANY_NAME_MAX_LENGTH,
  street: STREET_MAX_LENGTH,
  website: WEBSITE_MAX_LENGTH,
  contactName: CONTACT_NAME_MAX_LENGTH,
  contactFunction: CONTACT_FUNCTION_MAX_LENGTH,
  contactEmail: CONTACT_EMAIL_MAX_LENGTH,
  contactPhone: CONTACT_PHONE_MAX_LENGTH,
  productName: PRODUCT_NAME_MAX_LENGTH,
  memberName: MEMBER_NAME_MAX_LENGTH,
  memberOrganisation: MEMBER_TEXT_MAX_LENGTH,
  memberExpertise: MEMBER_TEXT_MAX_LENGTH,
};

export function isEditableField(field: string | null | undefined): field is EditableField {
  return field === "summary" || field === "notes";
}

const SIMPLE_FIELDS = new Set<string>([
  "summary",
  "notes",
  "reason",
  "body",
  "mentionIds",
  "name",
  "siret",
  "nafCode",
  "communeCode",
  "street",
  "postalCode",
  "website",
  "products",
  "members",
]);
const ROW_FIELDS: Record<string, ProjectField> = {
  "products.name": "productName",
  "products.customsCode": "customsCode",
  "products.annualImportValueEur": "importValue",
  "members.name": "memberName",
  "members.organisation": "memberOrganisation",
  "members.email": "memberEmail",
  "members.expertise": "memberExpertise",
  "contact.name": "contactName",
  "contact.function": "contactFunction",
  "contact.email": "contactEmail",
  "contact.phone": "contactPhone",
};

export function projectFieldKind(field: string | null | undefined): ProjectField | null {
  if (!field) return null;
  if (SIMPLE_FIELDS.has(field)) return field as ProjectField;
  if (field in ROW_FIELDS) return ROW_FIELDS[field] ?? null;
  const row = /^(products|members)\.\d+\.(\w+)$/.exec(field);
  return (row && ROW_FIELDS[`${row[1]}.${row[2]}`]) ?? null;
}

/** The one place where project error codes become French messages. `Record<ProjectErrorCode, …>`:
 * a code added to the schema is a type error here until it has a message. */
const MESSAGES: Record<ProjectErrorCode, (t: TFunction<"projects">, field: ProjectField | null) => string> = {
  REQUIRED: (t, field) => {
    switch (field) {
      case "summary":
        return t("errors.REQUIRED_summary");
      case "reason":
        return t("errors.REQUIRED_reason");
      case "body":
        return t("errors.REQUIRED_body");
      case "name":
        return t("errors.REQUIRED_name");
      case "productName":
        return t("errors.REQUIRED_productName");
      case "memberName":
        return t("errors.REQUIRED_memberName");
      case "contactName":
        return t("errors.REQUIRED_contactName");
      default:
        return t("errors.REQUIRED");
    }
  },
  TOO_LONG: (t, field) => {
    switch (field) {
      case "mentionIds":
        return t("errors.TOO_MANY_MENTIONS", { max: MAX_MENTIONS });
      case "products":
        return t("errors.TOO_MANY_PRODUCTS", { max: MAX_PRODUCTS });
      case "members":
        return t("errors.TOO_MANY_MEMBERS", { max: MAX_MEMBERS });
      default:
        return t("errors.TOO_LONG", { max: (field && MAX_LENGTH[field]) ?? SUMMARY_MAX_LENGTH });
    }
  },
  NOT_FOUND: (t) => t("errors.NOT_FOUND"),
  NOT_ALLOWED: (t) => t("errors.NOT_ALLOWED"),
  STALE_VERSION: (t) => t("errors.STALE_VERSION"),
  ILLEGAL_TRANSITION: (t) => t("errors.ILLEGAL_TRANSITION"),
  INVALID_EMAIL: (t) => t("errors.INVALID_EMAIL"),
  DUPLICATE_NAME: (t, field) =>
    field === "productName" ? t("errors.DUPLICATE_NAME_product") : t("errors.DUPLICATE_NAME"),
  RATE_LIMITED: (t) => t("errors.RATE_LIMITED"),
  UNKNOWN_USER: (t) => t("errors.UNKNOWN_USER"),
  OUT_OF_RANGE: (t, field) =>
    field === "importValue" ? t("errors.OUT_OF_RANGE_importValue") : t("errors.OUT_OF_RANGE"),
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
  INVALID_CUSTOMS_CODE: (t) => t("errors.INVALID_CUSTOMS_CODE"),
  ONE_COACH: (t) => t("errors.ONE_COACH"),
  UNKNOWN_CRITERION: (t) => t("errors.UNKNOWN_CRITERION"),
  DUPLICATE_CRITERION: (t) => t("errors.DUPLICATE_CRITERION"),
  NOT_WHOLE_EUROS: (t) => t("errors.NOT_WHOLE_EUROS"),
  INVALID_PHONE: (t) => t("errors.INVALID_PHONE"),
  INVALID_URL: (t) => t("errors.INVALID_URL"),
  UNKNOWN_REGION: (t) => t("errors.UNKNOWN_REGION"),
  UNKNOWN_DEPARTEMENT: (t) => t("errors.UNKNOWN_DEPARTEMENT"),
  ADVISER_NOT_IN_REGION: (t) => t("errors.ADVISER_NOT_IN_REGION"),
  NOT_COMMENT_AUTHOR: (t) => t("errors.NOT_COMMENT_AUTHOR"),
  INVALID_POSTAL_CODE: (t) => t("errors.INVALID_POSTAL_CODE"),
};

/** Codes whose server message carries what the code alone cannot: who changed the project and when
 * (STALE_VERSION, read from the audit trail), which commune or région is meant, which criterion and
 * which scale (OUT_OF_RANGE, UNKNOWN_CRITERION, DUPLICATE_CRITERION). The server's message is shown for
 * these when there is one; ours is the fallback. */
const SERVER_MESSAGE_FIRST = new Set<ProjectErrorCode>([
  "STALE_VERSION",
  "SIRET_NOT_OF_SIREN",
  "FORMER_COMMUNE",
  "COMMUNE_IN_OTHER_REGION",
  "COMMUNE_OUTSIDE_PROGRAMME",
  "OUT_OF_RANGE",
  "UNKNOWN_CRITERION",
  "DUPLICATE_CRITERION",
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
  return message(t, projectFieldKind(field));
}

/** The error fields of the project payloads (`ProjectErrorFields`), told in French: the mapper the
 * mutation hook (`lib/mutation.ts`) is given. */
export function describeProjectError(t: TFunction<"projects">) {
  return (error: { code: ProjectErrorCode; field: string | null; message: string }) =>
    projectErrorMessage(t, error.code, error.field, error.message);
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

/** People copy SIRET numbers with spaces (« 829 153 410 00012 »): the digits alone. */
export function compactNumber(value: string): string {
  return value.replace(/\s+/g, "");
}

// Light checks of the company's record; the server checks the SIRET's key and the nomenclatures.
const NAF_CODE = /^\d{2}\.?\d{2}[A-Z]$/i;
const COMMUNE_CODE = /^(\d{2}|2[AB])\d{3}$/i;

/** The raison sociale: required, ≤ 200 characters. */
export function validateCompanyName(t: TFunction<"projects">, value: string): string | null {
  if (!value.trim()) return projectErrorMessage(t, "REQUIRED", "name");
  if (value.trim().length > COMPANY_NAME_MAX_LENGTH) return projectErrorMessage(t, "TOO_LONG", "name");
  return null;
}

/** The SIRET: empty (not known yet), or 14 digits beginning with the company's SIREN. */
export function validateSiret(t: TFunction<"projects">, value: string, siren: string): string | null {
  const siret = compactNumber(value);
  if (!siret) return null;
  if (!/^\d{14}$/.test(siret)) return projectErrorMessage(t, "INVALID_SIRET", "siret");
  if (!siret.startsWith(compactNumber(siren))) return projectErrorMessage(t, "SIRET_NOT_OF_SIREN", "siret");
  return null;
}

/** The NAF code: empty (not known yet), or four digits and a letter, « 13.10Z » (dot optional). */
export function validateNafCode(t: TFunction<"projects">, value: string): string | null {
  const code = value.replace(/\s+/g, "");
  if (!code) return null;
  return NAF_CODE.test(code) ? null : projectErrorMessage(t, "INVALID_NAF_CODE", "nafCode");
}

/** The commune's INSEE code: required, 5 characters (two digits or 2A/2B, then three digits). */
export function validateCommuneCode(t: TFunction<"projects">, value: string): string | null {
  const code = value.trim();
  if (!code) return projectErrorMessage(t, "REQUIRED", "communeCode");
  return COMMUNE_CODE.test(code) ? null : projectErrorMessage(t, "INVALID_COMMUNE_CODE", "communeCode");
}

/** A customs code: empty, or 4, 6, 8 or 10 digits, typed with spaces or dots (« 6109 10 00 »). */
export function validateCustomsCode(t: TFunction<"projects">, value: string): string | null {
  const digits = value.replace(/[\s.]/g, "");
  if (!digits) return null;
  return /^\d+$/.test(digits) && [4, 6, 8, 10].includes(digits.length)
    ? null
    : projectErrorMessage(t, "INVALID_CUSTOMS_CODE", "products.0.customsCode");
}

/** A required text of a row (a product's name, a person's name), or an optional one, with its limit. */
export function validateRowText(
  t: TFunction<"projects">,
  value: string,
  field: "productName" | "memberName" | "memberOrganisation" | "memberExpertise",
): string | null {
  const text = value.trim();
  const required = field === "productName" || field === "memberName";
  if (required && !text) return MESSAGES.REQUIRED(t, field);
  if (text.length > (MAX_LENGTH[field] ?? MEMBER_TEXT_MAX_LENGTH)) return MESSAGES.TOO_LONG(t, field);
  return null;
}

// The server's own check (composition.py `_EMAIL`): something@something.something, no spaces.
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** A coach's or expert's e-mail: optional, well formed when given. */
export function validateMemberEmail(t: TFunction<"projects">, value: string): string | null {
  const email = value.trim();
  if (!email) return null;
  return EMAIL.test(email) && email.length <= MEMBER_EMAIL_MAX_LENGTH
    ? null
    : projectErrorMessage(t, "INVALID_EMAIL", "members.0.email");
}

/** The annual value of the imports replaced: empty, or whole euros from 0 to a billion. */
export function validateImportValue(t: TFunction<"projects">, value: number | string): string | null {
  if (value === "") return null;
  const amount = typeof value === "number" ? value : Number(value);
  if (!Number.isFinite(amount) || amount < 0 || amount > MAX_IMPORT_VALUE_EUR || !Number.isInteger(amount)) {
    return projectErrorMessage(t, "OUT_OF_RANGE", "products.0.annualImportValueEur");
  }
  return null;
}

/** Whether the server's path names a field of a list form: the list itself (`products`), or a field of
 * one of its rows (`products.2.customsCode` while the form has 3 rows). */
export function isListPath(
  field: string | null | undefined,
  list: "products" | "members",
  rows: number,
  keys: readonly string[],
): field is string {
  if (field === list) return true;
  const row = field ? /^(\w+)\.(\d+)\.(\w+)$/.exec(field) : null;
  return row !== null && row[1] === list && Number(row[2]) < rows && keys.includes(row[3] ?? "");
}

const POSTAL_CODE = /^\d{5}$/;
// The server's own checks (company_details.py): a French number of ten digits from 0, or + and 8 to 15 digits.
const PHONE_CHARACTERS = /^\+?[\d\s.()-]+$/;

/** A text of the company's record with its limit: the street, the contact's function. */
export function validateCompanyText(
  t: TFunction<"projects">,
  value: string,
  field: "street" | "contactFunction",
): string | null {
  return value.trim().length > (MAX_LENGTH[field] ?? STREET_MAX_LENGTH) ? MESSAGES.TOO_LONG(t, field) : null;
}

/** The postal code: empty (not known), or 5 digits. */
export function validatePostalCode(t: TFunction<"projects">, value: string): string | null {
  const code = compactNumber(value);
  return !code || POSTAL_CODE.test(code) ? null : projectErrorMessage(t, "INVALID_POSTAL_CODE", "postalCode");
}

/** The website: empty, or an address without spaces (« www.entreprise.fr » is taken as https://…). */
export function validateWebsite(t: TFunction<"projects">, value: string): string | null {
  const url = value.trim();
  if (!url) return null;
  if (url.length > WEBSITE_MAX_LENGTH) return projectErrorMessage(t, "TOO_LONG", "website");
  return /\s/.test(url) || !/^(https?:\/\/)?[^/\s.]+\.[^/\s]+/i.test(url)
    ? projectErrorMessage(t, "INVALID_URL", "website")
    : null;
}

/** The contact's name: required as soon as another field of the contact is filled. */
export function validateContactName(t: TFunction<"projects">, value: string, othersFilled: boolean): string | null {
  const name = value.trim();
  if (!name && othersFilled) return projectErrorMessage(t, "REQUIRED", "contact.name");
  return name.length > CONTACT_NAME_MAX_LENGTH ? projectErrorMessage(t, "TOO_LONG", "contact.name") : null;
}

/** The contact's e-mail: optional, well formed when given. */
export function validateContactEmail(t: TFunction<"projects">, value: string): string | null {
  const email = value.trim();
  if (!email) return null;
  return EMAIL.test(email) && email.length <= CONTACT_EMAIL_MAX_LENGTH
    ? null
    : projectErrorMessage(t, "INVALID_EMAIL", "contact.email");
}

/** The contact's phone: optional; ten digits from 0, or + and 8 to 15 digits, as the server checks. */
export function validateContactPhone(t: TFunction<"projects">, value: string): string | null {
  const phone = value.trim();
  if (!phone) return null;
  const digits = phone.replace(/\D/g, "");
  const valid =
    phone.length <= CONTACT_PHONE_MAX_LENGTH &&
    PHONE_CHARACTERS.test(phone) &&
    (phone.startsWith("+")
      ? digits.length >= 8 && digits.length <= 15
      : digits.length === 10 && digits.startsWith("0"));
  return valid ? null : projectErrorMessage(t, "INVALID_PHONE", "contact.phone");
}

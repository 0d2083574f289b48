import type { TFunction } from "i18next";

import { type ProjectKind, type ProjectNeed, Sector, type SubmitCandidacyInput } from "../../graphql/generated/graphql";
import limits from "../../graphql/inputLimits.json";

/** The API's limit on the description (`graphql/inputLimits.json`). */
export const SUMMARY_MAX_LENGTH = limits.candidacy.summary;

/** What the form holds: every field as typed; the choices empty until chosen. */
export interface CandidacyValues {
  companyName: string;
  siren: string;
  siret: string;
  nafCode: string;
  /** The INSEE code of the commune chosen in the list; "" until one is chosen. */
  communeCode: string;
  projectName: string;
  summary: string;
  kind: ProjectKind | "";
  sector: Sector | "";
  needs: ProjectNeed[];
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  consent: boolean;
  /** The honeypot: hidden from people, filled by robots. */
  website: string;
}

export type CandidacyField = Exclude<keyof CandidacyValues, "website">;

/** The fields in the order they appear: the first one in error gets the focus. */
export const CANDIDACY_FIELDS: readonly CandidacyField[] = [
  "companyName",
  "siren",
  "siret",
  "nafCode",
  "communeCode",
  "projectName",
  "summary",
  "kind",
  "sector",
  "needs",
  "contactName",
  "contactEmail",
  "contactPhone",
  "consent",
];

export function isCandidacyField(field: string | null | undefined): field is CandidacyField {
  return (CANDIDACY_FIELDS as readonly (string | null | undefined)[]).includes(field);
}

export const EMPTY_CANDIDACY: CandidacyValues = {
  companyName: "",
  siren: "",
  siret: "",
  nafCode: "",
  communeCode: "",
  projectName: "",
  summary: "",
  kind: "",
  sector: "",
  needs: [],
  contactName: "",
  contactEmail: "",
  contactPhone: "",
  consent: false,
  website: "",
};

// In the schema's order, which is the programme's (the generated objects sort their keys); a test
// checks that each list has every value of the schema.
export const PROJECT_KINDS: readonly ProjectKind[] = ["RELOCATION", "NEW_PRODUCTION", "DIVERSIFICATION"];
export const PROJECT_NEEDS: readonly ProjectNeed[] = [
  "MARKET_STUDY",
  "RESEARCH_DEVELOPMENT",
  "CONSULTING",
  "PRODUCTION_SOURCING",
  "DISTRIBUTION_SOURCING",
  "FINANCING",
];
/** Shown sorted by their French label. */
export const SECTORS: readonly Sector[] = Object.values(Sector);

/** The Luhn check digit test that SIREN and SIRET numbers carry: from the right, every second digit is
 * doubled (9 taken off when it exceeds 9); the sum must be a multiple of 10. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** People copy SIREN and SIRET numbers with spaces (« 732 829 320 »): the digits alone. */
export function compactNumber(value: string): string {
  return value.replace(/\s+/g, "");
}

// The server's own test is laxer (something@domain.tld); this one only catches obvious slips.
const EMAIL = /^[^\s@]+@[^\s@.][^\s@]*\.[^\s@.]+$/;

export type CandidacyErrors = Partial<Record<CandidacyField, string>>;

/** The checks made while the user types, each on the whole form (the SIRET depends on the SIREN). The
 * server checks everything again (nomenclatures, region, duplicates) and has the last word. */
export function candidacyErrors(t: TFunction<"candidacy">, values: CandidacyValues): CandidacyErrors {
  const rules: Record<CandidacyField, () => string | null> = {
    companyName: () => (values.companyName.trim() ? null : t("validation.companyNameRequired")),
    siren: () => {
      const siren = compactNumber(values.siren);
      if (!siren) return t("validation.sirenRequired");
      if (!/^\d{9}$/.test(siren)) return t("validation.sirenFormat");
      return luhnValid(siren) ? null : t("validation.sirenKey");
    },
    // The SIRET's own key is left to the server: La Poste's establishments follow another rule.
    siret: () => {
      const siret = compactNumber(values.siret);
      if (!siret) return null;
      if (!/^\d{14}$/.test(siret)) return t("validation.siretFormat");
      const siren = compactNumber(values.siren);
      return /^\d{9}$/.test(siren) && !siret.startsWith(siren) ? t("validation.siretOfSiren", { siren }) : null;
    },
    nafCode: () => null,
    // Set by choosing a commune in the list (its INSEE code), emptied as soon as the text changes.
    communeCode: () => (values.communeCode ? null : t("validation.communeCodeRequired")),
    projectName: () => (values.projectName.trim() ? null : t("validation.projectNameRequired")),
    summary: () => {
      if (!values.summary.trim()) return t("validation.summaryRequired");
      return values.summary.length > SUMMARY_MAX_LENGTH
        ? t("validation.summaryTooLong", { max: SUMMARY_MAX_LENGTH, count: values.summary.length })
        : null;
    },
    kind: () => (values.kind ? null : t("validation.kindRequired")),
    sector: () => (values.sector ? null : t("validation.sectorRequired")),
    needs: () => (values.needs.length > 0 ? null : t("validation.needsRequired")),
    contactName: () => (values.contactName.trim() ? null : t("validation.contactNameRequired")),
    contactEmail: () => {
      const email = values.contactEmail.trim();
      if (!email) return t("validation.contactEmailRequired");
      return EMAIL.test(email) ? null : t("validation.contactEmailFormat");
    },
    contactPhone: () => null,
    consent: () => (values.consent ? null : t("validation.consentRequired")),
  };
  const errors: CandidacyErrors = {};
  for (const field of CANDIDACY_FIELDS) {
    const error = rules[field]();
    if (error) errors[field] = error;
  }
  return errors;
}

function optional(value: string): string | null {
  return value ? value : null;
}

/** The mutation's input: trimmed text, optional fields null when left empty, the honeypot as it is.
 * Only called on values the rules accepted (a kind and a sector chosen). */
export function candidacyInput(values: CandidacyValues): SubmitCandidacyInput {
  if (!values.kind || !values.sector) throw new Error("candidacyInput() before the form was validated");
  return {
    companyName: values.companyName.trim(),
    siren: compactNumber(values.siren),
    siret: optional(compactNumber(values.siret)),
    nafCode: optional(values.nafCode.trim()),
    communeCode: values.communeCode.trim(),
    projectName: values.projectName.trim(),
    summary: values.summary.trim(),
    kind: values.kind,
    sector: values.sector,
    needs: PROJECT_NEEDS.filter((need) => values.needs.includes(need)),
    contactName: values.contactName.trim(),
    contactEmail: values.contactEmail.trim(),
    contactPhone: optional(values.contactPhone.trim()),
    consent: values.consent,
    website: values.website,
  };
}

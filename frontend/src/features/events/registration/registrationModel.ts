import type { TFunction } from "i18next";

import type { RegisterForEventInput } from "../../../graphql/generated/graphql";
import limits from "../../../graphql/inputLimits.json";

export const REGISTRATION_LIMITS = limits.eventRegistration;

/** What the form holds, as typed. */
export interface RegistrationValues {
  name: string;
  email: string;
  company: string;
  siret: string;
  function: string;
  sessionIds: string[];
  consent: boolean;
  /** The honeypot: hidden from people, filled by robots. */
  website: string;
}

export type RegistrationField = Exclude<keyof RegistrationValues, "website">;

/** In the order they appear: the first one in error gets the focus. */
export const REGISTRATION_FIELDS: readonly RegistrationField[] = [
  "name",
  "email",
  "company",
  "siret",
  "function",
  "sessionIds",
  "consent",
];

export function isRegistrationField(field: string | null | undefined): field is RegistrationField {
  return (REGISTRATION_FIELDS as readonly (string | null | undefined)[]).includes(field);
}

export const EMPTY_REGISTRATION: RegistrationValues = {
  name: "",
  email: "",
  company: "",
  siret: "",
  function: "",
  sessionIds: [],
  consent: false,
  website: "",
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The checks the form can make before sending (the server makes them all again, and more). */
export function registrationErrors(t: TFunction<"events">, values: RegistrationValues): Record<string, string> {
  const errors: Record<string, string> = {};
  const tooLong = (field: "name" | "email" | "company" | "function") => {
    if (values[field].trim().length > REGISTRATION_LIMITS[field]) {
      errors[field] = t("registration.validation.tooLong", { max: REGISTRATION_LIMITS[field] });
    }
  };
  if (!values.name.trim()) errors["name"] = t("registration.validation.nameRequired");
  if (!values.email.trim()) errors["email"] = t("registration.validation.emailRequired");
  else if (!EMAIL.test(values.email.trim())) errors["email"] = t("registration.validation.emailInvalid");
  if (!values.company.trim()) errors["company"] = t("registration.validation.companyRequired");
  const siret = values.siret.replace(/\s/g, "");
  if (siret && !/^\d{14}$/.test(siret)) errors["siret"] = t("registration.validation.siretDigits");
  for (const field of ["name", "email", "company", "function"] as const) {
    if (!errors[field]) tooLong(field);
  }
  if (!values.consent) errors["consent"] = t("registration.validation.consentRequired");
  return errors;
}

export function registrationInput(eventId: string, values: RegistrationValues): RegisterForEventInput {
  const siret = values.siret.replace(/\s/g, "");
  return {
    eventId,
    name: values.name.trim(),
    email: values.email.trim(),
    company: values.company.trim(),
    siret: siret || null,
    function: values.function.trim() || null,
    sessionIds: values.sessionIds,
    consent: values.consent,
    website: values.website || null,
  };
}

/** Two sessions overlap when one starts before the other ends. */
export function overlaps(a: { startsAt: string; endsAt: string }, b: { startsAt: string; endsAt: string }): boolean {
  return new Date(a.startsAt) < new Date(b.endsAt) && new Date(b.startsAt) < new Date(a.endsAt);
}

import {
  Alert,
  Button,
  Group,
  MultiSelect,
  SimpleGrid,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import type { TFunction } from "i18next";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { DateField } from "../../components/DateField";
import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { SourcingErrorFields } from "../../graphql/errors";
import { graphql } from "../../graphql/generated/gql";
import {
  SupplierCertification,
  type EnrichSupplierInput,
  type EnrichSupplierMutation as EnrichSupplierResult,
} from "../../graphql/generated/graphql";
import limits from "../../graphql/inputLimits.json";
import { placeAtField, useMutationOutcome } from "../../lib/mutation";

import { supplierErrorMessage } from "./supplierErrors";
import type { SupplierProfileData } from "./SupplierProfileView";
import { isCertification, isNafCode, normaliseNaf } from "./supplierSearch";

/** The answer carries the profile as the drawer shows it (and its new version). */
export const EnrichSupplierMutation = graphql(`
  mutation EnrichSupplier($input: EnrichSupplierInput!) {
    enrichSupplier(input: $input) {
      __typename
      ... on SupplierProfileSuccess {
        profile {
          version
          ...SupplierProfile_profile
        }
      }
      ...SourcingErrorFields
    }
  }
`);

export type SavedProfile = Extract<
  EnrichSupplierResult["enrichSupplier"],
  { __typename: "SupplierProfileSuccess" }
>["profile"];

/** Limits of the API (`graphql/inputLimits.json`), checked as the user types with the same wording. */
const MAX_TAGS = limits.supplierProfile.tags;
const TAG_MAX_LENGTH = limits.supplierProfile.tag;
const MAX_CAPABILITY_CODES = limits.supplierProfile.capabilityCodes;
const NOTES_MAX_LENGTH = limits.supplierProfile.notes;
/** Not in `inputLimits.json` yet (sourcing/profiles.py): copied by hand until the API exports it. */
const NAME_MAX_LENGTH = 120;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const PHONE = /^\+?[0-9 .()-]{6,25}$/;

interface Values {
  tags: string[];
  capabilityNafCodes: string[];
  certifications: string[];
  capacityNotes: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  /** ISO date, or "" for none. */
  lastContactOn: string;
}

type ProfileField = keyof Values;
const FIELDS: readonly ProfileField[] = [
  "tags",
  "capabilityNafCodes",
  "certifications",
  "capacityNotes",
  "contactName",
  "contactEmail",
  "contactPhone",
  "lastContactOn",
];

/** The form field an error's `field` names: « tags.3 » is the know-how list, « capabilityNafCodes.0 »
 * the activities. */
export function profileFieldOf(field: string | null | undefined): ProfileField | null {
  if (!field) return null;
  const head = field.split(".")[0];
  return FIELDS.find((name) => name === head) ?? null;
}

function valuesOf(profile: SupplierProfileData | null): Values {
  return {
    tags: [...(profile?.tags ?? [])],
    capabilityNafCodes: [...(profile?.capabilityNafCodes ?? [])],
    certifications: [...(profile?.certifications ?? [])],
    capacityNotes: profile?.capacityNotes ?? "",
    contactName: profile?.contactName ?? "",
    contactEmail: profile?.contactEmail ?? "",
    contactPhone: profile?.contactPhone ?? "",
    lastContactOn: profile?.lastContactOn ?? "",
  };
}

/** Today as an ISO date, in the user's time zone (the date input's too). */
function today(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function validate(t: TFunction<"suppliers">) {
  return {
    tags: (tags: string[]) => {
      const long = tags.find((tag) => tag.trim().length > TAG_MAX_LENGTH);
      if (long) return t("profileForm.tagTooLong", { tag: long, max: TAG_MAX_LENGTH });
      return tags.length > MAX_TAGS ? t("profileForm.tooManyTags", { max: MAX_TAGS }) : null;
    },
    capabilityNafCodes: (codes: string[]) => {
      const invalid = codes.filter((code) => !isNafCode(code));
      if (invalid.length) return t("profileForm.nafInvalid", { codes: invalid.join(", ") });
      return codes.length > MAX_CAPABILITY_CODES ? t("profileForm.tooManyCodes", { max: MAX_CAPABILITY_CODES }) : null;
    },
    capacityNotes: (value: string) =>
      value.trim().length > NOTES_MAX_LENGTH ? t("profileForm.notesTooLong", { max: NOTES_MAX_LENGTH }) : null,
    contactName: (value: string) =>
      value.trim().length > NAME_MAX_LENGTH ? t("profileForm.nameTooLong", { max: NAME_MAX_LENGTH }) : null,
    contactEmail: (value: string) => (value.trim() && !EMAIL.test(value.trim()) ? t("profileForm.emailInvalid") : null),
    contactPhone: (value: string) => {
      const phone = value.trim();
      const digits = phone.replace(/\D/g, "").length;
      return phone && (!PHONE.test(phone) || digits < 6) ? t("profileForm.phoneInvalid") : null;
    },
    lastContactOn: (value: string) => (value && value > today() ? t("profileForm.futureDate") : null),
  };
}

interface Props {
  siret: string;
  /** The region's profile as read, null to create it. */
  profile: SupplierProfileData | null;
  onCancel: () => void;
  onSaved: (profile: SavedProfile) => void;
  /** Someone else changed (or created) the profile meanwhile: the server's message names who and what. */
  onConflict: (message: string) => void;
}

/** « Fiche de votre région »: every field replaces the stored one, sent with the version read (null to
 * create). The server's refusals land under the field they name; a conflict goes to the drawer, which
 * reads the profile again. */
export function SupplierProfileForm({ siret, profile, onCancel, onSaved, onConflict }: Props) {
  const { t } = useTranslation(["suppliers", "enums", "common"]);
  const [enrich, mutation] = useMutationOutcome(EnrichSupplierMutation, SourcingErrorFields, (error) =>
    supplierErrorMessage(t, error),
  );
  const [problem, setProblem] = useState<string | null>(null);

  const form = useForm<Values>({
    mode: "controlled",
    initialValues: valuesOf(profile),
    validateInputOnChange: true,
    validate: validate(t),
  });

  const certificationOptions = Object.values(SupplierCertification).map((value) => ({
    value,
    label: t(`enums:supplierCertification.${value}`),
  }));

  const submit = form.onSubmit(
    async (values) => {
      setProblem(null);
      const input: EnrichSupplierInput = {
        siret,
        expectedVersion: profile?.version ?? null,
        tags: values.tags.map((tag) => tag.trim()).filter(Boolean),
        capabilityNafCodes: values.capabilityNafCodes,
        certifications: values.certifications.filter(isCertification),
        capacityNotes: values.capacityNotes.trim(),
        contactName: values.contactName.trim(),
        contactEmail: values.contactEmail.trim(),
        contactPhone: values.contactPhone.trim(),
        lastContactOn: values.lastContactOn || null,
      };
      const outcome = await enrich({ variables: { input } });
      if (outcome.status === "failed") return; // network or server error: shown by <QueryErrorAlert> below
      if (outcome.status === "done") {
        notifications.show({
          title: t("profileForm.savedTitle"),
          message: t("profileForm.saved"),
          color: "teal",
          closeButtonProps: { "aria-label": t("common:close") },
        });
        onSaved(outcome.result.profile);
        return;
      }
      const { refusal } = outcome;
      if (refusal.kind === "conflict") onConflict(refusal.message);
      else if (!placeAtField(form, refusal, profileFieldOf)) setProblem(refusal.message);
    },
    (errors) => {
      const first = FIELDS.find((field) => field in errors);
      if (first) form.getInputNode(first)?.focus();
    },
  );

  return (
    <form onSubmit={submit} noValidate aria-labelledby="fiche-region-modifier">
      <Stack gap="md">
        <Title order={4} size="h5" id="fiche-region-modifier">
          {profile ? t("profile.edit") : t("profile.create")}
        </Title>
        {problem && (
          <Alert color="red" title={t("profileForm.failedTitle")} role="alert">
            {problem}
          </Alert>
        )}
        {mutation.error && <QueryErrorAlert error={mutation.error} />}
        <TagsInput
          label={t("profile.tags")}
          description={t("profileForm.tagsDescription", { max: TAG_MAX_LENGTH })}
          splitChars={[",", ";"]}
          clearable
          {...form.getInputProps("tags")}
        />
        <TagsInput
          label={t("profile.capabilityNafCodes")}
          description={t("profileForm.capabilityDescription")}
          splitChars={[",", ";", " "]}
          clearable
          {...form.getInputProps("capabilityNafCodes")}
          onChange={(codes) => form.setFieldValue("capabilityNafCodes", [...new Set(codes.map(normaliseNaf))])}
        />
        <MultiSelect
          label={t("profile.certifications")}
          data={certificationOptions}
          searchable
          clearable
          clearButtonProps={{ "aria-label": t("profileForm.clearCertifications") }}
          comboboxProps={{ withinPortal: false }}
          {...form.getInputProps("certifications")}
        />
        <Textarea
          label={t("profile.capacityNotes")}
          description={t("profileForm.capacityDescription", { max: NOTES_MAX_LENGTH })}
          autosize
          minRows={2}
          maxRows={8}
          {...form.getInputProps("capacityNotes")}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t("profile.contactName")} autoComplete="off" {...form.getInputProps("contactName")} />
          <TextInput
            label={t("profile.contactEmail")}
            type="email"
            autoComplete="off"
            {...form.getInputProps("contactEmail")}
          />
          <TextInput
            label={t("profile.contactPhone")}
            type="tel"
            autoComplete="off"
            {...form.getInputProps("contactPhone")}
          />
          <DateField label={t("profile.lastContactOn")} {...form.getInputProps("lastContactOn")} />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={mutation.loading}>
            {t("profileForm.submit")}
          </Button>
          <Button variant="default" type="button" onClick={onCancel}>
            {t("profileForm.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

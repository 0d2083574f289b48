import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";

import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { ProjectErrorFields } from "../../graphql/errors";
import { graphql } from "../../graphql/generated/gql";
import { useMutationOutcome } from "../../lib/mutation";

import { type AcceleratorEditionData, AcceleratorRegions, regionNames } from "./AcceleratorEdition";
import classes from "./CandidacyForm.module.css";
import {
  CANDIDACY_FIELDS,
  type CandidacyField,
  type CandidacyValues,
  EMPTY_CANDIDACY,
  PROJECT_KINDS,
  PROJECT_NEEDS,
  SECTORS,
  SUMMARY_MAX_LENGTH,
  candidacyErrors,
  candidacyInput,
  isCandidacyField,
} from "./candidacyModel";
import { type CommuneChoice, CommuneField, type CommuneSearch, communeLabel } from "./CommuneField";

export const SubmitCandidacyMutation = graphql(`
  mutation SubmitCandidacy($input: SubmitCandidacyInput!) {
    submitCandidacy(input: $input) {
      __typename
      ... on SubmitCandidacySuccess {
        regionName
        reference
        acknowledgementSent
      }
      ...ProjectErrorFields
    }
  }
`);

export interface CandidacyReceipt {
  regionName: string;
  reference: string;
  acknowledgementSent: boolean;
}

/** The server's verdict on one field, with the value it judged (JSON). */
interface ServerError {
  value: string;
  message: string;
}

interface Props {
  onSubmitted: (receipt: CandidacyReceipt) => void;
  /** The coming edition, its regions and dates; null: none planned; undefined: not known (yet). */
  edition: AcceleratorEditionData | null | undefined;
  /** The communes matching what is typed in « Commune », searched by the page. */
  communeSearch: CommuneSearch;
  onCommuneSearch: (text: string) => void;
}

/** The server's codes about a commune the form cannot have sent as such (it sends a code chosen in the
 * list): the API's message would speak of INSEE codes, which the form no longer asks for. */
const COMMUNE_NOT_FOUND = new Set(["UNKNOWN_COMMUNE", "INVALID_COMMUNE_CODE", "FORMER_COMMUNE"]);

/** The public candidacy form: checked as the user goes (on leaving each field), then by the server,
 * whose French message replaces the local one under the field it names. */
export function CandidacyForm({ onSubmitted, edition, communeSearch, onCommuneSearch }: Props) {
  const { t } = useTranslation(["candidacy", "enums"]);
  const needsId = useId();
  // The public form shows the API's own French message: it names the field and the value judged.
  const [submitCandidacy, mutation] = useMutationOutcome(SubmitCandidacyMutation, ProjectErrorFields, (error) =>
    COMMUNE_NOT_FOUND.has(error.code) ? t("validation.communeUnknown") : error.message,
  );
  const [communeText, setCommuneText] = useState("");
  const [commune, setCommune] = useState<CommuneChoice | null>(null);
  // An error without a field (too many attempts): shown above the button.
  const [formError, setFormError] = useState<string | null>(null);
  // The server's last verdict, kept outside the form's errors: leaving a field re-runs the local
  // checks, which pass, and would erase it. It stands as long as the value it judged: sending that
  // value again would only bring the same answer.
  const [serverErrors, setServerErrors] = useState<Partial<Record<CandidacyField, ServerError>>>({});

  const form = useForm<CandidacyValues>({
    mode: "controlled",
    initialValues: EMPTY_CANDIDACY,
    validateInputOnBlur: true,
    validate: (values) => {
      const errors: Record<string, string> = candidacyErrors(t, values);
      for (const field of CANDIDACY_FIELDS) {
        const server = serverErrors[field];
        if (!errors[field] && server && server.value === JSON.stringify(values[field])) {
          errors[field] = server.message;
        }
      }
      return errors;
    },
  });

  const focusField = (field: CandidacyField) => {
    form.getInputNode(field)?.focus();
  };

  const send = form.onSubmit(
    async (values) => {
      setFormError(null);
      const outcome = await submitCandidacy({ variables: { input: candidacyInput(values) } });
      if (outcome.status === "failed") return; // network or server error: shown by <QueryErrorAlert> below
      if (outcome.status === "done") {
        const { regionName, reference, acknowledgementSent } = outcome.result;
        onSubmitted({ regionName, reference, acknowledgementSent });
        return;
      }
      const { field, message } = outcome.refusal;
      if (isCandidacyField(field)) {
        setServerErrors({ [field]: { value: JSON.stringify(values[field]), message } });
        form.setErrors({ [field]: message });
        focusField(field);
      } else {
        setFormError(message);
      }
    },
    (errors) => {
      const first = CANDIDACY_FIELDS.find((field) => errors[field] != null);
      if (first) focusField(first);
    },
  );

  const typeCommune = (text: string) => {
    setCommuneText(text);
    setCommune(null);
    if (form.values.communeCode) form.setFieldValue("communeCode", "");
    onCommuneSearch(text);
  };
  const chooseCommune = (choice: CommuneChoice) => {
    setCommune(choice);
    setCommuneText(communeLabel(t, choice));
    form.setFieldValue("communeCode", choice.code);
    form.clearFieldError("communeCode");
  };
  const communeError = typeof form.errors["communeCode"] === "string" ? form.errors["communeCode"] : null;

  const needsError = typeof form.errors["needs"] === "string" ? form.errors["needs"] : null;
  const needsErrorId = `${needsId}-error`;
  const needsHintId = `${needsId}-hint`;
  const kindOptions = PROJECT_KINDS.map((value) => ({ value, label: t(`enums:projectKind.${value}`) }));
  const sectorOptions = SECTORS.map((value) => ({ value, label: t(`enums:sector.${value}`) })).sort((a, b) =>
    a.label.localeCompare(b.label, "fr"),
  );

  return (
    <form noValidate onSubmit={send}>
      <Stack gap="xl">
        <Text size="sm">{t("requiredHint")}</Text>

        <section aria-labelledby="candidature-entreprise">
          <Title order={2} id="candidature-entreprise" mb="sm">
            {t("sections.company")}
          </Title>
          <Stack gap="md">
            <TextInput
              label={t("fields.companyName")}
              required
              autoComplete="organization"
              {...form.getInputProps("companyName")}
            />
            <TextInput
              label={t("fields.siren")}
              description={t("fields.sirenDescription")}
              required
              inputMode="numeric"
              autoComplete="off"
              {...form.getInputProps("siren")}
            />
            <TextInput
              label={t("fields.siret")}
              description={t("fields.siretDescription")}
              inputMode="numeric"
              autoComplete="off"
              {...form.getInputProps("siret")}
            />
            <TextInput
              label={t("fields.nafCode")}
              description={t("fields.nafCodeDescription")}
              autoComplete="off"
              {...form.getInputProps("nafCode")}
            />
            <AcceleratorRegions edition={edition} />
            <CommuneField
              text={communeText}
              onTextChange={typeCommune}
              chosen={commune}
              onChoose={chooseCommune}
              search={communeSearch}
              error={communeError}
              onBlur={() => form.validateField("communeCode")}
              acceleratorRegions={edition ? regionNames(edition) : null}
            />
          </Stack>
        </section>

        <section aria-labelledby="candidature-projet">
          <Title order={2} id="candidature-projet" mb="sm">
            {t("sections.project")}
          </Title>
          <Stack gap="md">
            <TextInput label={t("fields.projectName")} required {...form.getInputProps("projectName")} />
            <Textarea
              label={t("fields.summary")}
              description={t("fields.summaryDescription", {
                count: form.values.summary.length,
                max: SUMMARY_MAX_LENGTH,
              })}
              required
              autosize
              minRows={4}
              maxRows={14}
              {...form.getInputProps("summary")}
            />
            <NativeSelect
              label={t("fields.kind")}
              required
              data={[{ value: "", label: t("fields.choose") }, ...kindOptions]}
              {...form.getInputProps("kind")}
            />
            <NativeSelect
              label={t("fields.sector")}
              required
              data={[{ value: "", label: t("fields.choose") }, ...sectorOptions]}
              {...form.getInputProps("sector")}
            />
            <Fieldset
              legend={t("fields.needs")}
              variant="unstyled"
              aria-describedby={needsError ? `${needsHintId} ${needsErrorId}` : needsHintId}
              classNames={{ legend: classes.legend }}
            >
              <Text id={needsHintId} size="sm" c="dimmed" mb="xs">
                {t("fields.needsDescription")}
              </Text>
              <Stack gap="xs">
                {PROJECT_NEEDS.map((need, index) => (
                  <Checkbox
                    key={need}
                    label={t(`enums:projectNeed.${need}`)}
                    value={need}
                    checked={form.values.needs.includes(need)}
                    onChange={(event) => {
                      const checked = event.currentTarget.checked;
                      form.setFieldValue("needs", (needs) =>
                        checked ? [...needs, need] : needs.filter((other) => other !== need),
                      );
                    }}
                    onBlur={() => form.validateField("needs")}
                    aria-invalid={needsError ? true : undefined}
                    aria-describedby={needsError ? needsErrorId : undefined}
                    // The first box stands for the group: it gets the focus when no need is ticked.
                    data-path={index === 0 ? "needs" : undefined}
                  />
                ))}
              </Stack>
              {needsError && (
                <Text id={needsErrorId} size="sm" c="var(--mantine-color-error)" mt="xs">
                  {needsError}
                </Text>
              )}
            </Fieldset>
          </Stack>
        </section>

        <section aria-labelledby="candidature-contact">
          <Title order={2} id="candidature-contact" mb="sm">
            {t("sections.contact")}
          </Title>
          <Stack gap="md">
            <TextInput
              label={t("fields.contactName")}
              required
              autoComplete="name"
              {...form.getInputProps("contactName")}
            />
            <TextInput
              label={t("fields.contactEmail")}
              description={t("fields.contactEmailDescription")}
              required
              type="email"
              autoComplete="email"
              {...form.getInputProps("contactEmail")}
            />
            <TextInput
              label={t("fields.contactPhone")}
              description={t("fields.contactPhoneDescription")}
              type="tel"
              autoComplete="tel"
              {...form.getInputProps("contactPhone")}
            />
          </Stack>
        </section>

        <section aria-labelledby="candidature-donnees">
          <Title order={2} size="h4" id="candidature-donnees" mb="xs">
            {t("privacy.heading")}
          </Title>
          <Stack gap={4}>
            <Text size="sm">{t("privacy.controller")}</Text>
            <Text size="sm">{t("privacy.purpose")}</Text>
            <Text size="sm">{t("privacy.retention")}</Text>
            <Text size="sm">{t("privacy.rights")}</Text>
            <Text size="sm">{t("privacy.contact")}</Text>
          </Stack>
        </section>

        <Checkbox
          label={t("fields.consent")}
          description={t("fields.dataUse")}
          required
          {...form.getInputProps("consent", { type: "checkbox" })}
          aria-invalid={form.errors["consent"] ? true : undefined}
        />

        {/* People never see this field; robots fill it, and the server then keeps nothing. */}
        <div className={classes.honeypot} aria-hidden="true">
          <TextInput
            label={t("fields.website")}
            name="website"
            tabIndex={-1}
            autoComplete="off"
            {...form.getInputProps("website")}
          />
        </div>

        {formError && (
          <Alert color="red" title={t("refusedTitle")} role="alert">
            {formError}
          </Alert>
        )}
        {mutation.error && <QueryErrorAlert error={mutation.error} />}
        <Group>
          <Button type="submit" loading={mutation.loading}>
            {t("submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

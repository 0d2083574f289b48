import { Alert, Button, Group, Stack, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { ProjectErrorFields } from "../../graphql/errors";
import { graphql } from "../../graphql/generated/gql";
import type { CompanyTab_CompanyFragment, UpdateCompanyInput } from "../../graphql/generated/graphql";
import { placeAtField, useMutationOutcome } from "../../lib/mutation";

import { formatSiren } from "./ProjectDetails";
import {
  compactNumber,
  describeProjectError,
  validateCommuneCode,
  validateCompanyName,
  validateNafCode,
  validateSiret,
} from "./projectErrors";

/** The answer is the company's record as the tab shows it: the cache updates the tab, « Synthèse »,
 * and the version sent next. */
export const UpdateCompanyMutation = graphql(`
  mutation UpdateCompany($input: UpdateCompanyInput!) {
    updateCompany(input: $input) {
      __typename
      ... on UpdateCompanySuccess {
        company {
          id
          ...CompanyTab_company
        }
      }
      ...ProjectErrorFields
    }
  }
`);

interface Values {
  name: string;
  siret: string;
  nafCode: string;
  communeCode: string;
}

type CompanyField = keyof Values;
const FIELDS: readonly CompanyField[] = ["name", "siret", "nafCode", "communeCode"];

function isCompanyField(field: string | null | undefined): field is CompanyField {
  return FIELDS.some((name) => name === field);
}

function valuesOf(company: CompanyTab_CompanyFragment): Values {
  return {
    name: company.name,
    siret: company.siret ?? "",
    nafCode: company.nafCode ?? "",
    communeCode: company.communeCode,
  };
}

/** What the server expects of each field: trimmed, without spaces in numbers, codes in capitals. */
function normalised(values: Values): Values {
  return {
    name: values.name.trim(),
    siret: compactNumber(values.siret),
    nafCode: compactNumber(values.nafCode).toUpperCase(),
    communeCode: values.communeCode.trim().toUpperCase(),
  };
}

interface Props {
  company: CompanyTab_CompanyFragment;
  onCancel: () => void;
  /** After a save: the cache already holds the new record. */
  onSaved: () => void;
  /** Reads the project again from the server (after a conflict). */
  onReload: () => Promise<unknown>;
}

/** « Modifier la fiche »: the company's raison sociale, SIRET, NAF code and commune, checked lightly as
 * the user types (the server checks keys, nomenclatures and region). Only what changed is sent (a field
 * left out stays as it is; an empty SIRET or NAF code clears it), with the version read. */
export function CompanyEditForm({ company, onCancel, onSaved, onReload }: Props) {
  const { t } = useTranslation(["projects", "common"]);
  const [updateCompany, mutation] = useMutationOutcome(
    UpdateCompanyMutation,
    ProjectErrorFields,
    describeProjectError(t),
  );
  // A refusal no field can fix; `conflict`: someone else changed the record (the server's message says who).
  const [problem, setProblem] = useState<{ message: string; conflict: boolean } | null>(null);
  const [reloading, setReloading] = useState(false);
  const initial = valuesOf(company);

  const form = useForm<Values>({
    mode: "controlled",
    initialValues: initial,
    validateInputOnChange: true,
    validate: {
      name: (value) => validateCompanyName(t, value),
      siret: (value) => validateSiret(t, value, company.siren),
      nafCode: (value) => validateNafCode(t, value),
      communeCode: (value) => validateCommuneCode(t, value),
    },
  });

  const submit = form.onSubmit(
    async (values) => {
      setProblem(null);
      const next = normalised(values);
      const before = normalised(initial);
      const changed = FIELDS.filter((field) => next[field] !== before[field]);
      if (changed.length === 0) {
        onCancel(); // nothing to save
        return;
      }
      const input: UpdateCompanyInput = { companyId: company.id, expectedVersion: company.version };
      for (const field of changed) input[field] = next[field];
      const outcome = await updateCompany({ variables: { input } });
      if (outcome.status === "failed") return; // network or server error: shown by <QueryErrorAlert> below
      if (outcome.status === "done") {
        notifications.show({
          title: t("company.edit.savedTitle"),
          message: t("company.edit.saved"),
          color: "teal",
          closeButtonProps: { "aria-label": t("common:close") },
        });
        onSaved();
        return;
      }
      const { refusal } = outcome;
      if (placeAtField(form, refusal, isCompanyField)) return;
      setProblem({ message: refusal.message, conflict: refusal.kind === "conflict" });
    },
    (errors) => {
      const first = FIELDS.find((field) => field in errors);
      if (first) form.getInputNode(first)?.focus();
    },
  );

  const reload = async () => {
    setReloading(true);
    try {
      await onReload();
    } finally {
      setReloading(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="entreprise-modifier">
      <Stack gap="md">
        <Title order={3} size="h4" id="entreprise-modifier">
          {t("company.edit.heading")}
        </Title>
        <Text size="sm">{t("company.edit.requiredHint")}</Text>
        {problem && (
          <Alert
            color={problem.conflict ? "orange" : "red"}
            title={problem.conflict ? t("company.edit.conflictTitle") : t("company.edit.failedTitle")}
            role="alert"
          >
            <Stack gap="sm" align="flex-start">
              <span>{problem.message}</span>
              {problem.conflict && (
                <Button variant="outline" color="orange" onClick={() => void reload()} loading={reloading}>
                  {t("company.edit.reload")}
                </Button>
              )}
            </Stack>
          </Alert>
        )}
        {mutation.error && <QueryErrorAlert error={mutation.error} />}
        <TextInput
          label={t("detail.companyName")}
          required
          autoComplete="organization"
          // The form opens on demand: take the focus there.
          // eslint-disable-next-line jsx-a11y/no-autofocus
          autoFocus
          {...form.getInputProps("name")}
        />
        <TextInput
          label={t("company.siret")}
          description={t("company.edit.siretDescription", { siren: formatSiren(company.siren) })}
          inputMode="numeric"
          autoComplete="off"
          {...form.getInputProps("siret")}
        />
        <TextInput
          label={t("detail.naf")}
          description={t("company.edit.nafDescription")}
          autoComplete="off"
          {...form.getInputProps("nafCode")}
        />
        <TextInput
          label={t("company.edit.communeCode")}
          description={t("company.edit.communeDescription", {
            commune: company.communeName,
            code: company.communeCode,
          })}
          required
          autoComplete="off"
          {...form.getInputProps("communeCode")}
        />
        <Group>
          <Button type="submit" loading={mutation.loading} disabled={problem?.conflict ?? false}>
            {t("company.edit.submit")}
          </Button>
          <Button variant="default" type="button" onClick={onCancel}>
            {t("company.edit.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

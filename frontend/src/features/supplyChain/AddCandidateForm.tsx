import { Anchor, Button, Group, Radio, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { SourcingErrorFields } from "../../graphql/errors";
import { graphql } from "../../graphql/generated/gql";
import { placeAtField, useMutationOutcome } from "../../lib/mutation";

import { SourcingProblemAlert } from "./SourcingProblemAlert";
import {
  type SourcingProblem,
  TEXT_MAX_LENGTH,
  compactSiret,
  describeSourcingError,
  sourcingProblem,
  validateCommuneCode,
  validateSiret,
  validateText,
} from "./supplyChainErrors";
import { supplierSearchPath } from "./supplyChainLinks";

export const AddSupplierCandidateMutation = graphql(`
  mutation AddSupplierCandidate($input: AddSupplierCandidateInput!) {
    addSupplierCandidate(input: $input) {
      __typename
      ... on SupplierCandidateSuccess {
        candidate {
          id
          name
          ...CandidateCard_candidate
        }
      }
      ...SourcingErrorFields
    }
  }
`);

type Source = "directory" | "outside";
type Location = "france" | "abroad";

interface Values {
  source: Source;
  siret: string;
  name: string;
  location: Location;
  communeCode: string;
  country: string;
  notes: string;
}

/** The inputs the form shows for these values: a server error about another one goes to the alert. */
function shownFields(values: Values): string[] {
  if (values.source === "directory") return ["siret", "notes"];
  return ["name", values.location === "france" ? "communeCode" : "country", "notes"];
}

interface Props {
  projectId: string;
  stageId: string;
  stageName: string;
  onCancel: () => void;
  /** After the supplier was added: the board reads the chain again to show it. */
  onAdded: () => void;
}

/** A supplier considered for a stage: an establishment of the directory by its SIRET (its name and
 * commune come from there), or one outside it, by name with its commune in France or its country. */
export function AddCandidateForm({ projectId, stageId, stageName, onCancel, onAdded }: Props) {
  const { t } = useTranslation(["supplyChain", "common"]);
  const [add, mutation] = useMutationOutcome(
    AddSupplierCandidateMutation,
    SourcingErrorFields,
    describeSourcingError(t),
  );
  const [problem, setProblem] = useState<SourcingProblem | null>(null);

  const form = useForm<Values>({
    mode: "controlled",
    initialValues: {
      source: "directory",
      siret: "",
      name: "",
      location: "france",
      communeCode: "",
      country: "",
      notes: "",
    },
    validateInputOnChange: true,
    validate: {
      siret: (value, values) => (values.source === "directory" ? validateSiret(t, value) : null),
      name: (value, values) => (values.source === "outside" ? validateText(t, value, "name", true) : null),
      communeCode: (value, values) =>
        values.source === "outside" && values.location === "france" ? validateCommuneCode(t, value) : null,
      country: (value, values) =>
        values.source === "outside" && values.location === "abroad" ? validateText(t, value, "country", true) : null,
      notes: (value) => validateText(t, value, "notes", false),
    },
  });
  const { source, location } = form.values;

  const submit = form.onSubmit(
    async (values) => {
      setProblem(null);
      const notes = values.notes.trim();
      const input =
        values.source === "directory"
          ? { stageId, siret: compactSiret(values.siret), notes }
          : values.location === "france"
            ? { stageId, name: values.name.trim(), communeCode: values.communeCode.trim(), country: "France", notes }
            : { stageId, name: values.name.trim(), country: values.country.trim(), notes };
      const outcome = await add({ variables: { input } });
      if (outcome.status === "failed") return; // network or server error: shown by <QueryErrorAlert> below
      if (outcome.status === "done") {
        notifications.show({
          title: t("add.addedTitle"),
          message: t("add.added", { name: outcome.result.candidate.name, stage: stageName }),
          color: "teal",
          closeButtonProps: { "aria-label": t("common:close") },
        });
        onAdded();
        return;
      }
      const { refusal } = outcome;
      if (placeAtField(form, refusal, (field) => shownFields(values).includes(field))) return;
      setProblem(sourcingProblem(refusal));
    },
    (errors) => {
      const first = Object.keys(errors)[0];
      if (first) form.getInputNode(first)?.focus();
    },
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {problem && <SourcingProblemAlert problem={problem} failedTitle={t("add.failedTitle")} />}
        {mutation.error && <QueryErrorAlert error={mutation.error} />}
        <Radio.Group label={t("add.source")} {...form.getInputProps("source")}>
          <Group mt="xs">
            <Radio value="directory" label={t("add.sourceDirectory")} />
            <Radio value="outside" label={t("add.sourceOutside")} />
          </Group>
        </Radio.Group>

        {source === "directory" ? (
          <Stack gap="xs">
            <TextInput
              label={t("add.siret")}
              description={t("add.siretDescription")}
              required
              inputMode="numeric"
              autoComplete="off"
              data-autofocus
              {...form.getInputProps("siret")}
            />
            <Text size="sm">
              {t("add.directoryHint")}{" "}
              <Anchor component={Link} to={supplierSearchPath(projectId, stageId)}>
                {t("column.searchDirectory")}
              </Anchor>
            </Text>
          </Stack>
        ) : (
          <>
            <TextInput label={t("add.name")} required autoComplete="off" {...form.getInputProps("name")} />
            <Radio.Group label={t("add.location")} {...form.getInputProps("location")}>
              <Group mt="xs">
                <Radio value="france" label={t("add.inFrance")} />
                <Radio value="abroad" label={t("add.abroad")} />
              </Group>
            </Radio.Group>
            {location === "france" ? (
              <TextInput
                label={t("add.communeCode")}
                description={t("add.communeCodeDescription")}
                required
                autoComplete="off"
                {...form.getInputProps("communeCode")}
              />
            ) : (
              <TextInput
                label={t("add.country")}
                required
                autoComplete="country-name"
                {...form.getInputProps("country")}
              />
            )}
          </>
        )}
        <Textarea
          label={t("add.notes")}
          description={t("add.notesDescription", { length: form.values.notes.length, max: TEXT_MAX_LENGTH })}
          autosize
          minRows={2}
          maxRows={8}
          {...form.getInputProps("notes")}
        />
        <Group justify="flex-end">
          <Button variant="default" type="button" onClick={onCancel}>
            {t("add.cancel")}
          </Button>
          <Button type="submit" loading={mutation.loading}>
            {t("add.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

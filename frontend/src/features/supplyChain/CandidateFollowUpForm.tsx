import { Button, Group, Stack, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { DateField } from "../../components/DateField";
import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { SourcingErrorFields } from "../../graphql/errors";
import { graphql } from "../../graphql/generated/gql";
import { placeAtField, useMutationOutcome } from "../../lib/mutation";

import { SourcingProblemAlert } from "./SourcingProblemAlert";
import {
  type SourcingProblem,
  TEXT_MAX_LENGTH,
  describeSourcingError,
  sourcingProblem,
  validateText,
} from "./supplyChainErrors";

/** The answer carries the card as the board shows it: the cache updates it in place. */
export const UpdateSupplierCandidateMutation = graphql(`
  mutation UpdateSupplierCandidate($input: UpdateSupplierCandidateInput!) {
    updateSupplierCandidate(input: $input) {
      __typename
      ... on SupplierCandidateSuccess {
        candidate {
          id
          ...CandidateCard_candidate
        }
      }
      ...SourcingErrorFields
    }
  }
`);

const FORM_FIELDS = new Set(["notes", "nextActionOn"]);

interface Props {
  candidateId: string;
  name: string;
  /** The candidate's version, sent as `expectedVersion`. */
  version: number;
  notes: string;
  /** ISO date, or null when no action is planned. */
  nextActionOn: string | null;
  onCancel: () => void;
  onSaved: () => void;
  /** Reads the chain again (after a conflict): the version read moves, what was typed stays. */
  onReload: () => Promise<unknown>;
}

/** The follow-up of a supplier considered: its notes and the date of the next action (emptied to clear it). */
export function CandidateFollowUpForm({ candidateId, name, version, notes, nextActionOn, ...props }: Props) {
  const { t } = useTranslation(["supplyChain", "common"]);
  const [update, mutation] = useMutationOutcome(
    UpdateSupplierCandidateMutation,
    SourcingErrorFields,
    describeSourcingError(t),
  );
  const [problem, setProblem] = useState<SourcingProblem | null>(null);

  const form = useForm({
    mode: "controlled",
    initialValues: { notes, nextActionOn: nextActionOn ?? "" },
    validateInputOnChange: true,
    validate: { notes: (value) => validateText(t, value, "notes", false) },
  });

  const submit = form.onSubmit(
    async (values) => {
      setProblem(null);
      const outcome = await update({
        variables: {
          input: {
            candidateId,
            expectedVersion: version,
            notes: values.notes.trim(),
            nextActionOn: values.nextActionOn || null,
            clearNextAction: !values.nextActionOn && nextActionOn != null,
          },
        },
      });
      if (outcome.status === "failed") return; // network or server error: shown by <QueryErrorAlert> below
      if (outcome.status === "done") {
        notifications.show({
          title: t("followUp.savedTitle"),
          message: t("followUp.saved", { name }),
          color: "teal",
          closeButtonProps: { "aria-label": t("common:close") },
        });
        props.onSaved();
        return;
      }
      const { refusal } = outcome;
      if (placeAtField(form, refusal, (field) => FORM_FIELDS.has(field))) return;
      setProblem(sourcingProblem(refusal));
      // Someone else changed the supplier: its new version is read, what was typed here stays.
      if (refusal.kind === "conflict") void props.onReload();
    },
    () => form.getInputNode("notes")?.focus(),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {problem && <SourcingProblemAlert problem={problem} failedTitle={t("followUp.failedTitle")} />}
        {mutation.error && <QueryErrorAlert error={mutation.error} />}
        <Textarea
          label={t("followUp.notes")}
          description={t("followUp.notesDescription", { length: form.values.notes.length, max: TEXT_MAX_LENGTH })}
          autosize
          minRows={4}
          maxRows={12}
          data-autofocus
          {...form.getInputProps("notes")}
        />
        <DateField
          label={t("followUp.nextActionOn")}
          description={t("followUp.nextActionDescription")}
          {...form.getInputProps("nextActionOn")}
        />
        <Group justify="flex-end">
          <Button variant="default" type="button" onClick={props.onCancel}>
            {t("followUp.cancel")}
          </Button>
          <Button type="submit" loading={mutation.loading}>
            {t("followUp.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

import { Alert, Button, CloseButton, Group, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { randomId } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { SourcingErrorFields } from "../../graphql/errors";
import { graphql } from "../../graphql/generated/gql";
import { placeAtField, useMutationOutcome } from "../../lib/mutation";

import { MAX_SIRETS, normaliseSiret, sourcingErrorMessage, validateNote, validateSiret } from "./sourcingRequestErrors";

export const AnswerSourcingRequestMutation = graphql(`
  mutation AnswerSourcingRequest($input: AnswerSourcingRequestInput!) {
    answerSourcingRequest(input: $input) {
      __typename
      ... on SourcingAnswerSuccess {
        answer {
          id
          ...SourcingAnswer_answer
        }
      }
      ...SourcingErrorFields
    }
  }
`);

interface SiretRow {
  /** React key of the row (rows are added and removed). Not sent. */
  key: string;
  value: string;
}

interface Values {
  sirets: SiretRow[];
  note: string;
}

const emptyRow = (): SiretRow => ({ key: randomId(), value: "" });

interface Props {
  requestId: string;
  onCancel: () => void;
  onAnswered: () => void;
}

/** Propose establishments of the adviser's own region's directory, by SIRET, with a note. A server
 * error on `sirets.N` goes under the N-th input. */
export function AnswerForm({ requestId, onCancel, onAnswered }: Props) {
  const { t } = useTranslation("sourcingRequests");
  const [answer, mutation] = useMutationOutcome(AnswerSourcingRequestMutation, SourcingErrorFields, (error) =>
    sourcingErrorMessage(t, error),
  );
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<Values>({
    mode: "controlled",
    initialValues: { sirets: [emptyRow()], note: "" },
    validate: {
      sirets: { value: (value) => validateSiret(t, value) },
      note: (value) => validateNote(t, value),
    },
  });
  const rows = form.values.sirets;

  const submit = form.onSubmit(
    async (values) => {
      setProblem(null);
      const outcome = await answer({
        variables: {
          input: {
            requestId,
            sirets: values.sirets.map((row) => normaliseSiret(row.value)),
            note: values.note.trim(),
          },
        },
        updateCache: (cache, { answer: added }) => {
          const node = cache.identify({ __typename: "SourcingAnswer", id: added.id });
          if (!node) return;
          cache.modify({
            id: cache.identify({ __typename: "SourcingRequest", id: requestId }),
            fields: {
              answerCount: (count: number) => count + 1,
              answers: (existing) => {
                const list = existing as { totalCount: number; edges: readonly unknown[] };
                return {
                  ...list,
                  totalCount: list.totalCount + 1,
                  edges: [...list.edges, { __typename: "SourcingAnswerEdge", node: { __ref: node } }],
                };
              },
            },
          });
        },
      });
      if (outcome.status === "failed") return; // network or server error: shown by <QueryErrorAlert> below
      if (outcome.status === "done") {
        onAnswered();
        return;
      }
      const { refusal } = outcome;
      const inputOf = (field: string) => {
        // `sirets.2` is the third SIRET typed.
        const row = /^sirets\.(\d+)$/.exec(field);
        if (row) return Number(row[1]) < rows.length ? `sirets.${row[1]}.value` : null;
        return field === "note";
      };
      if (!placeAtField(form, refusal, inputOf)) setProblem(refusal.message);
    },
    (errors) => {
      const first = Object.keys(errors)[0];
      if (first) form.getInputNode(first)?.focus();
    },
  );

  return (
    <form onSubmit={submit} noValidate aria-label={t("answer.heading")}>
      <Stack gap="sm">
        <Text fw={600}>{t("answer.heading")}</Text>
        <Text size="sm" c="dimmed">
          {t("answer.help", { max: MAX_SIRETS })}
        </Text>
        {rows.map((row, index) => (
          <Group key={row.key} align="flex-start" gap="xs" wrap="nowrap">
            <TextInput
              style={{ flex: 1 }}
              label={t("answer.siret", { n: index + 1 })}
              inputMode="numeric"
              autoComplete="off"
              required
              {...form.getInputProps(`sirets.${index}.value`)}
            />
            {rows.length > 1 && (
              <CloseButton
                mt={28}
                aria-label={t("answer.removeSiret", { n: index + 1 })}
                onClick={() => form.removeListItem("sirets", index)}
              />
            )}
          </Group>
        ))}
        {rows.length < MAX_SIRETS && (
          <Group>
            <Button variant="subtle" size="xs" onClick={() => form.insertListItem("sirets", emptyRow())}>
              {t("answer.addSiret")}
            </Button>
          </Group>
        )}
        <Textarea label={t("answer.note")} autosize minRows={2} {...form.getInputProps("note")} />
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        {mutation.error && <QueryErrorAlert error={mutation.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("answer.cancel")}
          </Button>
          <Button type="submit" loading={mutation.loading}>
            {t("answer.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

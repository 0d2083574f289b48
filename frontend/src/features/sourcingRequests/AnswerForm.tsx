import { useMutation } from "@apollo/client/react";
import { Alert, Button, CloseButton, Group, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { randomId } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { graphql } from "../../graphql/generated/gql";

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
      ... on SourcingInvalid {
        field
        code
        message
      }
      ... on SourcingConflict {
        field
        code
        message
      }
      ... on SourcingNotAllowed {
        field
        code
        message
      }
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
  const [answer, mutation] = useMutation(AnswerSourcingRequestMutation);
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
      const { data } = await answer({
        variables: {
          input: {
            requestId,
            sirets: values.sirets.map((row) => normaliseSiret(row.value)),
            note: values.note.trim(),
          },
        },
        update: (cache, result) => {
          const payload = result.data?.answerSourcingRequest;
          if (payload?.__typename !== "SourcingAnswerSuccess") return;
          const node = cache.identify({ __typename: "SourcingAnswer", id: payload.answer.id });
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
      }).catch(() => ({ data: undefined }));
      const payload = data?.answerSourcingRequest;
      if (!payload) {
        setProblem(t("errors.unknown"));
        return;
      }
      if (payload.__typename === "SourcingAnswerSuccess") {
        onAnswered();
        return;
      }
      const message = sourcingErrorMessage(t, payload);
      const row = /^sirets\.(\d+)$/.exec(payload.field ?? "");
      if (row && Number(row[1]) < rows.length) {
        const path = `sirets.${row[1]}.value`;
        form.setFieldError(path, message);
        form.getInputNode(path)?.focus();
      } else if (payload.field === "note") {
        form.setFieldError("note", message);
      } else {
        setProblem(message);
      }
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
          {t("answer.help")}
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

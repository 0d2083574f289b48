import { Alert, Button, CloseButton, Group, Paper, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";

import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { SourcingErrorFields } from "../../graphql/errors";
import { graphql } from "../../graphql/generated/gql";
import { placeAtField, useMutationOutcome } from "../../lib/mutation";

import { AnswerSupplierSearch, type PickedSupplier } from "./AnswerSupplierSearch";
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

interface Values {
  /** A SIRET typed by hand, for an establishment the search does not find. Not sent as such. */
  siret: string;
  note: string;
}

interface Props {
  requestId: string;
  nafHints: readonly string[];
  onCancel: () => void;
  onAnswered: () => void;
}

/** Propose establishments of the adviser's own region's directory, picked from its search (or typed by
 * SIRET), with a note. A server error on `sirets.N` goes beside the N-th establishment chosen. */
export function AnswerForm({ requestId, nafHints, onCancel, onAnswered }: Props) {
  const { t } = useTranslation("sourcingRequests");
  const [answer, mutation] = useMutationOutcome(AnswerSourcingRequestMutation, SourcingErrorFields, (error) =>
    sourcingErrorMessage(t, error),
  );
  const [picked, setPicked] = useState<PickedSupplier[]>([]);
  /** The server's refusal of one establishment, by SIRET (it moves with it when another is removed). */
  const [itemErrors, setItemErrors] = useState<Record<string, string>>({});
  const [pickedError, setPickedError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const pickedHeadingId = useId();
  const form = useForm<Values>({
    mode: "controlled",
    initialValues: { siret: "", note: "" },
    validate: { note: (value) => validateNote(t, value) },
  });
  const full = picked.length >= MAX_SIRETS;

  const pick = (supplier: PickedSupplier) => {
    setPickedError(null);
    setPicked((current) =>
      current.length >= MAX_SIRETS || current.some((other) => other.siret === supplier.siret)
        ? current
        : [...current, supplier],
    );
  };
  const unpick = (siret: string) => {
    setPicked((current) => current.filter((supplier) => supplier.siret !== siret));
    setItemErrors((current) => Object.fromEntries(Object.entries(current).filter(([key]) => key !== siret)));
  };

  /** The SIRET typed, added to the establishments chosen; null (and told why) when it cannot be. */
  const addTyped = (): PickedSupplier | null => {
    const siret = normaliseSiret(form.values.siret);
    const invalid = validateSiret(t, siret);
    if (invalid) form.setFieldError("siret", invalid);
    else if (picked.some((supplier) => supplier.siret === siret)) form.setFieldError("siret", t("errors.siretPicked"));
    else {
      const typed = { siret, name: null, place: null };
      pick(typed);
      form.setFieldValue("siret", "");
      return typed;
    }
    form.getInputNode("siret")?.focus();
    return null;
  };

  const submit = form.onSubmit(
    async (values) => {
      setProblem(null);
      setItemErrors({});
      setPickedError(null);
      // A SIRET typed but not added yet goes with the others.
      let chosen = picked;
      if (values.siret.trim() && !full) {
        const typed = addTyped();
        if (!typed) return;
        chosen = [...picked, typed];
      }
      if (chosen.length === 0) {
        setPickedError(t("errors.siretRequired"));
        return;
      }
      const outcome = await answer({
        variables: {
          input: { requestId, sirets: chosen.map((supplier) => supplier.siret), note: values.note.trim() },
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
      // `sirets.2` is the third establishment chosen: its message goes beside it.
      const item = refusal.field ? /^sirets\.(\d+)$/.exec(refusal.field) : null;
      const supplier = item ? chosen[Number(item[1])] : undefined;
      if (supplier) {
        setItemErrors({ [supplier.siret]: refusal.message });
        document.getElementById(removeId(pickedHeadingId, supplier.siret))?.focus();
      } else if (refusal.field === "sirets") {
        setPickedError(refusal.message);
      } else if (!placeAtField(form, refusal, (field) => field === "note")) {
        setProblem(refusal.message);
      }
    },
    (errors) => {
      const first = Object.keys(errors)[0];
      if (first) form.getInputNode(first)?.focus();
    },
  );

  return (
    <Paper withBorder p="md" component="section" aria-label={t("answer.heading")}>
      <Stack gap="md">
        <div>
          <Text fw={700}>{t("answer.heading")}</Text>
          <Text size="sm" c="dimmed">
            {t("answer.help", { max: MAX_SIRETS })}
          </Text>
        </div>

        <AnswerSupplierSearch nafHints={nafHints} picked={picked} canPick={!full} onPick={pick} onUnpick={unpick} />

        <form onSubmit={submit} noValidate aria-label={t("answer.formLabel")}>
          <Stack gap="sm">
            <Text fw={600} id={pickedHeadingId}>
              {t("answer.picked", { count: picked.length, max: MAX_SIRETS })}
            </Text>
            {pickedError && (
              <Text size="sm" c="red.9" role="alert">
                {pickedError}
              </Text>
            )}
            {picked.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t("answer.nonePicked")}
              </Text>
            ) : (
              <Stack
                component="ul"
                gap="xs"
                aria-labelledby={pickedHeadingId}
                style={{ listStyle: "none", margin: 0, padding: 0 }}
              >
                {picked.map((supplier) => {
                  const error = itemErrors[supplier.siret];
                  const errorId = `${removeId(pickedHeadingId, supplier.siret)}-erreur`;
                  return (
                    <li key={supplier.siret}>
                      <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
                        <div>
                          <Text fw={600}>{supplier.name ?? t("answer.typed")}</Text>
                          <Text size="sm" c="dimmed">
                            {[t("answers.siret", { siret: supplier.siret }), supplier.place]
                              .filter(Boolean)
                              .join(" · ")}
                          </Text>
                          {error && (
                            <Text size="sm" c="red.9" id={errorId} role="alert">
                              {error}
                            </Text>
                          )}
                        </div>
                        <CloseButton
                          id={removeId(pickedHeadingId, supplier.siret)}
                          aria-label={t("answer.unpick", { name: supplier.name ?? supplier.siret })}
                          aria-describedby={error ? errorId : undefined}
                          onClick={() => unpick(supplier.siret)}
                        />
                      </Group>
                    </li>
                  );
                })}
              </Stack>
            )}

            <Group align="flex-end" gap="xs" wrap="nowrap">
              <TextInput
                style={{ flex: 1 }}
                label={t("answer.siret")}
                description={t("answer.siretHelp")}
                inputMode="numeric"
                autoComplete="off"
                disabled={full}
                {...form.getInputProps("siret")}
                onKeyDown={(event) => {
                  // Enter adds the SIRET rather than sending the answer.
                  if (event.key === "Enter") {
                    event.preventDefault();
                    addTyped();
                  }
                }}
              />
              <Button variant="default" onClick={() => addTyped()} disabled={full}>
                {t("answer.addSiret")}
              </Button>
            </Group>
            {full && (
              <Text size="sm" c="dimmed">
                {t("answer.full", { max: MAX_SIRETS })}
              </Text>
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
      </Stack>
    </Paper>
  );
}

/** Id of an establishment's « Retirer » button: focused when the API refuses that establishment. */
const removeId = (prefix: string, siret: string) => `${prefix}-retirer-${siret}`;

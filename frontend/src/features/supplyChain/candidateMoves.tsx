import { Button, Group, Modal, Stack, Text, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { SourcingErrorFields } from "../../graphql/errors";
import { graphql } from "../../graphql/generated/gql";
import type { SupplierCandidateStatus } from "../../graphql/generated/graphql";
import { placeAtField, type Refusal, useMutationOutcome } from "../../lib/mutation";

import { SourcingProblemAlert } from "./SourcingProblemAlert";
import type { MovableCandidate } from "./statusMove";
import {
  type SourcingProblem,
  TEXT_MAX_LENGTH,
  describeSourcingError,
  sourcingProblem,
  validateText,
} from "./supplyChainErrors";

/** The answer carries the card: the cache moves it to its new lane at once (the indicators follow
 * when the chain is read again). */
export const TransitionSupplierCandidateMutation = graphql(`
  mutation TransitionSupplierCandidate($input: TransitionSupplierCandidateInput!) {
    transitionSupplierCandidate(input: $input) {
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

/** Refusals after which only reading the chain again helps: someone changed the supplier, it moved
 * on, or it is gone. */
function needsReload(refusal: Refusal): boolean {
  return refusal.kind === "conflict" || refusal.code === "ILLEGAL_TRANSITION" || refusal.code === "NOT_FOUND";
}

interface Options {
  /** The candidate as the board shows it now (its version moves when the chain is read again). */
  current: (candidateId: string) => MovableCandidate | null;
  /** Reads the chain again: after a change (the indicators), or a refusal only that resolves. */
  onReload: () => Promise<unknown>;
}

/** Moving suppliers between the statuses of their column, by drag and drop or « Changer le statut »:
 * a step forward is sent at once, « Écarté » first asks the reason. Each change sends the version
 * read; a conflict shows the server's message (who changed what) and the chain is read again. */
export function useCandidateMoves({ current, onReload }: Options) {
  const { t } = useTranslation(["supplyChain", "enums", "common"]);
  const [transition, mutation] = useMutationOutcome(
    TransitionSupplierCandidateMutation,
    SourcingErrorFields,
    describeSourcingError(t),
  );
  const [problem, setProblem] = useState<SourcingProblem | null>(null);
  const [rejecting, setRejecting] = useState<string | null>(null);
  const [moved, setMoved] = useState<string | null>(null);

  /** Sends the change; the refusal, if the server gives one (null when done, undefined on failure). */
  const send = async (
    candidate: MovableCandidate,
    to: SupplierCandidateStatus,
    reason: string | null,
  ): Promise<Refusal | null | undefined> => {
    const outcome = await transition({
      variables: { input: { candidateId: candidate.id, to, reason, expectedVersion: candidate.version } },
    });
    if (outcome.status === "failed") return undefined; // network or server error: `error`, for a <QueryErrorAlert>
    if (outcome.status === "done") {
      notifications.show({
        title: t("board.movedTitle"),
        message: t("board.moved", { name: candidate.name, status: t(`enums:supplierCandidateStatus.${to}`) }),
        color: "teal",
        closeButtonProps: { "aria-label": t("common:close") },
      });
      setMoved(candidate.id);
      void onReload();
      return null;
    }
    if (needsReload(outcome.refusal)) void onReload();
    return outcome.refusal;
  };

  const move = async (candidate: MovableCandidate, to: SupplierCandidateStatus) => {
    setProblem(null);
    setMoved(null);
    if (to === "REJECTED") {
      setRejecting(candidate.id);
      return;
    }
    const refusal = await send(candidate, to, null);
    if (refusal) setProblem(sourcingProblem(refusal));
  };

  return {
    move: (candidate: MovableCandidate, to: SupplierCandidateStatus) => void move(candidate, to),
    send,
    problem,
    clearProblem: () => setProblem(null),
    /** The candidate whose reason for « Écarté » is being asked. */
    rejecting: rejecting ? current(rejecting) : null,
    closeRejection: () => setRejecting(null),
    /** The candidate just moved: its card takes the focus in its new lane. */
    moved,
    loading: mutation.loading,
    error: mutation.error,
  };
}

interface RejectProps {
  candidate: MovableCandidate | null;
  send: ReturnType<typeof useCandidateMoves>["send"];
  /** The network or server failure of the last change, if any. */
  error: unknown;
  onClose: () => void;
}

/** « Écarter » asks why: the reason is required, and shown on the card afterwards. */
export function RejectReasonModal({ candidate, send, error, onClose }: RejectProps) {
  const { t } = useTranslation(["supplyChain", "common"]);
  return (
    <Modal
      opened={candidate != null}
      onClose={onClose}
      closeButtonProps={{ "aria-label": t("common:close") }}
      title={candidate ? t("reject.title", { name: candidate.name }) : null}
    >
      {candidate && <RejectForm key={candidate.id} candidate={candidate} send={send} error={error} onClose={onClose} />}
    </Modal>
  );
}

function RejectForm({ candidate, send, error, onClose }: RejectProps & { candidate: MovableCandidate }) {
  const { t } = useTranslation("supplyChain");
  const [problem, setProblem] = useState<SourcingProblem | null>(null);
  const [sending, setSending] = useState(false);
  const form = useForm({
    mode: "controlled",
    initialValues: { reason: "" },
    validateInputOnChange: true,
    validate: { reason: (value) => validateText(t, value, "reason", true) },
  });
  // After a conflict the chain is read again: the supplier may have moved on meanwhile.
  const stillPossible = candidate.nextStatuses.includes("REJECTED");

  const submit = form.onSubmit(
    async ({ reason }) => {
      setProblem(null);
      setSending(true);
      const refusal = await send(candidate, "REJECTED", reason.trim()).finally(() => setSending(false));
      if (refusal === undefined) return; // shown by <QueryErrorAlert> below
      if (refusal === null) {
        onClose();
      } else if (!placeAtField(form, refusal, (field) => field === "reason")) {
        setProblem(sourcingProblem(refusal));
      }
    },
    () => form.getInputNode("reason")?.focus(),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text>{t("reject.explanation")}</Text>
        {problem && <SourcingProblemAlert problem={problem} failedTitle={t("board.failedTitle")} />}
        {!problem && !stillPossible && (
          <SourcingProblemAlert
            problem={{ message: t("reject.noLonger"), conflict: false }}
            failedTitle={t("board.failedTitle")}
          />
        )}
        {error != null && <QueryErrorAlert error={error} />}
        <Textarea
          label={t("reject.reasonLabel")}
          description={t("reject.reasonDescription", { length: form.values.reason.length, max: TEXT_MAX_LENGTH })}
          required
          autosize
          minRows={3}
          maxRows={10}
          data-autofocus
          {...form.getInputProps("reason")}
        />
        <Group justify="flex-end">
          <Button variant="default" type="button" onClick={onClose}>
            {t("reject.cancel")}
          </Button>
          <Button type="submit" color="red" loading={sending} disabled={!stillPossible}>
            {t("reject.confirm")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

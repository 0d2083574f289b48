import { useQuery } from "@apollo/client/react";
import { Alert, Badge, Button, Group, Modal, Select, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { EventErrorFields } from "../../../graphql/errors";
import { formatDateTime } from "../../../lib/dates";
import { useMutationOutcome } from "../../../lib/mutation";
import { eventErrorMessage } from "../eventErrors";

import {
  EventJuryQuery,
  EventJuryBoardQuery,
  InviteJurorMutation,
  LockJuryResultsMutation,
  PublishEventResultsMutation,
  RemoveJurorMutation,
  UnlockJuryResultsMutation,
} from "./eventJuryQueries";
import type { ManagedEvent } from "./managedEvent";
import { ResultsTable } from "./ResultsTable";

/** The jury is followed live: its progress and results are read again every 10 seconds. */
export const JURY_POLL_MS = 10_000;

type Step = "lock" | "unlock" | "publish";

/** « Jury »: invite jurors, follow who has scored, both rankings, then lock, unlock or publish. */
export function JuryTab({ event }: { event: ManagedEvent }) {
  const { t } = useTranslation("events");
  const { data, refetch } = useQuery(EventJuryQuery, {
    variables: { slug: event.slug },
    pollInterval: JURY_POLL_MS,
    fetchPolicy: "cache-and-network",
  });
  const jury = data?.eventBySlug;
  const [problem, setProblem] = useState<string | null>(null);
  const [jurorId, setJurorId] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<Step | null>(null);
  const describe = (error: { code: Parameters<typeof eventErrorMessage>[1]; message: string }) =>
    eventErrorMessage(t, error.code, error.message);
  const refetchAll = {
    refetchQueries: [
      { query: EventJuryBoardQuery, variables: { slug: event.slug } },
      { query: EventJuryQuery, variables: { slug: event.slug } },
    ],
    awaitRefetchQueries: true,
  };
  const [invite, inviting] = useMutationOutcome(InviteJurorMutation, EventErrorFields, describe);
  const [removeJuror] = useMutationOutcome(RemoveJurorMutation, EventErrorFields, describe);
  const [lock, locking] = useMutationOutcome(LockJuryResultsMutation, EventErrorFields, describe);
  const [unlock, unlocking] = useMutationOutcome(UnlockJuryResultsMutation, EventErrorFields, describe);
  const [publish, publishing] = useMutationOutcome(PublishEventResultsMutation, EventErrorFields, describe);
  const locked = Boolean(event.resultsLockedAt);
  const published = Boolean(event.resultsPublishedAt);
  const canManage = event.viewerCanManage;

  async function run(step: Step) {
    setProblem(null);
    const send = step === "lock" ? lock : step === "unlock" ? unlock : publish;
    const outcome = await send({
      variables: { input: { eventId: event.id, expectedVersion: event.version } },
      ...refetchAll,
    });
    setConfirming(null);
    if (outcome.status === "refused") setProblem(outcome.refusal.message);
  }

  async function inviteJuror() {
    if (!jurorId) return;
    setProblem(null);
    const outcome = await invite({ variables: { input: { eventId: event.id, userId: jurorId } }, ...refetchAll });
    if (outcome.status === "done") setJurorId(null);
    else if (outcome.status === "refused") setProblem(outcome.refusal.message);
  }

  async function remove(userId: string) {
    setProblem(null);
    const outcome = await removeJuror({ variables: { input: { eventId: event.id, userId } }, ...refetchAll });
    if (outcome.status === "refused") setProblem(outcome.refusal.message);
  }

  const progress = jury?.juryProgress;
  return (
    <Stack gap="lg">
      {problem && (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      )}
      <section aria-labelledby="jury-members">
        <Title order={2} size="h3" id="jury-members">
          {t("juryTab.members")}
        </Title>
        {progress && progress.jurors.length > 0 ? (
          <Table withTableBorder mt="sm" style={{ fontVariantNumeric: "tabular-nums" }}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("juryTab.juror")}</Table.Th>
                <Table.Th scope="col">{t("juryTab.scored")}</Table.Th>
                <Table.Th scope="col">{t("juryTab.abstained")}</Table.Th>
                <Table.Th scope="col">{t("juryTab.missing")}</Table.Th>
                {canManage && !locked && <Table.Th scope="col">{t("juryTab.actions")}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {progress.jurors.map((juror) => (
                <Table.Tr key={juror.user?.id}>
                  <Table.Th scope="row" fw={500}>
                    {juror.user?.displayName}
                  </Table.Th>
                  <Table.Td>{juror.scored}</Table.Td>
                  <Table.Td>{juror.abstained}</Table.Td>
                  <Table.Td>
                    {juror.missing === 0 ? (
                      <Badge color="green" variant="light">
                        {t("juryTab.done")}
                      </Badge>
                    ) : (
                      juror.missing
                    )}
                  </Table.Td>
                  {canManage && !locked && (
                    <Table.Td>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        color="red"
                        onClick={() => juror.user && void remove(juror.user.id)}
                        aria-label={t("juryTab.remove", { name: juror.user?.displayName ?? "" })}
                      >
                        {t("juryTab.removeShort")}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : (
          <Text mt="sm">{t("juryTab.none")}</Text>
        )}
        {progress && (
          <Text mt="xs" role="status">
            {progress.complete ? t("juryTab.complete") : t("juryTab.polling")}
          </Text>
        )}
        {canManage && !locked && (
          <Group align="flex-end" mt="sm" wrap="wrap">
            <Select
              label={t("juryTab.invite")}
              data={(jury?.jurorCandidates ?? []).map((person) => ({
                value: person.id,
                label: person.organisation ? `${person.displayName} — ${person.organisation.name}` : person.displayName,
              }))}
              value={jurorId}
              onChange={setJurorId}
              searchable
              nothingFoundMessage={t("juryTab.noCandidate")}
              w={{ base: "100%", sm: 360 }}
            />
            <Button onClick={() => void inviteJuror()} loading={inviting.loading} disabled={!jurorId}>
              {t("juryTab.inviteButton")}
            </Button>
          </Group>
        )}
      </section>
      <section aria-labelledby="jury-results">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h3" id="jury-results">
            {t("juryResults.title")}
          </Title>
          <Text size="sm">
            {published
              ? t("juryResults.publishedAt", { date: formatDateTime(event.resultsPublishedAt ?? "") })
              : locked
                ? t("juryResults.lockedAt", { date: formatDateTime(event.resultsLockedAt ?? "") })
                : t("juryResults.open")}
          </Text>
        </Group>
        {jury?.juryResults ? <ResultsTable results={jury.juryResults} /> : <Text>{t("juryResults.noGrid")}</Text>}
        {canManage && (
          <Group mt="md">
            {!locked && <Button onClick={() => setConfirming("lock")}>{t("juryResults.lock")}</Button>}
            {locked && !published && (
              <>
                <Button variant="default" onClick={() => setConfirming("unlock")}>
                  {t("juryResults.unlock")}
                </Button>
                <Button color="green" onClick={() => setConfirming("publish")}>
                  {t("juryResults.publish")}
                </Button>
              </>
            )}
          </Group>
        )}
      </section>
      <Modal
        opened={confirming !== null}
        onClose={() => setConfirming(null)}
        title={confirming ? t(`juryResults.confirm.${confirming}.title`) : ""}
        centered
      >
        <Stack>
          <Text>{confirming ? t(`juryResults.confirm.${confirming}.body`) : ""}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(null)}>
              {t("scoring.cancel")}
            </Button>
            <Button
              onClick={() => confirming && void run(confirming)}
              loading={locking.loading || unlocking.loading || publishing.loading}
            >
              {confirming ? t(`juryResults.confirm.${confirming}.button`) : ""}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <Button variant="subtle" onClick={() => void refetch()} w="fit-content">
        {t("juryTab.refresh")}
      </Button>
    </Stack>
  );
}

import { useQuery } from "@apollo/client/react";
import { Alert, Button, Group, Modal, NumberInput, Select, Stack, Table, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { EventErrorFields } from "../../../graphql/errors";
import limits from "../../../graphql/inputLimits.json";
import { useMutationOutcome } from "../../../lib/mutation";
import { eventErrorMessage } from "../eventErrors";

import {
  AwardPrizeMutation,
  DeletePrizeMutation,
  EventJuryBoardQuery,
  PrizeOrganisationsQuery,
  UpdatePrizeMutation,
} from "./eventJuryQueries";
import type { ManagedEvent } from "./managedEvent";

type Prize = ManagedEvent["prizes"][number];

interface Draft {
  name: string;
  organisationId: string | null;
  nature: string;
  amount: number | null;
  pitchId: string | null;
}

const EMPTY: Draft = { name: "", organisationId: null, nature: "", amount: null, pitchId: null };

/** « Prix »: the prizes partners award, their nature or amount and the winning pitch. */
export function PrizesTab({ event }: { event: ManagedEvent }) {
  const { t } = useTranslation("events");
  const [editing, setEditing] = useState<Prize | "new" | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [remove] = useMutationOutcome(DeletePrizeMutation, EventErrorFields, (error) =>
    eventErrorMessage(t, error.code, error.message),
  );
  const winnerOf = (prize: Prize) =>
    event.pitches.find((pitch) => pitch.id === prize.winner?.id)?.project?.name ?? t("prizes.noWinner");

  async function deletePrize(prize: Prize) {
    setProblem(null);
    const outcome = await remove({
      variables: { input: { id: prize.id, expectedVersion: prize.version } },
      refetchQueries: [{ query: EventJuryBoardQuery, variables: { slug: event.slug } }],
      awaitRefetchQueries: true,
    });
    if (outcome.status === "refused") setProblem(outcome.refusal.message);
  }

  return (
    <Stack gap="md">
      {problem && (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      )}
      {event.prizes.length === 0 ? (
        <Text>{t("prizes.none")}</Text>
      ) : (
        <Table withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("prizes.name")}</Table.Th>
              <Table.Th scope="col">{t("prizes.organisation")}</Table.Th>
              <Table.Th scope="col">{t("prizes.nature")}</Table.Th>
              <Table.Th scope="col">{t("prizes.winner")}</Table.Th>
              {event.viewerCanManage && <Table.Th scope="col">{t("juryTab.actions")}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {event.prizes.map((prize) => (
              <Table.Tr key={prize.id}>
                <Table.Th scope="row" fw={500}>
                  {prize.name}
                </Table.Th>
                <Table.Td>{prize.organisation?.name ?? "—"}</Table.Td>
                <Table.Td>
                  {[
                    prize.nature,
                    prize.amount !== null && prize.amount !== undefined
                      ? t("prizes.amountValue", { amount: prize.amount.toLocaleString("fr-FR") })
                      : "",
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </Table.Td>
                <Table.Td>{winnerOf(prize)}</Table.Td>
                {event.viewerCanManage && (
                  <Table.Td>
                    <Group gap="xs">
                      <Button
                        size="compact-sm"
                        variant="default"
                        onClick={() => setEditing(prize)}
                        aria-label={t("prizes.edit", { name: prize.name })}
                      >
                        {t("prizes.editShort")}
                      </Button>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        color="red"
                        onClick={() => void deletePrize(prize)}
                        aria-label={t("prizes.delete", { name: prize.name })}
                      >
                        {t("prizes.deleteShort")}
                      </Button>
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {event.viewerCanManage && (
        <Button w="fit-content" onClick={() => setEditing("new")}>
          {t("prizes.add")}
        </Button>
      )}
      {editing !== null && (
        <PrizeModal event={event} prize={editing === "new" ? null : editing} onClose={() => setEditing(null)} />
      )}
    </Stack>
  );
}

function PrizeModal({ event, prize, onClose }: { event: ManagedEvent; prize: Prize | null; onClose: () => void }) {
  const { t } = useTranslation("events");
  const [draft, setDraft] = useState<Draft>(
    prize
      ? {
          name: prize.name,
          organisationId: prize.organisation?.id ?? null,
          nature: prize.nature,
          amount: prize.amount ?? null,
          pitchId: prize.winner?.id ?? null,
        }
      : EMPTY,
  );
  const [problem, setProblem] = useState<string | null>(null);
  const { data } = useQuery(PrizeOrganisationsQuery);
  const describe = (error: { code: Parameters<typeof eventErrorMessage>[1]; message: string }) =>
    eventErrorMessage(t, error.code, error.message);
  const [award, awarding] = useMutationOutcome(AwardPrizeMutation, EventErrorFields, describe);
  const [update, updating] = useMutationOutcome(UpdatePrizeMutation, EventErrorFields, describe);
  const refetch = {
    refetchQueries: [{ query: EventJuryBoardQuery, variables: { slug: event.slug } }],
    awaitRefetchQueries: true,
  };

  async function save() {
    setProblem(null);
    const fields = {
      name: draft.name,
      organisationId: draft.organisationId,
      nature: draft.nature,
      amount: draft.amount,
      pitchId: draft.pitchId,
    };
    const outcome = prize
      ? await update({ variables: { input: { id: prize.id, expectedVersion: prize.version, ...fields } }, ...refetch })
      : await award({ variables: { input: { eventId: event.id, ...fields } }, ...refetch });
    if (outcome.status === "done") onClose();
    else if (outcome.status === "refused") setProblem(outcome.refusal.message);
  }

  return (
    <Modal opened onClose={onClose} title={prize ? t("prizes.editTitle") : t("prizes.addTitle")} centered>
      <Stack>
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        <TextInput
          label={t("prizes.name")}
          required
          maxLength={limits.jury.prizeName}
          value={draft.name}
          onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
        />
        <Select
          label={t("prizes.organisation")}
          data={(data?.organisations.edges ?? []).map((edge) => ({ value: edge.node.id, label: edge.node.name }))}
          value={draft.organisationId}
          onChange={(value) => setDraft({ ...draft, organisationId: value })}
          searchable
          clearable
        />
        <TextInput
          label={t("prizes.nature")}
          description={t("prizes.natureHint")}
          maxLength={limits.jury.prizeNature}
          value={draft.nature}
          onChange={(e) => setDraft({ ...draft, nature: e.currentTarget.value })}
        />
        <NumberInput
          label={t("prizes.amount")}
          min={0}
          max={limits.jury.prizeAmount}
          allowDecimal={false}
          thousandSeparator=" "
          value={draft.amount ?? ""}
          onChange={(value) => setDraft({ ...draft, amount: value === "" ? null : Number(value) })}
        />
        <Select
          label={t("prizes.winner")}
          data={event.pitches.map((pitch) => ({ value: pitch.id, label: pitch.project?.name ?? pitch.id }))}
          value={draft.pitchId}
          onChange={(value) => setDraft({ ...draft, pitchId: value })}
          clearable
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("scoring.cancel")}
          </Button>
          <Button onClick={() => void save()} loading={awarding.loading || updating.loading}>
            {t("prizes.save")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

import { Alert, Button, Group, Modal, Select, Stack } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { QueryErrorAlert } from "../../../components/QueryErrorAlert";
import { EventErrorFields } from "../../../graphql/errors";
import { graphql } from "../../../graphql/generated/gql";
import { formatDateTime } from "../../../lib/dates";
import { useMutationOutcome } from "../../../lib/mutation";
import { eventMeetingErrorMessage } from "../eventMeetingErrors";

import type { MeetingRow } from "./MeetingsTab";

export const PlaceMeetingMutation = graphql(`
  mutation PlaceMeeting($input: PlaceMeetingInput!) {
    placeMeeting(input: $input) {
      __typename
      ... on MeetingRequestSuccess {
        request {
          id
          slotStartsAt
          tableNumber
          placedByHand
        }
      }
      ...EventErrorFields
    }
  }
`);

export const UnplaceMeetingMutation = graphql(`
  mutation UnplaceMeeting($input: UnplaceMeetingInput!) {
    unplaceMeeting(input: $input) {
      __typename
      ... on MeetingRequestSuccess {
        request {
          id
          slotStartsAt
          tableNumber
          placedByHand
        }
      }
      ...EventErrorFields
    }
  }
`);

interface Props {
  request: MeetingRow;
  slots: string[];
  tables: number[];
  onClose: () => void;
  onDone: () => Promise<unknown>;
}

/** Placing one accepted meeting by hand (it then stays there when the placement runs again), or taking it off
 * the grid; a clash is refused with the API's sentence (who is busy, when, which table). */
export function PlaceMeetingModal({ request, slots, tables, onClose, onDone }: Props) {
  const { t } = useTranslation("eventMeetings");
  const [slot, setSlot] = useState<string | null>(request.slotStartsAt ?? slots[0] ?? null);
  const [table, setTable] = useState<string | null>(String(request.tableNumber ?? tables[0] ?? 1));
  const [problem, setProblem] = useState<string | null>(null);
  const describe = (e: Parameters<typeof eventMeetingErrorMessage>[1]) => eventMeetingErrorMessage(t, e);
  const [place, placing] = useMutationOutcome(PlaceMeetingMutation, EventErrorFields, describe);
  const [unplace, unplacing] = useMutationOutcome(UnplaceMeetingMutation, EventErrorFields, describe);

  const finish = async (message: string) => {
    notifications.show({ message, color: "green" });
    await onDone();
    onClose();
  };
  const submit = async () => {
    if (!slot || !table) return;
    setProblem(null);
    const outcome = await place({
      variables: { input: { requestId: request.id, slotStartsAt: slot, tableNumber: Number(table) } },
    });
    if (outcome.status === "refused") setProblem(outcome.refusal.message);
    if (outcome.status === "done") await finish(t("meetings.placed"));
  };
  const remove = async () => {
    setProblem(null);
    const outcome = await unplace({ variables: { input: { requestId: request.id } } });
    if (outcome.status === "refused") setProblem(outcome.refusal.message);
    if (outcome.status === "done") await finish(t("meetings.unplaced"));
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t("meetings.placeTitle", { project: request.pitch.projectName, partner: request.partnerName })}
    >
      <Stack gap="md">
        {(placing.error ?? unplacing.error) && <QueryErrorAlert error={placing.error ?? unplacing.error} />}
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        <Select
          label={t("meetings.slotLabel")}
          data={slots.map((value) => ({ value, label: formatDateTime(value) ?? value }))}
          value={slot}
          allowDeselect={false}
          onChange={setSlot}
        />
        <Select
          label={t("meetings.tableLabel")}
          data={tables.map((n) => ({ value: String(n), label: t("meetings.table", { number: n }) }))}
          value={table}
          allowDeselect={false}
          onChange={setTable}
        />
        <Group justify="space-between">
          {request.slotStartsAt ? (
            <Button variant="default" color="red" loading={unplacing.loading} onClick={() => void remove()}>
              {t("meetings.unplace")}
            </Button>
          ) : (
            <span />
          )}
          <Group>
            <Button variant="default" onClick={onClose}>
              {t("meetings.close")}
            </Button>
            <Button loading={placing.loading} onClick={() => void submit()}>
              {t("meetings.placeSubmit")}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}

import { useQuery } from "@apollo/client/react";
import { Alert, Button, Group, List, NumberInput, Stack, Table, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { LoadingState } from "../../../components/LoadingState";
import { QueryErrorAlert } from "../../../components/QueryErrorAlert";
import { EventErrorFields } from "../../../graphql/errors";
import { graphql } from "../../../graphql/generated/gql";
import type { MeetingBoardQuery, ScheduleMeetingsMutation } from "../../../graphql/generated/graphql";
import limits from "../../../graphql/inputLimits.json";
import { formatDateTime } from "../../../lib/dates";
import { useMutationOutcome } from "../../../lib/mutation";
import { eventMeetingErrorMessage } from "../eventMeetingErrors";

import type { EventTabProps } from "./eventTabs";
import { PlaceMeetingModal } from "./PlaceMeetingModal";
import { RecordMeetingRequestForm } from "./RecordMeetingRequestForm";

export const MeetingBoardQueryDocument = graphql(`
  query MeetingBoard($slug: String!) {
    eventBySlug(slug: $slug) {
      id
      version
      meetingTables
      meetingProjects {
        id
        projectName
      }
      meetingPartners {
        id
        name
      }
      meetingSlots {
        startsAt
        endsAt
      }
      meetingRequests(first: 100) {
        totalCount
        edges {
          node {
            id
            version
            status
            message
            askedByPartner
            partnerName
            pitch {
              id
              projectName
            }
            slotStartsAt
            tableNumber
            placedByHand
            viewerCanAnswer
            viewerCanWithdraw
          }
        }
      }
    }
  }
`);

export const AnswerMeetingRequestMutation = graphql(`
  mutation AnswerMeetingRequest($input: AnswerMeetingRequestInput!) {
    answerMeetingRequest(input: $input) {
      __typename
      ... on MeetingRequestSuccess {
        request {
          id
          status
          version
        }
      }
      ...EventErrorFields
    }
  }
`);

export const ScheduleMeetingsMutationDocument = graphql(`
  mutation ScheduleMeetings($input: ScheduleMeetingsInput!) {
    scheduleMeetings(input: $input) {
      __typename
      ... on ScheduleMeetingsSuccess {
        placedCount
        unplaced {
          reason
          message
          request {
            id
            partnerName
            pitch {
              id
              projectName
            }
          }
        }
      }
      ...EventErrorFields
    }
  }
`);

export const SetMeetingTablesMutation = graphql(`
  mutation SetMeetingTables($input: SetMeetingTablesInput!) {
    setMeetingTables(input: $input) {
      __typename
      ... on MeetingTablesSuccess {
        event {
          id
          meetingTables
        }
      }
      ...EventErrorFields
    }
  }
`);

export const SendMeetingAgendasMutation = graphql(`
  mutation SendMeetingAgendas($input: SendMeetingAgendasInput!) {
    sendMeetingAgendas(input: $input) {
      __typename
      ... on SendMeetingAgendasSuccess {
        recipientCount
      }
      ...EventErrorFields
    }
  }
`);

type Board = NonNullable<MeetingBoardQuery["eventBySlug"]>;
export type MeetingRow = Board["meetingRequests"]["edges"][number]["node"];
type Unplaced = Extract<
  ScheduleMeetingsMutation["scheduleMeetings"],
  { __typename: "ScheduleMeetingsSuccess" }
>["unplaced"];

/** « Rendez-vous »: the requests (answer them), the automatic placement and what it left out, the grid of
 * slots × tables (place by hand), and the agendas sent to every participant. */
export function MeetingsTab({ eventId, slug }: EventTabProps) {
  const { t } = useTranslation("eventMeetings");
  const { data, loading, error, refetch } = useQuery(MeetingBoardQueryDocument, { variables: { slug } });
  const describe = (e: Parameters<typeof eventMeetingErrorMessage>[1]) => eventMeetingErrorMessage(t, e);
  const [answer] = useMutationOutcome(AnswerMeetingRequestMutation, EventErrorFields, describe);
  const [schedule, scheduling] = useMutationOutcome(ScheduleMeetingsMutationDocument, EventErrorFields, describe);
  const [setTables, savingTables] = useMutationOutcome(SetMeetingTablesMutation, EventErrorFields, describe);
  const [send, sending] = useMutationOutcome(SendMeetingAgendasMutation, EventErrorFields, describe);
  const [problem, setProblem] = useState<string | null>(null);
  const [unplaced, setUnplaced] = useState<Unplaced | null>(null);
  const [placing, setPlacing] = useState<MeetingRow | null>(null);
  const [tables, setTablesValue] = useState<number | null>(null);
  const board = data?.eventBySlug;

  if (error) return <QueryErrorAlert error={error} onRetry={() => void refetch()} />;
  if (loading && !board) return <LoadingState />;
  if (!board) return null;
  const requests = board.meetingRequests.edges.map((edge) => edge.node);
  const tableCount = tables ?? board.meetingTables;

  const refused = (message: string) => setProblem(message);
  const onAnswer = async (request: MeetingRow, accept: boolean) => {
    setProblem(null);
    const outcome = await answer({
      variables: { input: { requestId: request.id, accept, expectedVersion: request.version } },
    });
    if (outcome.status === "refused") refused(outcome.refusal.message);
    if (outcome.status === "done") notifications.show({ message: t("meetings.answered"), color: "green" });
  };
  const onSchedule = async () => {
    setProblem(null);
    const outcome = await schedule({ variables: { input: { eventId } } });
    if (outcome.status === "refused") refused(outcome.refusal.message);
    if (outcome.status !== "done") return;
    setUnplaced(outcome.result.unplaced);
    notifications.show({ message: t("meetings.scheduled", { count: outcome.result.placedCount }), color: "green" });
    await refetch();
  };
  const onTables = async () => {
    setProblem(null);
    const outcome = await setTables({ variables: { input: { eventId, tables: tableCount, expectedVersion: null } } });
    if (outcome.status === "refused") refused(outcome.refusal.message);
    if (outcome.status === "done") notifications.show({ message: t("meetings.tablesSaved"), color: "green" });
  };
  const onSend = async () => {
    setProblem(null);
    const outcome = await send({ variables: { input: { eventId } } });
    if (outcome.status === "refused") refused(outcome.refusal.message);
    if (outcome.status === "done")
      notifications.show({ message: t("meetings.sent", { count: outcome.result.recipientCount }), color: "green" });
  };

  const placedAt = new Map(
    requests.filter((r) => r.slotStartsAt).map((r) => [`${r.slotStartsAt}|${r.tableNumber}`, r]),
  );
  const tableNumbers = Array.from({ length: board.meetingTables }, (_, i) => i + 1);

  return (
    <Stack gap="lg">
      <Text>{t("meetings.intro")}</Text>
      {(scheduling.error ?? savingTables.error ?? sending.error) && (
        <QueryErrorAlert error={scheduling.error ?? savingTables.error ?? sending.error} />
      )}
      {problem && (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      )}
      <Group align="flex-end">
        <NumberInput
          label={t("meetings.tables")}
          min={0}
          max={limits.meeting.tables}
          value={tableCount}
          onChange={(value) => setTablesValue(typeof value === "number" ? value : null)}
          w={160}
        />
        <Button variant="light" loading={savingTables.loading} onClick={() => void onTables()}>
          {t("meetings.saveTables")}
        </Button>
        <Button loading={scheduling.loading} onClick={() => void onSchedule()}>
          {t("meetings.schedule")}
        </Button>
        <Button variant="outline" loading={sending.loading} onClick={() => void onSend()}>
          {t("meetings.sendAgendas")}
        </Button>
      </Group>
      {board.meetingSlots.length === 0 && <Alert color="orange">{t("meetings.noSlot")}</Alert>}
      {unplaced && unplaced.length > 0 && (
        <Alert color="orange" title={t("meetings.unplacedTitle", { count: unplaced.length })}>
          <List>
            {unplaced.map((item) => (
              <List.Item key={item.request.id}>
                {t("meetings.unplacedItem", {
                  project: item.request.pitch.projectName,
                  partner: item.request.partnerName,
                  reason: t(`reasons.${item.reason}`),
                  message: item.message,
                })}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      <RecordMeetingRequestForm
        eventId={eventId}
        projects={board.meetingProjects.map((p) => ({ id: p.id, name: p.projectName }))}
        partners={board.meetingPartners}
        onDone={() => refetch()}
      />
      <Title order={2} size="h3">
        {t("meetings.requests")}
      </Title>
      {requests.length === 0 ? (
        <Text c="dimmed">{t("meetings.noRequest")}</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped>
            <Table.Caption>{t("meetings.requestsCaption", { count: board.meetingRequests.totalCount })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("meetings.project")}</Table.Th>
                <Table.Th scope="col">{t("meetings.partner")}</Table.Th>
                <Table.Th scope="col">{t("meetings.askedBy")}</Table.Th>
                <Table.Th scope="col">{t("meetings.message")}</Table.Th>
                <Table.Th scope="col">{t("meetings.status")}</Table.Th>
                <Table.Th scope="col">{t("meetings.where")}</Table.Th>
                <Table.Th scope="col">{t("meetings.actions")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {requests.map((request) => (
                <Table.Tr key={request.id}>
                  <Table.Td>{request.pitch.projectName}</Table.Td>
                  <Table.Td>{request.partnerName}</Table.Td>
                  <Table.Td>{request.askedByPartner ? t("meetings.byPartner") : t("meetings.byProject")}</Table.Td>
                  <Table.Td>{request.message}</Table.Td>
                  <Table.Td>{t(`statuses.${request.status}`)}</Table.Td>
                  <Table.Td>
                    {request.slotStartsAt
                      ? t("meetings.placedAt", {
                          when: formatDateTime(request.slotStartsAt),
                          table: request.tableNumber,
                        }) + (request.placedByHand ? ` (${t("meetings.byHand")})` : "")
                      : t("meetings.notPlaced")}
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      {request.viewerCanAnswer && (
                        <>
                          <Button size="xs" onClick={() => void onAnswer(request, true)}>
                            {t("meetings.accept")}
                          </Button>
                          <Button size="xs" variant="default" onClick={() => void onAnswer(request, false)}>
                            {t("meetings.decline")}
                          </Button>
                        </>
                      )}
                      {request.status === "ACCEPTED" && board.meetingSlots.length > 0 && (
                        <Button size="xs" variant="light" onClick={() => setPlacing(request)}>
                          {t("meetings.place")}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {board.meetingSlots.length > 0 && tableNumbers.length > 0 && (
        <>
          <Title order={2} size="h3">
            {t("meetings.grid")}
          </Title>
          <Table.ScrollContainer minWidth={200 + 160 * tableNumbers.length}>
            <Table withTableBorder withColumnBorders>
              <Table.Caption>{t("meetings.gridCaption")}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("meetings.slot")}</Table.Th>
                  {tableNumbers.map((n) => (
                    <Table.Th scope="col" key={n}>
                      {t("meetings.table", { number: n })}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {board.meetingSlots.map((slot) => (
                  <Table.Tr key={slot.startsAt}>
                    <Table.Th scope="row">{formatDateTime(slot.startsAt)}</Table.Th>
                    {tableNumbers.map((n) => {
                      const meeting = [...placedAt.values()].find(
                        (r) => r.tableNumber === n && sameInstant(r.slotStartsAt, slot.startsAt),
                      );
                      return (
                        <Table.Td key={n}>
                          {meeting ? (
                            <Button size="compact-sm" variant="subtle" onClick={() => setPlacing(meeting)}>
                              {meeting.pitch.projectName} — {meeting.partnerName}
                            </Button>
                          ) : (
                            <Text size="sm" c="dimmed">
                              {t("meetings.free")}
                            </Text>
                          )}
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
      {placing && (
        <PlaceMeetingModal
          request={placing}
          slots={board.meetingSlots.map((slot) => slot.startsAt)}
          tables={tableNumbers}
          onClose={() => setPlacing(null)}
          onDone={() => refetch()}
        />
      )}
    </Stack>
  );
}

function sameInstant(a: string | null | undefined, b: string): boolean {
  return a ? new Date(a).getTime() === new Date(b).getTime() : false;
}

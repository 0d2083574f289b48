import { useQuery } from "@apollo/client/react";
import { Alert, Badge, Button, Card, Group, List, Select, Stack, Text, Textarea, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";

import { LoadingState } from "../../../components/LoadingState";
import { QueryErrorAlert } from "../../../components/QueryErrorAlert";
import { EventErrorFields } from "../../../graphql/errors";
import { graphql } from "../../../graphql/generated/gql";
import limits from "../../../graphql/inputLimits.json";
import { formatDateTime } from "../../../lib/dates";
import { useDocumentTitle } from "../../../lib/documentTitle";
import { useMutationOutcome } from "../../../lib/mutation";
import { eventMeetingErrorMessage } from "../eventMeetingErrors";

export const MyMeetingsEventQuery = graphql(`
  query MyMeetingsEvent($slug: String!) {
    eventBySlug(slug: $slug) {
      id
      name
      meetingProjects {
        id
        projectName
      }
    }
  }
`);

export const MyMeetingsQuery = graphql(`
  query MyMeetings($eventId: ID!) {
    myMeetings(eventId: $eventId) {
      id
      version
      status
      message
      askedByPartner
      pitch {
        id
        projectName
      }
      slotStartsAt
      tableNumber
      viewerCanAnswer
      viewerCanWithdraw
    }
    myMeetingAgendaIcs(eventId: $eventId)
  }
`);

export const RequestMeetingMutation = graphql(`
  mutation RequestMeeting($input: RequestMeetingInput!) {
    requestMeeting(input: $input) {
      __typename
      ... on MeetingRequestSuccess {
        request {
          id
        }
      }
      ...EventErrorFields
    }
  }
`);

export const MyAnswerMeetingRequestMutation = graphql(`
  mutation MyAnswerMeetingRequest($input: AnswerMeetingRequestInput!) {
    answerMeetingRequest(input: $input) {
      __typename
      ... on MeetingRequestSuccess {
        request {
          id
          status
        }
      }
      ...EventErrorFields
    }
  }
`);

export const WithdrawMeetingRequestMutation = graphql(`
  mutation WithdrawMeetingRequest($input: WithdrawMeetingRequestInput!) {
    withdrawMeetingRequest(input: $input) {
      __typename
      ... on MeetingRequestSuccess {
        request {
          id
          status
        }
      }
      ...EventErrorFields
    }
  }
`);

/** The API's own limit (`graphql/inputLimits.json`). */
const MESSAGE_MAX_LENGTH = limits.meeting.message;

/** A partner's B2B meetings at an event (« /evenements/<slug>/rendez-vous »): ask a project for a meeting,
 * follow and answer one's requests, read one's agenda and download it as a calendar. */
export function MyMeetingsPage() {
  const { t } = useTranslation("eventMeetings");
  const { slug = "" } = useParams();
  const eventQuery = useQuery(MyMeetingsEventQuery, { variables: { slug } });
  const event = eventQuery.data?.eventBySlug;
  const eventId = event?.id ?? "";
  const mine = useQuery(MyMeetingsQuery, { variables: { eventId }, skip: !event });
  useDocumentTitle(event ? t("mine.title", { name: event.name }) : null);
  const [pitchId, setPitchId] = useState<string | null>(null);
  const [message, setMessage] = useState("");
  const [missing, setMissing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const describe = (e: Parameters<typeof eventMeetingErrorMessage>[1]) => eventMeetingErrorMessage(t, e);
  const [request, requesting] = useMutationOutcome(RequestMeetingMutation, EventErrorFields, describe);
  const [answer] = useMutationOutcome(MyAnswerMeetingRequestMutation, EventErrorFields, describe);
  const [withdraw] = useMutationOutcome(WithdrawMeetingRequestMutation, EventErrorFields, describe);

  if (eventQuery.error) return <QueryErrorAlert error={eventQuery.error} onRetry={() => void eventQuery.refetch()} />;
  if (eventQuery.loading && !event) return <LoadingState />;
  if (!event) return <Alert color="orange">{t("manage.notFound")}</Alert>;
  const meetings = mine.data?.myMeetings ?? [];
  const placed = meetings.filter((m) => m.slotStartsAt);
  const ics = mine.data?.myMeetingAgendaIcs;

  const ask = async () => {
    setProblem(null);
    setMissing(!pitchId);
    if (!pitchId) return;
    const outcome = await request({ variables: { input: { eventId, pitchId, message } } });
    if (outcome.status === "refused") setProblem(outcome.refusal.message);
    if (outcome.status !== "done") return;
    notifications.show({ message: t("mine.sent"), color: "green" });
    setPitchId(null);
    setMessage("");
    await mine.refetch();
  };
  const act = async (run: () => Promise<{ status: string; refusal?: { message: string } }>) => {
    setProblem(null);
    const outcome = await run();
    if (outcome.status === "refused" && outcome.refusal) setProblem(outcome.refusal.message);
    if (outcome.status === "done") await mine.refetch();
  };
  const download = () => {
    if (!ics) return;
    const url = URL.createObjectURL(new Blob([ics], { type: "text/calendar" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = "rendez-vous.ics";
    link.click();
    URL.revokeObjectURL(url);
  };

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t("mine.title", { name: event.name })}</Title>
        <Text mt="xs">{t("mine.intro")}</Text>
      </div>
      {(mine.error ?? requesting.error) && <QueryErrorAlert error={mine.error ?? requesting.error} />}
      {problem && (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      )}
      <Card withBorder component="section" aria-labelledby="ask-title">
        <Stack gap="sm">
          <Title order={2} size="h3" id="ask-title">
            {t("mine.ask")}
          </Title>
          <Select
            label={t("mine.project")}
            data={event.meetingProjects.map((p) => ({ value: p.id, label: p.projectName }))}
            value={pitchId}
            onChange={setPitchId}
            error={missing ? t("mine.projectRequired") : undefined}
            searchable
          />
          <Textarea
            label={t("mine.message")}
            value={message}
            maxLength={MESSAGE_MAX_LENGTH}
            onChange={(e) => setMessage(e.currentTarget.value)}
            autosize
            minRows={2}
          />
          <Group>
            <Button loading={requesting.loading} onClick={() => void ask()}>
              {t("mine.send")}
            </Button>
          </Group>
        </Stack>
      </Card>
      <section aria-labelledby="agenda-title">
        <Group justify="space-between">
          <Title order={2} size="h3" id="agenda-title">
            {t("mine.agenda")}
          </Title>
          {ics && (
            <Button variant="light" onClick={download}>
              {t("mine.downloadIcs")}
            </Button>
          )}
        </Group>
        {placed.length === 0 ? (
          <Text c="dimmed">{t("mine.noAgenda")}</Text>
        ) : (
          <List mt="xs">
            {placed.map((m) => (
              <List.Item key={m.id}>
                {t("mine.withProject", {
                  when: m.slotStartsAt ? formatDateTime(m.slotStartsAt) : "",
                  table: m.tableNumber,
                  project: m.pitch.projectName,
                })}
              </List.Item>
            ))}
          </List>
        )}
      </section>
      <section aria-labelledby="requests-title">
        <Title order={2} size="h3" id="requests-title">
          {t("mine.requests")}
        </Title>
        {meetings.length === 0 ? (
          <Text c="dimmed">{t("mine.none")}</Text>
        ) : (
          <Stack gap="xs" mt="xs">
            {meetings.map((m) => (
              <Card key={m.id} withBorder padding="sm">
                <Group justify="space-between" wrap="wrap">
                  <Stack gap={2}>
                    <Group gap="xs">
                      <Text fw={600}>{m.pitch.projectName}</Text>
                      <Badge variant="light">{t(`statuses.${m.status}`)}</Badge>
                    </Group>
                    {m.message && <Text size="sm">{m.message}</Text>}
                  </Stack>
                  <Group gap="xs">
                    {m.viewerCanAnswer && (
                      <>
                        <Button
                          size="xs"
                          onClick={() =>
                            void act(() => answer({ variables: { input: { requestId: m.id, accept: true } } }))
                          }
                        >
                          {t("meetings.accept")}
                        </Button>
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() =>
                            void act(() => answer({ variables: { input: { requestId: m.id, accept: false } } }))
                          }
                        >
                          {t("meetings.decline")}
                        </Button>
                      </>
                    )}
                    {m.viewerCanWithdraw && (
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        onClick={() => void act(() => withdraw({ variables: { input: { requestId: m.id } } }))}
                      >
                        {t("meetings.withdraw")}
                      </Button>
                    )}
                  </Group>
                </Group>
              </Card>
            ))}
          </Stack>
        )}
      </section>
    </Stack>
  );
}

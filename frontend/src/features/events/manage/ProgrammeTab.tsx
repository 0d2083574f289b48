import { useQuery } from "@apollo/client/react";
import { Alert, Button, Group, Modal, Stack, Table, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { CaptionedTable } from "../../../components/CaptionedTable";
import { LoadingState } from "../../../components/LoadingState";
import { QueryErrorAlert } from "../../../components/QueryErrorAlert";
import { EventErrorFields } from "../../../graphql/errors";
import { graphql } from "../../../graphql/generated/gql";
import { formatWeekdayDate, parseIsoDate } from "../../../lib/dates";
import { useMutationOutcome } from "../../../lib/mutation";
import { describeEventError } from "../eventErrors";

import { EventSettingsForm } from "./EventSettingsForm";
import { type EditedSession, SessionModal } from "./SessionModal";

export const EventProgrammeQuery = graphql(`
  query EventProgramme($slug: String!) {
    eventBySlug(slug: $slug) {
      id
      startsOn
      endsOn
      meetupThemes {
        key
        name
      }
      sessions {
        id
        version
        kind
        title
        description
        theme {
          key
          name
        }
        day
        endDay
        startTime
        endTime
        room
        capacity
        openToPublic
        speakers {
          name
          title
          organisation
        }
      }
      ...EventSettingsForm_event
    }
  }
`);

export const DeleteEventSessionMutation = graphql(`
  mutation DeleteEventSession($input: DeleteEventSessionInput!) {
    deleteEventSession(input: $input) {
      __typename
      ... on EventSuccess {
        event {
          id
        }
      }
      ...EventErrorFields
    }
  }
`);

/** The event's days, first to last (ISO dates). */
export function eventDays(startsOn: string | null, endsOn: string | null): string[] {
  const start = startsOn ? parseIsoDate(startsOn) : null;
  const end = endsOn ? parseIsoDate(endsOn) : start;
  if (!start || !end) return [];
  const days: string[] = [];
  for (const day = new Date(start); day <= end && days.length < 14; day.setDate(day.getDate() + 1)) {
    const pad = (value: number) => String(value).padStart(2, "0");
    days.push(`${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`);
  }
  return days;
}

/** « Programme »: the sessions by day and time, added, changed and deleted by the organisers; then the event's
 * own settings. */
export function ProgrammeTab({ slug }: { eventId: string; slug: string }) {
  const { t } = useTranslation(["events", "common"]);
  const { data, loading, error, refetch } = useQuery(EventProgrammeQuery, { variables: { slug } });
  const [editing, setEditing] = useState<EditedSession | "new" | null>(null);
  const [deleting, setDeleting] = useState<EditedSession | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [remove, removing] = useMutationOutcome(DeleteEventSessionMutation, EventErrorFields, describeEventError(t));
  const event = data?.eventBySlug;

  if (loading && !data) return <LoadingState />;
  if (error && !data) return <QueryErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!event) return null;
  const days = eventDays(event.startsOn ?? null, event.endsOn ?? null);

  const confirmDelete = async () => {
    if (!deleting) return;
    setProblem(null);
    const outcome = await remove({ variables: { input: { id: deleting.id, expectedVersion: deleting.version } } });
    setDeleting(null);
    if (outcome.status === "refused") setProblem(outcome.refusal.message);
    if (outcome.status !== "done") return;
    await refetch();
    notifications.show({
      message: t("programme.deleted"),
      color: "teal",
      closeButtonProps: { "aria-label": t("common:close") },
    });
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" wrap="wrap">
        <Title order={2}>{t("tabs.programme")}</Title>
        <Button onClick={() => setEditing("new")} disabled={days.length === 0}>
          {t("programme.add")}
        </Button>
      </Group>
      {problem && (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      )}
      {removing.error && <QueryErrorAlert error={removing.error} />}
      {event.sessions.length === 0 ? (
        <Text>{t("programme.empty")}</Text>
      ) : (
        <CaptionedTable
          caption={t("programme.caption")}
          minWidth={720}
          columns={
            <>
              <Table.Th scope="col">{t("programme.title")}</Table.Th>
              <Table.Th scope="col">{t("programme.when")}</Table.Th>
              <Table.Th scope="col">{t("programme.room")}</Table.Th>
              <Table.Th scope="col">{t("programme.capacity")}</Table.Th>
              <Table.Th scope="col">{t("programme.public")}</Table.Th>
              <Table.Th scope="col">{t("programme.actions")}</Table.Th>
            </>
          }
        >
          {event.sessions.map((session) => (
            <Table.Tr key={session.id}>
              <Table.Th scope="row" fw={600}>
                {session.title}
                <Text size="xs" c="dimmed">
                  {t(`kind.${session.kind}`)}
                  {session.theme ? ` — ${session.theme.name}` : ""}
                </Text>
              </Table.Th>
              <Table.Td>
                {formatWeekdayDate(session.day)}, {t("public.time", { start: session.startTime, end: session.endTime })}
              </Table.Td>
              <Table.Td>{session.room}</Table.Td>
              <Table.Td>{session.capacity ?? t("programme.unlimited")}</Table.Td>
              <Table.Td>{session.openToPublic ? t("programme.yes") : t("programme.no")}</Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Button
                    size="xs"
                    variant="default"
                    aria-label={t("programme.editLabel", { title: session.title })}
                    onClick={() => setEditing(session)}
                  >
                    {t("programme.edit")}
                  </Button>
                  <Button
                    size="xs"
                    variant="default"
                    color="red"
                    aria-label={t("programme.deleteLabel", { title: session.title })}
                    onClick={() => setDeleting(session)}
                  >
                    {t("programme.delete")}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </CaptionedTable>
      )}
      <EventSettingsForm event={event} onSaved={refetch} />
      {editing && (
        <SessionModal
          eventId={event.id}
          days={days}
          themes={event.meetupThemes}
          session={editing === "new" ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={async () => {
            await refetch();
            notifications.show({
              message: t("programme.saved"),
              color: "teal",
              closeButtonProps: { "aria-label": t("common:close") },
            });
          }}
        />
      )}
      <Modal
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title={t("programme.deleteTitle")}
        closeButtonProps={{ "aria-label": t("common:close") }}
      >
        <Stack gap="md">
          <Text>{t("programme.deleteText", { title: deleting?.title ?? "" })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDeleting(null)} data-autofocus>
              {t("programme.cancel")}
            </Button>
            <Button color="red" loading={removing.loading} onClick={() => void confirmDelete()}>
              {t("programme.deleteConfirm")}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

import { useQuery } from "@apollo/client/react";
import {
  Alert,
  Badge,
  Box,
  Button,
  Group,
  Loader,
  Paper,
  Progress,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { QueryErrorAlert } from "../../../components/QueryErrorAlert";
import { graphql } from "../../../graphql/generated/gql";
import { useAuth } from "../../../lib/auth/AuthContext";
import { downloadWithToken } from "../../../lib/download";
import { pageCount, useCursorStack } from "../../../lib/pagination";

import type { EventTabProps } from "./eventTabs";

export const EventRegistrationsQuery = graphql(`
  query EventRegistrations($id: ID!, $first: Int!, $after: String, $search: String) {
    node(id: $id) {
      __typename
      ... on Event {
        id
        sessionFillRates {
          session {
            id
            title
          }
          capacity
          confirmed
          waiting
        }
        registrations(first: $first, after: $after, search: $search) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              id
              name
              email
              company
              function
              status
              walkIn
              checkedInAt
              sessions {
                session {
                  id
                  title
                }
                status
                waitingPosition
              }
            }
          }
        }
      }
    }
  }
`);

const PAGE_SIZE = 25;
type Format = "csv" | "xlsx";

/** « Inscriptions »: each public session's fill rate, the registrations (search, pages) and the badge exports. */
export function RegistrationsTab({ eventId, slug }: EventTabProps) {
  const { t } = useTranslation("events");
  const { session } = useAuth();
  const [text, setText] = useState("");
  const [search] = useDebouncedValue(text.trim(), 250);
  const cursors = useCursorStack(search);
  const {
    data: fresh,
    previousData,
    loading,
    error,
    refetch,
  } = useQuery(EventRegistrationsQuery, {
    variables: { id: eventId, first: PAGE_SIZE, after: cursors.after, search: search || null },
  });
  const [busy, setBusy] = useState<Format | null>(null);
  const [failed, setFailed] = useState(false);
  // The previous answer stays while the next search loads: the list does not flash.
  const data = fresh ?? previousData;
  const node = data?.node?.__typename === "Event" ? data.node : null;

  const download = async (format: Format) => {
    setBusy(format);
    setFailed(false);
    try {
      await downloadWithToken(
        `/evenements/exports/${encodeURIComponent(eventId)}/registrations.${format}`,
        () => session.accessToken(),
        `${t("manage.registrations.fileName", { slug: slug })}.${format}`,
      );
    } catch {
      setFailed(true);
    } finally {
      setBusy(null);
    }
  };

  if (error) return <QueryErrorAlert error={error} onRetry={() => void refetch()} />;
  if (loading && !node) return <Loader role="status" aria-label={t("manage.loading")} />;
  if (!node?.registrations || !node.sessionFillRates) return <Alert color="gray">{t("manage.notOrganiser")}</Alert>;
  const { registrations, sessionFillRates } = node;

  return (
    <Stack gap="lg">
      <section aria-labelledby="remplissage">
        <Title order={2} size="h3" id="remplissage" mb="sm">
          {t("manage.registrations.fillRates")}
        </Title>
        <Stack gap="sm">
          {sessionFillRates.map((rate) => {
            const percent = rate.capacity ? Math.min(100, Math.round((rate.confirmed / rate.capacity) * 100)) : 0;
            return (
              <Paper key={rate.session.id} withBorder p="sm">
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <Text fw={500}>{rate.session.title}</Text>
                  <Text size="sm">
                    {rate.capacity
                      ? t("manage.registrations.taken", { confirmed: rate.confirmed, capacity: rate.capacity })
                      : t("manage.registrations.unlimited", { count: rate.confirmed })}
                    {rate.waiting > 0 && ` — ${t("manage.registrations.waiting", { count: rate.waiting })}`}
                  </Text>
                </Group>
                {rate.capacity !== null && (
                  <Progress
                    value={percent}
                    mt="xs"
                    color={percent >= 100 ? "orange" : "teal"}
                    aria-label={t("manage.registrations.fillLabel", { title: rate.session.title, percent })}
                  />
                )}
              </Paper>
            );
          })}
        </Stack>
      </section>

      <section aria-labelledby="inscrits">
        <Group justify="space-between" wrap="wrap" mb="sm">
          <Title order={2} size="h3" id="inscrits">
            {t("manage.registrations.heading", { count: registrations.totalCount })}
          </Title>
          <Group gap="xs">
            <Button variant="default" onClick={() => void download("csv")} loading={busy === "csv"}>
              {t("manage.registrations.exportCsv")}
            </Button>
            <Button variant="default" onClick={() => void download("xlsx")} loading={busy === "xlsx"}>
              {t("manage.registrations.exportXlsx")}
            </Button>
          </Group>
        </Group>
        {failed && (
          <Alert color="red" role="alert" mb="sm">
            {t("manage.registrations.exportFailed")}
          </Alert>
        )}
        <TextInput
          label={t("manage.registrations.search")}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          mb="sm"
          maw={400}
        />
        <Box
          role="region"
          aria-label={t("manage.registrations.tableLabel")}
          // Scrolled sideways from the keyboard too, on a phone.
          tabIndex={0}
          style={{ overflowX: "auto" }}
        >
          <Table striped miw={640}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("manage.registrations.columns.name")}</Table.Th>
                <Table.Th>{t("manage.registrations.columns.company")}</Table.Th>
                <Table.Th>{t("manage.registrations.columns.sessions")}</Table.Th>
                <Table.Th>{t("manage.registrations.columns.status")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {registrations.edges.map(({ node: person }) => (
                <Table.Tr key={person.id}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {person.name}
                    </Text>
                    {person.email && (
                      <Text size="xs" c="dimmed">
                        {person.email}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{person.company}</Text>
                    {person.function && (
                      <Text size="xs" c="dimmed">
                        {person.function}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {person.sessions
                        .map((seat) =>
                          seat.status === "WAITING"
                            ? t("manage.registrations.waitingFor", {
                                title: seat.session.title,
                                position: seat.waitingPosition ?? "?",
                              })
                            : seat.session.title,
                        )
                        .join(", ") || "—"}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {person.status === "CANCELLED" ? (
                        <Badge color="gray">{t("manage.status.cancelled")}</Badge>
                      ) : person.checkedInAt ? (
                        <Badge color="teal">{t("manage.status.present")}</Badge>
                      ) : (
                        <Badge variant="light">{t("manage.status.registered")}</Badge>
                      )}
                      {person.walkIn && <Badge variant="outline">{t("manage.status.walkIn")}</Badge>}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Box>
        <Group justify="space-between" mt="sm">
          <Text size="sm">
            {t("manage.registrations.page", {
              page: cursors.page,
              pages: pageCount(registrations.totalCount, PAGE_SIZE),
            })}
          </Text>
          <Group gap="xs">
            <Button variant="default" disabled={cursors.page === 1} onClick={cursors.previous}>
              {t("manage.registrations.previous")}
            </Button>
            <Button
              variant="default"
              disabled={!registrations.pageInfo.hasNextPage}
              onClick={() => registrations.pageInfo.endCursor && cursors.next(registrations.pageInfo.endCursor)}
            >
              {t("manage.registrations.next")}
            </Button>
          </Group>
        </Group>
      </section>
    </Stack>
  );
}

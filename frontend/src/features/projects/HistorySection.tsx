import { useQuery } from "@apollo/client/react";
import { Alert, Box, Button, Group, Stack, Text, Title } from "@mantine/core";
import type { TFunction } from "i18next";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { LoadingState } from "../../components/LoadingState";
import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { graphql } from "../../graphql/generated/gql";
import { useAuditTrail } from "../../lib/auditTrail";
import { can } from "../../lib/capabilities";
import { LOCALE, TIME_ZONE } from "../../lib/dates";
import { useViewer } from "../../lib/viewer";

export const HISTORY_PAGE_SIZE = 20;

export const ProjectHistoryQuery = graphql(`
  query ProjectHistory($id: ID!, $first: Int!, $after: String) {
    auditEvents(first: $first, after: $after, filter: { entity: $id }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      unavailableRegions {
        slug
        name
      }
      edges {
        node {
          id
          occurredAt
          actorName
          actorRole
          action
          entityType
          before
          after
        }
      }
    }
  }
`);

const monthName = new Intl.DateTimeFormat(LOCALE, { month: "long" });

/** « 23 novembre 2026 à 10 h 05 », « 1er mars 2027 à 9 h 00 », France's time unless a time zone is
 * given. French typography writes hours « 10 h 05 » (not « 10:05 ») in running text. */
export function formatHistoryTime(value: string, t: TFunction<"projects">, timeZone: string = TIME_ZONE): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const parts = new Intl.DateTimeFormat(LOCALE, {
    timeZone,
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  const day = Number(part("day"));
  const month = monthName.format(new Date(2000, Number(part("month")) - 1, 15));
  return t("history.time", {
    date: `${day === 1 ? "1er" : day} ${month} ${part("year")}`,
    hours: String(Number(part("hour"))),
    minutes: part("minute"),
  });
}

/** Leaving the programme is explained; the other steps may carry a comment (backend workflow). */
const REASON_STATUSES = new Set(["rejected", "abandoned"]);

/** « Historique »: the project's audit trail told in French, newest first. Read only by those the API
 * lets read the trail of the project's region (its head, CCI France); the others are told why, and the
 * trail is not asked for. */
export function HistorySection({ projectId, region }: { projectId: string; region: string }) {
  const { t } = useTranslation("projects");
  const trail = useAuditTrail();
  const viewer = useViewer();
  const reserved = !can(viewer, "VIEW_AUDIT", { region });
  const list = useQuery(ProjectHistoryQuery, {
    skip: reserved,
    variables: { id: projectId, first: HISTORY_PAGE_SIZE },
    // An unreachable region is reported in `unavailableRegions`, alongside the errors: keep the data.
    errorPolicy: "all",
  });
  const [loadingMore, setLoadingMore] = useState(false);

  const data = list.data ?? list.previousData;
  const events = data?.auditEvents.edges.map((edge) => edge.node) ?? [];
  const endCursor = data?.auditEvents.pageInfo.endCursor;
  const unavailable = (data?.auditEvents.unavailableRegions.length ?? 0) > 0;

  const showMore = async () => {
    if (!endCursor) return;
    setLoadingMore(true);
    try {
      await list.fetchMore({
        variables: { after: endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          ...fetchMoreResult,
          auditEvents: {
            ...fetchMoreResult.auditEvents,
            edges: [...previous.auditEvents.edges, ...fetchMoreResult.auditEvents.edges],
          },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Stack gap="md" component="section" aria-labelledby="projet-historique">
      <div>
        <Title order={2} size="h3" id="projet-historique">
          {t("history.heading")}
        </Title>
        {!reserved && <Text mt="xs">{t("history.intro")}</Text>}
      </div>
      {list.loading && !data && <LoadingState />}
      {list.error && <QueryErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {reserved && (
        <Alert color="filiere" variant="light">
          {t("history.reserved")}
        </Alert>
      )}
      {unavailable && (
        <Alert color="orange" role="alert">
          {t("history.unavailable")}
        </Alert>
      )}
      {data && !reserved && !unavailable && events.length === 0 && <Text>{t("history.empty")}</Text>}
      {events.length > 0 && (
        <>
          <Box component="ul" m={0} pl="lg" aria-label={t("history.list")}>
            {events.map((event) => {
              const reason = typeof event.after?.["reason"] === "string" ? event.after["reason"].trim() : "";
              const status = event.after?.["status"];
              return (
                <Box component="li" key={event.id} mb="xs">
                  <Text>
                    <time dateTime={event.occurredAt}>{formatHistoryTime(event.occurredAt, t)}</time>
                    {" — "}
                    {t("history.line", {
                      person: event.actorName,
                      action: trail.describe(event, "history"),
                    })}
                  </Text>
                  {event.action === "project.status_changed" && reason && (
                    <Text size="sm" c="dimmed" style={{ whiteSpace: "pre-line" }}>
                      {typeof status === "string" && REASON_STATUSES.has(status)
                        ? t("history.reason", { reason })
                        : t("history.comment", { reason })}
                    </Text>
                  )}
                </Box>
              );
            })}
          </Box>
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {t("history.shown", { count: events.length, total: data?.auditEvents.totalCount ?? events.length })}
            </Text>
            {data?.auditEvents.pageInfo.hasNextPage && endCursor && (
              <Button variant="default" onClick={() => void showMore()} loading={loadingMore}>
                {t("history.more")}
              </Button>
            )}
          </Group>
        </>
      )}
    </Stack>
  );
}

import { useQuery } from "@apollo/client/react";
import { Alert, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";

import { LoadingState } from "../../components/LoadingState";
import { PaginationControls } from "../../components/PaginationControls";
import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { graphql } from "../../graphql/generated/gql";
import { useDocumentTitle } from "../../lib/documentTitle";
import { retryList, useCursorStack } from "../../lib/pagination";

import { EventCard } from "./EventCard";

export const EVENT_PAGE_SIZE = 20;

export const EventListQuery = graphql(`
  query EventList($first: Int!, $after: String) {
    events(first: $first, after: $after) {
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
          ...EventCard_event
        }
      }
    }
  }
`);

export function EventListPage() {
  const { t } = useTranslation("events");
  useDocumentTitle(t("title"));
  const cursors = useCursorStack("events");
  const { data, previousData, loading, error, refetch } = useQuery(EventListQuery, {
    variables: { first: EVENT_PAGE_SIZE, after: cursors.after },
    errorPolicy: "all",
  });
  const events = (data ?? previousData)?.events;

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t("title")}</Title>
        <Text mt="xs">{t("intro")}</Text>
      </div>
      {error && <QueryErrorAlert error={error} onRetry={() => retryList(error, cursors, refetch)} />}
      {loading && !events && <LoadingState />}
      {events && events.unavailableRegions.length > 0 && (
        <Alert color="orange" title={t("unavailableTitle")}>
          {t("unavailable", { regions: events.unavailableRegions.map((r) => r.name).join(", ") })}
        </Alert>
      )}
      {events && (
        <>
          <Text fw={600} role="status">
            {t("count", { count: events.totalCount })}
          </Text>
          {events.edges.length === 0 ? (
            <Alert color="filiere" variant="light">
              {t("empty")}
            </Alert>
          ) : (
            <Stack gap="md">
              {events.edges.map(({ node }) => (
                <EventCard key={node.id} event={node} />
              ))}
            </Stack>
          )}
          <PaginationControls connection={events} pageSize={EVENT_PAGE_SIZE} cursors={cursors} disabled={loading} />
        </>
      )}
    </Stack>
  );
}

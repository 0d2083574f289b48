import { useQuery } from "@apollo/client/react";
import { Alert, Button, Group, Loader, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";

import { LoadingState } from "../../components/LoadingState";
import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { graphql } from "../../graphql/generated/gql";
import { can, regionsWhere } from "../../lib/capabilities";
import { useDocumentTitle } from "../../lib/documentTitle";
import { useViewer } from "../../lib/viewer";

import { AuditExports } from "./AuditExports";
import { AuditFilters, type StaffRegion } from "./AuditFilters";
import { auditFilterOf, parseAuditSearch, serializeAuditSearch, type AuditSearch } from "./auditSearch";
import { AuditTable } from "./AuditTable";

export const AUDIT_PAGE_SIZE = 50;

export const AuditContextQuery = graphql(`
  query AuditContext {
    regions {
      edges {
        node {
          id
          slug
          name
          advisers(first: 100) {
            edges {
              node {
                id
                displayName
              }
            }
          }
        }
      }
    }
  }
`);

export const AuditEventsQuery = graphql(`
  query AuditEvents($region: String, $first: Int!, $after: String, $filter: AuditFilter) {
    auditEvents(region: $region, first: $first, after: $after, filter: $filter) {
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
          ...AuditEventRow_event
        }
      }
    }
  }
`);

/** « Journal d'audit »: a regional admin reads their region's trail, CCI France every region's and the
 * national database's. Filters in the URL; newest first; « Afficher plus » adds the next events. */
export function AuditPage() {
  const { t } = useTranslation(["audit", "common"]);
  useDocumentTitle(t("title"));
  const [searchParams, setSearchParams] = useSearchParams();
  const search = parseAuditSearch(searchParams);

  const viewer = useViewer();
  const context = useQuery(AuditContextQuery);
  const allRegions: StaffRegion[] = (context.data?.regions.edges ?? []).map(({ node }) => ({
    slug: node.slug,
    name: node.name,
    staff: node.advisers.edges.map((edge) => edge.node),
  }));
  // Who reads the national trail too (CCI France) chooses a region among those it may read, or all of
  // them; a regional admin reads their own region's only.
  const national = can(viewer, "VIEW_AUDIT", "national");
  const readable = allRegions.filter((r) => can(viewer, "VIEW_AUDIT", { region: r.slug }));
  const region = national
    ? (readable.find((r) => r.slug === search.region)?.slug ?? null)
    : (regionsWhere(viewer, "VIEW_AUDIT")[0]?.slug ?? null);
  const staff = region ? allRegions.filter((r) => r.slug === region) : allRegions;

  const filter = auditFilterOf(search);
  const list = useQuery(AuditEventsQuery, {
    skip: !context.data,
    // A region that does not answer is reported in `unavailableRegions`: keep the others' events.
    errorPolicy: "all",
    notifyOnNetworkStatusChange: true,
    variables: { region, first: AUDIT_PAGE_SIZE, filter },
  });
  const [loadingMore, setLoadingMore] = useState(false);

  const update = (next: AuditSearch) => setSearchParams(serializeAuditSearch(next), { replace: true });

  const events = (list.data ?? list.previousData)?.auditEvents;
  const unavailable = events?.unavailableRegions ?? [];
  const scope = region ? (allRegions.find((r) => r.slug === region)?.name ?? region) : t("filters.allRegions");
  const endCursor = events?.pageInfo.endCursor;

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
    <Stack gap="lg">
      <div>
        <Title order={1}>{t("title")}</Title>
        <Text mt="xs">{t("intro")}</Text>
      </div>

      {context.error && !context.data && (
        <QueryErrorAlert error={context.error} onRetry={() => void context.refetch()} />
      )}
      {context.loading && !context.data && <LoadingState />}

      {context.data && (
        <>
          <AuditFilters
            regions={national ? readable : null}
            region={region}
            staff={staff}
            search={search}
            onChange={update}
          />
          <AuditExports region={region} search={search} />
        </>
      )}

      {unavailable.length > 0 && (
        <Alert color="orange" title={t("unavailableTitle")}>
          {t("unavailable", { regions: unavailable.map((r) => r.name).join(", ") })}
        </Alert>
      )}
      {list.error && <QueryErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {list.loading && !events && <LoadingState />}

      {events && (
        <Stack gap="xs">
          <Group justify="space-between" wrap="nowrap">
            <Text fw={600} role="status">
              {t("count", { count: events.totalCount })}
            </Text>
            {list.loading && <Loader size="xs" aria-label={t("common:loading")} />}
          </Group>
          {events.edges.length === 0 ? (
            <Alert color="filiere" variant="light">
              {t("empty")}
            </Alert>
          ) : (
            <AuditTable
              caption={t("table.caption", { scope })}
              events={events.edges.map((edge) => ({ id: edge.node.id, row: edge.node }))}
              busy={list.loading}
            />
          )}
          {events.edges.length > 0 && (
            <Group justify="space-between" mt="sm">
              <Text size="sm" c="dimmed">
                {t("shown", { shown: events.edges.length, total: events.totalCount })}
              </Text>
              {events.pageInfo.hasNextPage && endCursor && (
                <Button variant="default" onClick={() => void showMore()} loading={loadingMore}>
                  {t("loadMore")}
                </Button>
              )}
            </Group>
          )}
        </Stack>
      )}
    </Stack>
  );
}

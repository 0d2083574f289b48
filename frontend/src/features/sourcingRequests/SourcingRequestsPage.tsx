import { useQuery } from "@apollo/client/react";
import { Alert, Button, Group, Stack, Switch, Tabs, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";

import { LoadingState } from "../../components/LoadingState";
import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { graphql } from "../../graphql/generated/gql";
import { useDocumentTitle } from "../../lib/documentTitle";

import { SourcingRequestCard } from "./SourcingRequestCard";

export const SOURCING_REQUESTS_PAGE_SIZE = 20;

export const SourcingRequestsQuery = graphql(`
  query SourcingRequests($addressedToMe: Boolean!, $includeExpired: Boolean!, $first: Int!, $after: String) {
    sourcingRequests(addressedToMe: $addressedToMe, includeExpired: $includeExpired, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...SourcingRequestCard_request
        }
      }
    }
  }
`);

type Tab = "addressed" | "posted";
/** The tab lives in the address (`?onglet=postees`), so that a notification can open the right one. */
const TAB_PARAM = "onglet";

/** « Demandes de sourcing »: the requests addressed to the viewer's region, to answer, and those it
 * posted, with the establishments proposed. */
export function SourcingRequestsPage() {
  const { t } = useTranslation("sourcingRequests");
  useDocumentTitle(t("title"));
  const [search, setSearch] = useSearchParams();
  const tab: Tab = search.get(TAB_PARAM) === "postees" ? "posted" : "addressed";
  const [includeExpired, setIncludeExpired] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  const list = useQuery(SourcingRequestsQuery, {
    variables: { addressedToMe: tab === "addressed", includeExpired, first: SOURCING_REQUESTS_PAGE_SIZE },
  });

  const data = list.data;
  const requests = data?.sourcingRequests.edges.map((edge) => edge.node) ?? [];
  const endCursor = data?.sourcingRequests.pageInfo.endCursor;

  const selectTab = (value: string | null) => {
    const next = new URLSearchParams(search);
    if (value === "posted") next.set(TAB_PARAM, "postees");
    else next.delete(TAB_PARAM);
    setSearch(next, { replace: true });
  };

  const showMore = async () => {
    if (!endCursor) return;
    setLoadingMore(true);
    try {
      await list.fetchMore({
        variables: { after: endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          ...fetchMoreResult,
          sourcingRequests: {
            ...fetchMoreResult.sourcingRequests,
            edges: [...previous.sourcingRequests.edges, ...fetchMoreResult.sourcingRequests.edges],
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
      <Tabs value={tab} onChange={selectTab}>
        <Tabs.List aria-label={t("tabs.label")}>
          <Tabs.Tab value="addressed">{t("tabs.addressed")}</Tabs.Tab>
          <Tabs.Tab value="posted">{t("tabs.posted")}</Tabs.Tab>
        </Tabs.List>
      </Tabs>
      <Switch
        label={t("includeExpired")}
        checked={includeExpired}
        onChange={(event) => setIncludeExpired(event.currentTarget.checked)}
      />
      {list.error && <QueryErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {list.loading && !data && <LoadingState />}
      {data &&
        (requests.length === 0 ? (
          <Alert color="filiere" variant="light">
            {t(`empty.${tab}`)}
          </Alert>
        ) : (
          <>
            <Stack component="ul" gap="md" aria-label={t("list")} style={{ listStyle: "none", margin: 0, padding: 0 }}>
              {requests.map((request) => (
                <li key={request.id}>
                  <SourcingRequestCard request={request} posted={tab === "posted"} />
                </li>
              ))}
            </Stack>
            <Group justify="space-between">
              <Text size="sm" c="dimmed">
                {t("shown", { shown: requests.length, total: data.sourcingRequests.totalCount })}
              </Text>
              {data.sourcingRequests.pageInfo.hasNextPage && endCursor && (
                <Button variant="default" onClick={() => void showMore()} loading={loadingMore}>
                  {t("loadMore")}
                </Button>
              )}
            </Group>
          </>
        ))}
    </Stack>
  );
}

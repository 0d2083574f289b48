import { useQuery } from "@apollo/client/react";
import { Alert, Button, Group, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { LoadingState } from "../../components/LoadingState";
import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { graphql } from "../../graphql/generated/gql";
import { useDocumentTitle } from "../../lib/documentTitle";

import { InboxItemCard } from "./InboxItemCard";
import { useMarkInboxRead } from "./markInboxRead";

export const INBOX_PAGE_SIZE = 20;

export const InboxQuery = graphql(`
  query Inbox($first: Int!, $after: String) {
    inboxUnreadCount
    inbox(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          readAt
          ...InboxItem_item
        }
      }
    }
  }
`);

/** « Notifications »: the mentions of the signed-in person, newest first. */
export function InboxPage() {
  const { t } = useTranslation("inbox");
  useDocumentTitle(t("title"));
  const list = useQuery(InboxQuery, { variables: { first: INBOX_PAGE_SIZE } });
  const { markRead } = useMarkInboxRead();
  const [marking, setMarking] = useState<string | null>(null);
  // Why the last « Marquer comme lu » failed, in French.
  const [failed, setFailed] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);

  const data = list.data ?? list.previousData;
  const items = data?.inbox.edges.map((edge) => edge.node) ?? [];
  const unreadShown = items.filter((item) => !item.readAt).map((item) => item.id);
  const unreadCount = data?.inboxUnreadCount ?? 0;
  const endCursor = data?.inbox.pageInfo.endCursor;

  const mark = async (key: string, ids: string[] | null) => {
    setMarking(key);
    setFailed(null);
    try {
      setFailed(await markRead(ids, unreadShown));
    } finally {
      setMarking(null);
    }
  };

  const showMore = async () => {
    if (!endCursor) return;
    setLoadingMore(true);
    try {
      await list.fetchMore({
        variables: { after: endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          ...fetchMoreResult,
          inbox: { ...fetchMoreResult.inbox, edges: [...previous.inbox.edges, ...fetchMoreResult.inbox.edges] },
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
      {list.error && <QueryErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {list.loading && !data && <LoadingState />}
      {failed && (
        <Alert color="red" role="alert">
          {failed}
        </Alert>
      )}

      {data && (
        <>
          <Group justify="space-between">
            <Text fw={600} role="status">
              {t("unreadCount", { count: unreadCount })}
            </Text>
            <Button
              variant="default"
              onClick={() => void mark("all", null)}
              disabled={unreadCount === 0}
              loading={marking === "all"}
            >
              {t("markAllRead")}
            </Button>
          </Group>
          {items.length === 0 ? (
            <Alert color="filiere" variant="light">
              {t("empty")}
            </Alert>
          ) : (
            <Stack component="ul" gap="sm" aria-label={t("list")} style={{ listStyle: "none", margin: 0, padding: 0 }}>
              {items.map((item) => (
                <li key={item.id}>
                  <InboxItemCard
                    item={item}
                    onMarkRead={() => void mark(item.id, [item.id])}
                    busy={marking === item.id}
                  />
                </li>
              ))}
            </Stack>
          )}
          {items.length > 0 && (
            <Group justify="space-between">
              <Text size="sm" c="dimmed">
                {t("shown", { shown: items.length, total: data.inbox.totalCount })}
              </Text>
              {data.inbox.pageInfo.hasNextPage && endCursor && (
                <Button variant="default" onClick={() => void showMore()} loading={loadingMore}>
                  {t("loadMore")}
                </Button>
              )}
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}

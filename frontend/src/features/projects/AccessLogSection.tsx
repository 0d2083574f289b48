import { useQuery } from "@apollo/client/react";
import { Alert, Box, Button, Group, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { LoadingState } from "../../components/LoadingState";
import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { TokenDownloadButton } from "../../components/TokenDownloadButton";
import { graphql } from "../../graphql/generated/gql";

import { formatHistoryTime } from "./HistorySection";

export const ACCESS_LOG_PAGE_SIZE = 20;

/** Read each time « Partage » opens: a partner may have read the project since. */
export const ProjectAccessLogQuery = graphql(`
  query ProjectAccessLog($id: ID!, $first: Int!, $after: String) {
    node(id: $id) {
      __typename
      id
      ... on Project {
        accessLog(first: $first, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            cursor
            node {
              readAt
              readerName
              organisation {
                id
                name
              }
              what
              whatKind
            }
          }
        }
      }
    }
  }
`);

/** `GET /exports/projects/{projectId}/access-log.xlsx`: the whole log as a workbook (bearer token). */
export function accessLogExportUrl(projectId: string): string {
  return `/exports/projects/${encodeURIComponent(projectId)}/access-log.xlsx`;
}

/** « Journal des accès »: every read of the project's confidential data by a partner — who, for which
 * organisation, what, when — newest first, to read and to export (for the company, which may ask). What
 * makes sharing safe to offer: nothing a partner reads goes unseen. */
export function AccessLogSection({ projectId }: { projectId: string }) {
  const { t } = useTranslation("projects");
  const log = useQuery(ProjectAccessLogQuery, {
    variables: { id: projectId, first: ACCESS_LOG_PAGE_SIZE },
    fetchPolicy: "cache-and-network",
  });
  const [loadingMore, setLoadingMore] = useState(false);

  const data = log.data ?? log.previousData;
  const connection = data?.node?.__typename === "Project" ? data.node.accessLog : null;
  const entries = connection?.edges ?? [];

  const showMore = async () => {
    const after = connection?.pageInfo.endCursor;
    if (!after) return;
    setLoadingMore(true);
    try {
      await log.fetchMore({
        variables: { after },
        updateQuery: (previous, { fetchMoreResult }) => {
          const loaded = previous.node?.__typename === "Project" ? previous.node.accessLog : null;
          const next = fetchMoreResult.node?.__typename === "Project" ? fetchMoreResult.node.accessLog : null;
          if (previous.node?.__typename !== "Project" || !loaded || !next) return previous;
          return {
            ...previous,
            node: { ...previous.node, accessLog: { ...next, edges: [...loaded.edges, ...next.edges] } },
          };
        },
      });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Stack gap="md" component="section" aria-labelledby="partage-journal">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2} size="h3" id="partage-journal">
            {t("accessLog.heading")}
          </Title>
          <Text mt="xs">{t("accessLog.intro")}</Text>
        </div>
        {connection && connection.totalCount > 0 && <AccessLogExport projectId={projectId} />}
      </Group>
      {log.loading && !data && <LoadingState />}
      {log.error && <QueryErrorAlert error={log.error} onRetry={() => void log.refetch()} />}
      {connection && entries.length === 0 && (
        <Alert color="filiere" variant="light">
          {t("accessLog.empty")}
        </Alert>
      )}
      {entries.length > 0 && (
        <>
          <Text size="sm">{t("accessLog.count", { count: connection?.totalCount ?? entries.length })}</Text>
          <Box component="ul" m={0} pl="lg" aria-label={t("accessLog.list")}>
            {entries.map(({ cursor, node }) => (
              <Box component="li" key={cursor} mb="xs">
                <Text>
                  {t("accessLog.line", {
                    reader: node.organisation
                      ? t("accessLog.reader", { organisation: node.organisation.name, name: node.readerName })
                      : node.readerName,
                    what: node.what,
                  })}
                  {" — "}
                  <time dateTime={node.readAt}>{formatHistoryTime(node.readAt, t)}</time>
                </Text>
              </Box>
            ))}
          </Box>
          {connection?.pageInfo.hasNextPage && (
            <Group>
              <Button variant="default" loading={loadingMore} onClick={() => void showMore()}>
                {t("accessLog.more")}
              </Button>
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}

function AccessLogExport({ projectId }: { projectId: string }) {
  const { t } = useTranslation("projects");
  return (
    <TokenDownloadButton
      url={accessLogExportUrl(projectId)}
      fileName={`${t("accessLog.fileName")}.xlsx`}
      label={t("accessLog.export")}
      failedMessage={t("accessLog.exportFailed")}
    />
  );
}

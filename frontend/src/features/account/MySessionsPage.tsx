import { useQuery } from "@apollo/client/react";
import { Alert, Badge, Button, Group, Modal, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { LoadingState } from "../../components/LoadingState";
import { PaginationControls } from "../../components/PaginationControls";
import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { SessionErrorFields } from "../../graphql/errors";
import { graphql } from "../../graphql/generated/gql";
import { useAuth } from "../../lib/auth/AuthContext";
import { formatDateTime } from "../../lib/dates";
import { useDocumentTitle } from "../../lib/documentTitle";
import { useMutationOutcome } from "../../lib/mutation";
import { retryList, useCursorStack } from "../../lib/pagination";

export const SESSIONS_PAGE_SIZE = 20;

export const MySessionsQuery = graphql(`
  query MySessions($first: Int!, $after: String) {
    mySessions {
      managedByExternalIssuer
      sessions(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            startedAt
            lastActiveAt
            expiresAt
            device
            address
            current
          }
        }
      }
    }
  }
`);

export const EndSessionMutation = graphql(`
  mutation EndSession($input: EndSessionInput!) {
    endSession(input: $input) {
      __typename
      ... on EndSessionSuccess {
        sessionId
      }
      ...SessionErrorFields
    }
  }
`);

export const EndAllSessionsMutation = graphql(`
  mutation EndAllSessions {
    endAllSessions {
      __typename
      ... on EndAllSessionsSuccess {
        endedCount
      }
      ...SessionErrorFields
    }
  }
`);

const when = (value: string) => formatDateTime(value) ?? value;

/** « Mes sessions »: where the viewer is signed in (embedded issuer), and signing out there — one session,
 * or everywhere (this browser too, which then signs out). */
export function MySessionsPage() {
  const { t } = useTranslation(["account", "common"]);
  useDocumentTitle(t("sessions.title"));
  const { session } = useAuth();
  const cursors = useCursorStack("sessions");
  const list = useQuery(MySessionsQuery, { variables: { first: SESSIONS_PAGE_SIZE, after: cursors.after } });
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<{ color: string; text: string } | null>(null);
  const describe = (refusal: { code: string }) =>
    refusal.code === "NOT_FOUND" ? t("sessions.errors.NOT_FOUND") : t("sessions.errors.fallback");
  const [endOne, endingOne] = useMutationOutcome(EndSessionMutation, SessionErrorFields, describe);
  const [endAll, endingAll] = useMutationOutcome(EndAllSessionsMutation, SessionErrorFields, describe);
  const data = (list.data ?? list.previousData)?.mySessions;
  const sessions = data?.sessions;

  const end = async (sessionId: string) => {
    setNotice(null);
    const outcome = await endOne({ variables: { input: { sessionId } }, refetchQueries: ["MySessions"] });
    if (outcome.status === "done") setNotice({ color: "green", text: t("sessions.ended") });
    else if (outcome.status === "refused") setNotice({ color: "red", text: outcome.refusal.message });
  };

  const endEverywhere = async () => {
    const outcome = await endAll({ variables: {} });
    // This browser's session ended with the others: sign out here too (the issuer then shows « Au revoir »).
    if (outcome.status === "done") await session.signOut();
    else if (outcome.status === "refused") setNotice({ color: "red", text: outcome.refusal.message });
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{t("sessions.title")}</Title>
          <Text mt="xs">{t("sessions.intro")}</Text>
        </div>
        {data && !data.managedByExternalIssuer && (sessions?.totalCount ?? 0) > 0 && (
          <Button color="red" variant="light" onClick={() => setConfirming(true)}>
            {t("sessions.endAll")}
          </Button>
        )}
      </Group>

      {list.error && (
        <QueryErrorAlert error={list.error} onRetry={() => retryList(list.error, cursors, list.refetch)} />
      )}
      {list.loading && !data && <LoadingState />}
      {notice && (
        <Alert color={notice.color} role={notice.color === "red" ? "alert" : "status"}>
          {notice.text}
        </Alert>
      )}
      {endingOne.error && <QueryErrorAlert error={endingOne.error} />}

      {data?.managedByExternalIssuer && (
        <Alert color="filiere" variant="light">
          {t("sessions.external")}
        </Alert>
      )}
      {data && !data.managedByExternalIssuer && sessions && (
        <Stack gap="xs">
          <Text fw={600} role="status">
            {t("sessions.count", { count: sessions.totalCount })}
          </Text>
          {sessions.edges.length === 0 ? (
            <Alert color="filiere" variant="light">
              {t("sessions.empty")}
            </Alert>
          ) : (
            <Table.ScrollContainer minWidth={640}>
              <Table striped aria-busy={list.loading}>
                <Table.Caption>{t("sessions.caption")}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t("sessions.device")}</Table.Th>
                    <Table.Th scope="col">{t("sessions.address")}</Table.Th>
                    <Table.Th scope="col">{t("sessions.startedAt")}</Table.Th>
                    <Table.Th scope="col">{t("sessions.lastActiveAt")}</Table.Th>
                    <Table.Th scope="col">{t("sessions.expiresAt")}</Table.Th>
                    <Table.Th scope="col">{t("sessions.actions")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {sessions.edges.map(({ node }) => (
                    <Table.Tr key={node.id}>
                      <Table.Th scope="row" fw={600}>
                        <Group gap="xs">
                          {node.device ?? t("sessions.unknownDevice")}
                          {node.current && (
                            <Badge variant="light" color="green">
                              {t("sessions.current")}
                            </Badge>
                          )}
                        </Group>
                      </Table.Th>
                      <Table.Td>{node.address || t("sessions.unknownAddress")}</Table.Td>
                      <Table.Td>{when(node.startedAt)}</Table.Td>
                      <Table.Td>{when(node.lastActiveAt)}</Table.Td>
                      <Table.Td>{when(node.expiresAt)}</Table.Td>
                      <Table.Td>
                        <Button
                          size="xs"
                          variant="default"
                          aria-label={t("sessions.endOneFor", { startedAt: when(node.startedAt) })}
                          loading={endingOne.loading}
                          // Ending the session in use is signing out of this browser.
                          onClick={() => void (node.current ? session.signOut() : end(node.id))}
                        >
                          {t("sessions.endOne")}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <PaginationControls
            connection={sessions}
            pageSize={SESSIONS_PAGE_SIZE}
            cursors={cursors}
            disabled={list.loading}
          />
        </Stack>
      )}

      {confirming && (
        <Modal
          closeButtonProps={{ "aria-label": t("common:close") }}
          opened
          onClose={() => setConfirming(false)}
          title={t("sessions.endAllTitle")}
        >
          <Stack gap="md">
            <Text>{t("sessions.endAllExplanation")}</Text>
            {endingAll.error && <QueryErrorAlert error={endingAll.error} />}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirming(false)} data-autofocus>
                {t("sessions.endAllCancel")}
              </Button>
              <Button color="red" loading={endingAll.loading} onClick={() => void endEverywhere()}>
                {t("sessions.endAllConfirm")}
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </Stack>
  );
}

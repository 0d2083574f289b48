import { useQuery } from "@apollo/client/react";
import { Button, Group, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { LoadingState } from "../../components/LoadingState";
import { PagedTable } from "../../components/PagedTable";
import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { graphql } from "../../graphql/generated/gql";
import { can } from "../../lib/capabilities";
import { useDocumentTitle } from "../../lib/documentTitle";
import { retryList, useCursorStack } from "../../lib/pagination";
import { useViewer } from "../../lib/viewer";

import { ApiClientsDialog } from "./ApiClientsDialog";
import { OrganisationCells, OrganisationColumns } from "./OrganisationCells";
import { type EditedOrganisation, OrganisationModal } from "./OrganisationModal";

export const ORGANISATIONS_PAGE_SIZE = 50;

export const ManagedOrganisationsQuery = graphql(`
  query ManagedOrganisations($first: Int!, $after: String) {
    organisations(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          slug
          name
          kind
          website
          userCount
          ...ApiClientsDialog_organisation
        }
      }
    }
  }
`);

/** « Organisations »: the partner organisations the operators keep — created and edited here, each change
 * in the audit trail — with how many accounts each one has, and their API clients (`ApiClientsDialog`). */
export function OrganisationsPage() {
  const { t } = useTranslation(["partners", "enums"]);
  useDocumentTitle(t("manage.title"));
  const cursors = useCursorStack("managed-organisations");
  const { data, previousData, loading, error, refetch } = useQuery(ManagedOrganisationsQuery, {
    variables: { first: ORGANISATIONS_PAGE_SIZE, after: cursors.after },
  });
  const organisations = (data ?? previousData)?.organisations;
  const [editing, setEditing] = useState<EditedOrganisation | "new" | null>(null);
  // Whose API clients are shown: read from the list, so that it shows what the mutations change.
  const [clientsOf, setClientsOf] = useState<string | null>(null);
  const manageClients = can(useViewer(), "MANAGE_API_CLIENT", "national");
  const clientsOrganisation = organisations?.edges.find(({ node }) => node.id === clientsOf)?.node;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{t("manage.title")}</Title>
          <Text mt="xs">{t("manage.intro")}</Text>
        </div>
        <Button onClick={() => setEditing("new")}>{t("manage.open")}</Button>
      </Group>
      {error && <QueryErrorAlert error={error} onRetry={() => retryList(error, cursors, refetch)} />}
      {loading && !organisations && <LoadingState />}
      {organisations && (
        <PagedTable
          connection={organisations}
          pageSize={ORGANISATIONS_PAGE_SIZE}
          cursors={cursors}
          loading={loading}
          count={t("count", { count: organisations.totalCount })}
          empty={t("empty")}
          caption={t("caption")}
          minWidth={720}
          columns={
            <>
              <OrganisationColumns />
              <Table.Th scope="col">{t("manage.users")}</Table.Th>
              <Table.Th scope="col">{t("manage.actions")}</Table.Th>
            </>
          }
        >
          {organisations.edges.map(({ node }) => (
            <Table.Tr key={node.id}>
              <OrganisationCells organisation={node} />
              <Table.Td>{t("manage.userCount", { count: node.userCount ?? 0 })}</Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Button
                    size="xs"
                    variant="default"
                    aria-label={t("manage.editLabel", { name: node.name })}
                    onClick={() => setEditing(node)}
                  >
                    {t("manage.edit")}
                  </Button>
                  {manageClients && (
                    <Button
                      size="xs"
                      variant="default"
                      aria-label={t("manage.apiClientsLabel", { name: node.name })}
                      onClick={() => setClientsOf(node.id)}
                    >
                      {t("manage.apiClients")}
                    </Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </PagedTable>
      )}
      {editing && (
        <OrganisationModal organisation={editing === "new" ? undefined : editing} onClose={() => setEditing(null)} />
      )}
      {clientsOrganisation && (
        <ApiClientsDialog organisation={clientsOrganisation} onClose={() => setClientsOf(null)} />
      )}
    </Stack>
  );
}

import { useQuery } from "@apollo/client/react";
import { Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";

import { LoadingState } from "../../components/LoadingState";
import { PagedTable } from "../../components/PagedTable";
import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { type FragmentType, useFragment } from "../../graphql/generated/fragment-masking";
import { graphql } from "../../graphql/generated/gql";
import { useDocumentTitle } from "../../lib/documentTitle";
import { retryList, useCursorStack } from "../../lib/pagination";

import { OrganisationCells, OrganisationColumns } from "./OrganisationCells";

export const PARTNER_PAGE_SIZE = 50;

export const PartnerRowFragment = graphql(`
  fragment PartnerRow_organisation on Organisation {
    id
    name
    kind
    website
  }
`);

export const PartnerListQuery = graphql(`
  query PartnerList($first: Int!, $after: String) {
    organisations(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...PartnerRow_organisation
        }
      }
    }
  }
`);

function PartnerRow(props: { organisation: FragmentType<typeof PartnerRowFragment> }) {
  const organisation = useFragment(PartnerRowFragment, props.organisation);
  return (
    <Table.Tr>
      <OrganisationCells organisation={organisation} />
    </Table.Tr>
  );
}

export function PartnerListPage() {
  const { t } = useTranslation("partners");
  useDocumentTitle(t("title"));
  const cursors = useCursorStack("organisations");
  const { data, previousData, loading, error, refetch } = useQuery(PartnerListQuery, {
    variables: { first: PARTNER_PAGE_SIZE, after: cursors.after },
  });
  const organisations = (data ?? previousData)?.organisations;

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t("title")}</Title>
        <Text mt="xs">{t("intro")}</Text>
      </div>
      {error && <QueryErrorAlert error={error} onRetry={() => retryList(error, cursors, refetch)} />}
      {loading && !organisations && <LoadingState />}
      {organisations && (
        <PagedTable
          connection={organisations}
          pageSize={PARTNER_PAGE_SIZE}
          cursors={cursors}
          loading={loading}
          count={t("count", { count: organisations.totalCount })}
          empty={t("empty")}
          caption={t("caption")}
          minWidth={560}
          columns={<OrganisationColumns />}
        >
          {organisations.edges.map(({ node }) => (
            <PartnerRow key={node.id} organisation={node} />
          ))}
        </PagedTable>
      )}
    </Stack>
  );
}

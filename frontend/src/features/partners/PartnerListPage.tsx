import { useQuery } from "@apollo/client/react";
import { Alert, Anchor, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";

import { LoadingState } from "../../components/LoadingState";
import { PaginationControls } from "../../components/PaginationControls";
import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { type FragmentType, useFragment } from "../../graphql/generated/fragment-masking";
import { graphql } from "../../graphql/generated/gql";
import { useDocumentTitle } from "../../lib/documentTitle";
import { retryList, useCursorStack } from "../../lib/pagination";

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

/** Only http(s) links are rendered as links (the value comes from data, not from us). */
export function safeWebsite(website: string | null | undefined): URL | null {
  if (!website) return null;
  try {
    const url = new URL(website);
    return url.protocol === "https:" || url.protocol === "http:" ? url : null;
  } catch {
    return null;
  }
}

function PartnerRow(props: { organisation: FragmentType<typeof PartnerRowFragment> }) {
  const { t } = useTranslation(["partners", "enums"]);
  const organisation = useFragment(PartnerRowFragment, props.organisation);
  const website = safeWebsite(organisation.website);
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={600}>
        {organisation.name}
      </Table.Th>
      <Table.Td>{t(`enums:organisationKind.${organisation.kind}`)}</Table.Td>
      <Table.Td>
        {website ? (
          <Anchor href={website.href} target="_blank" rel="noopener noreferrer">
            {t("websiteLink", { host: website.host })}
          </Anchor>
        ) : (
          t("noWebsite")
        )}
      </Table.Td>
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
        <>
          <Text fw={600} role="status">
            {t("count", { count: organisations.totalCount })}
          </Text>
          {organisations.edges.length === 0 ? (
            <Alert color="filiere" variant="light">
              {t("empty")}
            </Alert>
          ) : (
            <Table.ScrollContainer minWidth={560}>
              <Table captionSide="top" striped verticalSpacing="sm">
                <Table.Caption ta="left" fw={600}>
                  {t("caption")}
                </Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t("columns.name")}</Table.Th>
                    <Table.Th scope="col">{t("columns.kind")}</Table.Th>
                    <Table.Th scope="col">{t("columns.website")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {organisations.edges.map(({ node }) => (
                    <PartnerRow key={node.id} organisation={node} />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <PaginationControls
            connection={organisations}
            pageSize={PARTNER_PAGE_SIZE}
            cursors={cursors}
            disabled={loading}
          />
        </>
      )}
    </Stack>
  );
}

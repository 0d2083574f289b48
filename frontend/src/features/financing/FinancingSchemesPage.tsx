import { useQuery } from "@apollo/client/react";
import {
  Alert,
  Anchor,
  Button,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { DateField } from "../../components/DateField";
import { LoadingState } from "../../components/LoadingState";
import { PaginationControls } from "../../components/PaginationControls";
import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { graphql } from "../../graphql/generated/gql";
import { FinancingPurpose, FinancingSchemeType } from "../../graphql/generated/graphql";
import { can, regionsWhere } from "../../lib/capabilities";
import { formatLongDate } from "../../lib/dates";
import { useDocumentTitle } from "../../lib/documentTitle";
import { retryList, useCursorStack } from "../../lib/pagination";
import { useViewer } from "../../lib/viewer";

import { FinancingSchemeModal } from "./FinancingSchemeModal";

export const SCHEMES_PAGE_SIZE = 25;

export const FinancingSchemesQuery = graphql(`
  query FinancingSchemes($first: Int!, $after: String, $filter: FinancingSchemeFilter) {
    financingSchemes(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          financerLabel
          type
          nationwide
          regions {
            code
            name
          }
          departements {
            code
            name
          }
          opensOn
          closesOn
          sourceUrl
          ownerRegion
          viewerCanEdit
          ...FinancingSchemeModal_scheme
        }
      }
    }
    regions {
      edges {
        node {
          id
          slug
          name
        }
      }
    }
  }
`);

const TYPES = Object.values(FinancingSchemeType);
const PURPOSES = Object.values(FinancingPurpose);

/** « Dispositifs de financement »: the catalogue, searched and filtered (territory, type, purpose, open on a
 * day), page by page. CCI France edits the national catalogue; a region's team adds its own schemes. */
export function FinancingSchemesPage() {
  const { t } = useTranslation("financing");
  useDocumentTitle(t("catalogue.title"));
  const viewer = useViewer();
  const [text, setText] = useState("");
  const [search] = useDebouncedValue(text.trim(), 300);
  const [region, setRegion] = useState("");
  const [type, setType] = useState("");
  const [purpose, setPurpose] = useState("");
  const [openOn, setOpenOn] = useState("");
  const validOpenOn = /^\d{4}-\d{2}-\d{2}$/.test(openOn) ? openOn : "";
  const filter = {
    text: search || null,
    region: region || null,
    type: TYPES.find((known) => known === type) ?? null,
    purpose: PURPOSES.find((known) => known === purpose) ?? null,
    openOn: validOpenOn || null,
  };
  const cursors = useCursorStack(JSON.stringify(filter));
  const { data, previousData, loading, error, refetch } = useQuery(FinancingSchemesQuery, {
    variables: { first: SCHEMES_PAGE_SIZE, after: cursors.after, filter },
  });
  const shown = data ?? previousData;
  const schemes = shown?.financingSchemes;
  const regions = shown?.regions.edges.map((edge) => edge.node) ?? [];
  // The id of the scheme being edited, or « new ».
  const [editing, setEditing] = useState<string | null>(null);
  const manageNational = can(viewer, "MANAGE_FINANCING_SCHEMES", "national");
  const manageRegions = regionsWhere(viewer, "MANAGE_FINANCING_SCHEMES");
  const mayCreate = manageNational || manageRegions.length > 0;
  const edited = schemes?.edges.find(({ node }) => node.id === editing)?.node;
  const regionName = (slug: string) => regions.find((node) => node.slug === slug)?.name ?? slug;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{t("catalogue.title")}</Title>
          <Text mt="xs">{t("catalogue.intro")}</Text>
        </div>
        {mayCreate && (
          <Button onClick={() => setEditing("new")} aria-haspopup="dialog">
            {t("catalogue.create")}
          </Button>
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} component="search">
        <TextInput
          label={t("catalogue.search")}
          description={t("catalogue.searchHelp")}
          type="search"
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
        />
        <NativeSelect
          label={t("catalogue.region")}
          value={region}
          onChange={(event) => setRegion(event.currentTarget.value)}
          data={[
            { value: "", label: t("catalogue.anyRegion") },
            ...regions.map((node) => ({ value: node.slug, label: node.name })),
          ]}
        />
        <NativeSelect
          label={t("catalogue.type")}
          value={type}
          onChange={(event) => setType(event.currentTarget.value)}
          data={[
            { value: "", label: t("catalogue.anyType") },
            ...TYPES.map((value) => ({ value, label: t(`enums.schemeType.${value}`) })),
          ]}
        />
        <NativeSelect
          label={t("catalogue.purpose")}
          value={purpose}
          onChange={(event) => setPurpose(event.currentTarget.value)}
          data={[
            { value: "", label: t("catalogue.anyPurpose") },
            ...PURPOSES.map((value) => ({ value, label: t(`enums.schemePurpose.${value}`) })),
          ]}
        />
        <DateField label={t("catalogue.openOn")} value={openOn} onChange={setOpenOn} />
      </SimpleGrid>
      {error && <QueryErrorAlert error={error} onRetry={() => retryList(error, cursors, refetch)} />}
      {loading && !schemes && <LoadingState />}
      {schemes && (
        <>
          <Text fw={600} role="status">
            {t("catalogue.count", { count: schemes.totalCount })}
          </Text>
          {schemes.edges.length === 0 ? (
            <Alert color="filiere" variant="light">
              {t("catalogue.empty")}
            </Alert>
          ) : (
            <Table.ScrollContainer minWidth={860}>
              <Table captionSide="top" striped verticalSpacing="sm">
                <Table.Caption ta="left" fw={600}>
                  {t("catalogue.caption")}
                </Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t("catalogue.columns.name")}</Table.Th>
                    <Table.Th scope="col">{t("catalogue.columns.financer")}</Table.Th>
                    <Table.Th scope="col">{t("catalogue.columns.type")}</Table.Th>
                    <Table.Th scope="col">{t("catalogue.columns.perimeter")}</Table.Th>
                    <Table.Th scope="col">{t("catalogue.columns.dates")}</Table.Th>
                    <Table.Th scope="col">{t("catalogue.columns.actions")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {schemes.edges.map(({ node }) => (
                    <Table.Tr key={node.id}>
                      <Table.Th scope="row" fw={600}>
                        {node.name}
                        {node.ownerRegion && (
                          <Text size="xs" fw={400}>
                            {t("catalogue.owner", { region: regionName(node.ownerRegion) })}
                          </Text>
                        )}
                      </Table.Th>
                      <Table.Td>{node.financerLabel}</Table.Td>
                      <Table.Td>{t(`enums.schemeType.${node.type}`)}</Table.Td>
                      <Table.Td>
                        {node.nationwide
                          ? t("catalogue.nationwide")
                          : [...node.regions, ...node.departements].map((area) => area.name).join(", ")}
                      </Table.Td>
                      <Table.Td>
                        <Stack gap={0}>
                          {node.opensOn && (
                            <Text size="sm">
                              {t("catalogue.opensOn", { date: formatLongDate(node.opensOn) ?? node.opensOn })}
                            </Text>
                          )}
                          <Text size="sm">
                            {node.closesOn
                              ? t("catalogue.closesOn", { date: formatLongDate(node.closesOn) ?? node.closesOn })
                              : t("catalogue.permanent")}
                          </Text>
                        </Stack>
                      </Table.Td>
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          {node.viewerCanEdit && (
                            <Button
                              size="xs"
                              variant="default"
                              aria-haspopup="dialog"
                              aria-label={t("catalogue.editLabel", { name: node.name })}
                              onClick={() => setEditing(node.id)}
                            >
                              {t("catalogue.edit")}
                            </Button>
                          )}
                          {node.sourceUrl && (
                            <Anchor
                              href={node.sourceUrl}
                              target="_blank"
                              rel="noopener noreferrer"
                              size="sm"
                              aria-label={t("catalogue.sourceLabel", { name: node.name })}
                            >
                              {t("catalogue.source")}
                            </Anchor>
                          )}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <PaginationControls connection={schemes} pageSize={SCHEMES_PAGE_SIZE} cursors={cursors} disabled={loading} />
        </>
      )}
      {editing && (editing === "new" || edited) && (
        <FinancingSchemeModal
          scheme={editing === "new" ? null : (edited ?? null)}
          regions={regions}
          manageNational={manageNational}
          manageRegions={manageRegions}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}

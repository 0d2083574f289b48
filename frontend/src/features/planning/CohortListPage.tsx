import { useQuery } from "@apollo/client/react";
import { Alert, Anchor, Button, Group, NativeSelect, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";

import { LoadingState } from "../../components/LoadingState";
import { PaginationControls } from "../../components/PaginationControls";
import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { type FragmentType, useFragment } from "../../graphql/generated/fragment-masking";
import { graphql } from "../../graphql/generated/gql";
import { regionsWhere } from "../../lib/capabilities";
import { formatLongDate } from "../../lib/dates";
import { useDocumentTitle } from "../../lib/documentTitle";
import { retryList, useCursorStack } from "../../lib/pagination";
import { formatRelativeDay } from "../../lib/relativeDay";
import { routes } from "../../lib/routes";
import { useViewer } from "../../lib/viewer";

import { adherenceSummary } from "./adherence";
import { NewCohortModal } from "./NewCohortModal";

export const COHORT_PAGE_SIZE = 20;
const ALL = "toutes";

export const CohortListContextQuery = graphql(`
  query CohortListContext {
    regions {
      edges {
        node {
          id
          slug
          name
        }
      }
    }
    editions(first: 50) {
      edges {
        node {
          id
          name
          year
          regions {
            edges {
              node {
                id
                slug
              }
            }
          }
        }
      }
    }
  }
`);

export const CohortListQuery = graphql(`
  query CohortList($region: String, $editionId: ID, $first: Int!, $after: String) {
    cohorts(region: $region, editionId: $editionId, first: $first, after: $after) {
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
          ...CohortRow_cohort
        }
      }
    }
  }
`);

export const CohortRowFragment = graphql(`
  fragment CohortRow_cohort on Cohort {
    id
    name
    eventDate
    todayRelativeDay
    methodOutdated
    region {
      id
      name
    }
    edition {
      id
      name
    }
    methodVersion {
      id
      number
    }
    adherence {
      due
      doneOnTime
      doneLate
      overdue
      onTimeRate
    }
  }
`);

function CohortRow(props: { cohort: FragmentType<typeof CohortRowFragment> }) {
  const { t } = useTranslation("planning");
  const cohort = useFragment(CohortRowFragment, props.cohort);
  return (
    <Table.Tr>
      <Table.Th scope="row" fw="normal">
        <Anchor component={Link} to={routes.cohort(cohort.id)} fw={600}>
          {cohort.name}
        </Anchor>
      </Table.Th>
      <Table.Td>{cohort.region.name}</Table.Td>
      <Table.Td>{cohort.edition?.name ?? "—"}</Table.Td>
      <Table.Td>
        {cohort.eventDate ? (formatLongDate(cohort.eventDate) ?? cohort.eventDate) : t("facts.unknown")}
        {cohort.todayRelativeDay !== null && cohort.todayRelativeDay !== undefined && (
          <Text size="sm" c="dimmed">
            {t("list.todayIs", { day: formatRelativeDay(cohort.todayRelativeDay) })}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {t("list.methodValue", { number: cohort.methodVersion.number })}
        {cohort.methodOutdated && (
          <Text size="sm" c="orange.9">
            {t("list.outdated")}
          </Text>
        )}
      </Table.Td>
      <Table.Td>{adherenceSummary(t, cohort.adherence)}</Table.Td>
    </Table.Tr>
  );
}

export function CohortListPage() {
  const { t } = useTranslation(["planning", "common"]);
  useDocumentTitle(t("list.title"));
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const viewer = useViewer();
  const context = useQuery(CohortListContextQuery);
  const regions = (context.data?.regions.edges ?? []).map((edge) => edge.node);
  const editions = (context.data?.editions.edges ?? []).map((edge) => edge.node);

  const regionParam = search.get("region");
  const region =
    regionParam === ALL
      ? null
      : regionParam && regions.some((r) => r.slug === regionParam)
        ? regionParam
        : (viewer.region?.slug ?? null);
  const editionParam = search.get("edition");
  const editionId = editionParam && editions.some((e) => e.id === editionParam) ? editionParam : null;
  const cursors = useCursorStack(JSON.stringify([region, editionId]));
  const list = useQuery(CohortListQuery, {
    skip: !context.data,
    errorPolicy: "all",
    variables: { region, editionId, first: COHORT_PAGE_SIZE, after: cursors.after },
  });
  const cohorts = (list.data ?? list.previousData)?.cohorts;

  const update = (name: "region" | "edition", value: string) => {
    const next = new URLSearchParams(search);
    if (value) next.set(name, value);
    else next.delete(name);
    setSearch(next, { replace: true });
  };

  // « Nouvelle cohorte »: for the editions of a region whose cohorts the viewer manages.
  const managed = regionsWhere(viewer, "MANAGE_COHORT").map((r) => r.slug);
  const mayCreate = managed.length > 0;
  const ownEditions = editions.filter((edition) =>
    edition.regions.edges.some((edge) => managed.includes(edge.node.slug)),
  );
  const scope = region ? (regions.find((r) => r.slug === region)?.name ?? region) : t("list.allRegions");
  const unavailable = cohorts?.unavailableRegions ?? [];

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{t("list.title")}</Title>
          <Text mt="xs">{t("list.intro")}</Text>
        </div>
        {mayCreate && (
          <Button onClick={() => setCreating(true)} disabled={ownEditions.length === 0}>
            {t("list.create")}
          </Button>
        )}
      </Group>

      {context.error && !context.data && (
        <QueryErrorAlert error={context.error} onRetry={() => void context.refetch()} />
      )}
      {context.loading && !context.data && <LoadingState />}

      {context.data && (
        <form role="search" aria-label={t("list.filters")} onSubmit={(event) => event.preventDefault()}>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            <NativeSelect
              label={t("list.region")}
              value={region ?? ALL}
              onChange={(event) => update("region", event.currentTarget.value)}
              data={[
                ...regions.map((r) => ({ value: r.slug, label: r.name })),
                { value: ALL, label: t("list.allRegions") },
              ]}
            />
            <NativeSelect
              label={t("list.edition")}
              value={editionId ?? ""}
              onChange={(event) => update("edition", event.currentTarget.value)}
              data={[
                { value: "", label: t("list.allEditions") },
                ...editions.map((edition) => ({ value: edition.id, label: edition.name })),
              ]}
            />
          </SimpleGrid>
        </form>
      )}

      {unavailable.length > 0 && (
        <Alert color="orange" title={t("list.unavailableTitle")}>
          {t("list.unavailable", { regions: unavailable.map((r) => r.name).join(", ") })}
        </Alert>
      )}
      {list.error && (
        <QueryErrorAlert error={list.error} onRetry={() => retryList(list.error, cursors, list.refetch)} />
      )}
      {list.loading && !cohorts && <LoadingState />}

      {cohorts && (
        <Stack gap="xs">
          <Text fw={600} role="status">
            {t("list.count", { count: cohorts.totalCount })}
          </Text>
          {cohorts.edges.length === 0 ? (
            <Alert color="filiere" variant="light">
              {t("list.empty")}
            </Alert>
          ) : (
            <Table.ScrollContainer minWidth={860}>
              <Table
                captionSide="top"
                verticalSpacing="sm"
                striped
                highlightOnHover
                aria-busy={list.loading || undefined}
              >
                <Table.Caption ta="left" fw={600}>
                  {t("list.caption", { scope })}
                </Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t("list.columns.cohort")}</Table.Th>
                    <Table.Th scope="col">{t("list.columns.region")}</Table.Th>
                    <Table.Th scope="col">{t("list.columns.edition")}</Table.Th>
                    <Table.Th scope="col">{t("list.columns.eventDate")}</Table.Th>
                    <Table.Th scope="col">{t("list.columns.method")}</Table.Th>
                    <Table.Th scope="col">{t("list.columns.adherence")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {cohorts.edges.map((edge) => (
                    <CohortRow key={edge.node.id} cohort={edge.node} />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <PaginationControls
            connection={cohorts}
            pageSize={COHORT_PAGE_SIZE}
            cursors={cursors}
            disabled={list.loading}
          />
        </Stack>
      )}

      {creating && (
        <NewCohortModal
          editions={ownEditions.map((edition) => ({ id: edition.id, name: edition.name }))}
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            void navigate(routes.cohort(id));
          }}
        />
      )}
    </Stack>
  );
}

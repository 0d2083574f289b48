import { CombinedGraphQLErrors } from "@apollo/client";
import { useQuery } from "@apollo/client/react";
import { Alert, Anchor, Grid, Group, Loader, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";

import { LoadingState } from "../../components/LoadingState";
import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { graphql } from "../../graphql/generated/gql";
import type { SupplierSearchQuery as SupplierSearchResult } from "../../graphql/generated/graphql";
import { can } from "../../lib/capabilities";
import { useDocumentTitle } from "../../lib/documentTitle";
import { COMMON_ERROR_CODES } from "../../lib/graphqlErrors";
import { routes } from "../../lib/routes";
import { useViewer } from "../../lib/viewer";

import { SupplierDrawer } from "./SupplierDrawer";
import { type SupplierMapOrigin, mapPointsOf } from "./supplierMapData";
import { SupplierMapPanel } from "./SupplierMapPanel";
import type { SavedProfile } from "./SupplierProfileForm";
import { type ResultItem, SupplierResults } from "./SupplierResults";
import {
  hasCriteria,
  parseSupplierSearch,
  serializeSupplierSearch,
  supplierFilterOf,
  supplierNearOf,
  type SupplierSearch,
} from "./supplierSearch";
import { type FilterErrors, type ProjectOption, SupplierSearchForm } from "./SupplierSearchForm";
import { useAddToStage } from "./useAddToStage";

export const SUPPLIER_PAGE_SIZE = 20;
/** The API's largest page (`graphql_max_page_size`): how many results a conflict reads again at most. */
const MAX_PAGE_SIZE = 100;
/** The project page's tab that shows the supply chain (`onglet`, features/projects). */
const SUPPLY_CHAIN_TAB = "chaine-approvisionnement";

/** The projects one may search around: the viewer's region's (every region's for CCI France). */
export const SupplierSearchProjectsQuery = graphql(`
  query SupplierSearchProjects($region: String) {
    projects(region: $region, first: 100) {
      edges {
        node {
          id
          name
          company {
            id
            communeName
            departement
          }
        }
      }
    }
  }
`);

/** The project of the URL (it may not be among the first hundred), and its stages: the one named by
 * `etape` is the one the suppliers are added to. */
export const SupplierSearchProjectQuery = graphql(`
  query SupplierSearchProject($id: ID!) {
    node(id: $id) {
      __typename
      ... on Project {
        id
        name
        company {
          id
          communeName
          departement
        }
        supplyChain {
          stages {
            id
            name
          }
        }
      }
    }
  }
`);

export const SupplierSearchQuery = graphql(`
  query SupplierSearch(
    $query: String
    $near: SupplierNearInput
    $filter: SupplierFilter
    $first: Int!
    $after: String
  ) {
    supplierSearchOrigin(near: $near) {
      communeName
      departement
      longitude
      latitude
    }
    suppliers(query: $query, near: $near, filter: $filter, first: $first, after: $after) {
      totalCount
      totalCountIsExact
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
          siret
          name
          communeName
          departement
          tier
          longitude
          latitude
          ...SupplierSummary_supplier
          ...SupplierDetails_supplier
          profile {
            version
            ...SupplierProfile_profile
          }
        }
      }
    }
  }
`);

type SupplierNode = SupplierSearchResult["suppliers"]["edges"][number]["node"];
type ProfileRef = NonNullable<SupplierNode["profile"]> | SavedProfile;

/** The profile read with the results, or the one saved since if it is newer. */
function latestProfile(read: ProfileRef | null | undefined, saved: ProfileRef | undefined): ProfileRef | null {
  if (!saved) return read ?? null;
  if (!read) return saved;
  return saved.version > read.version ? saved : read;
}

/** The filters the API names in `extensions.field` when it refuses them (an unknown code): their message
 * goes under the field. */
const FILTER_FIELDS: Record<string, keyof FilterErrors> = {
  "filter.departements": "departements",
  "filter.regionCodes": "regionCodes",
};

function filterFieldOf(error: { extensions?: Record<string, unknown> | undefined }): keyof FilterErrors | null {
  const field = error.extensions?.["field"];
  return typeof field === "string" ? (FILTER_FIELDS[field] ?? null) : null;
}

/** The API's refusals of filters, by filter (its French message). */
function filterErrorsOf(error: unknown): FilterErrors {
  const errors: FilterErrors = {};
  if (!CombinedGraphQLErrors.is(error)) return errors;
  for (const e of error.errors) {
    const field = filterFieldOf(e);
    if (field && !errors[field]) errors[field] = e.message;
  }
  return errors;
}

/** A search the API refuses as typed (unknown commune, too many words): its message is French and says
 * what to change. Other errors get the common wording; a refused filter is told under its field. */
function refusalOf(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const refused = error.errors.find((e) => {
    const code = e.extensions?.["code"];
    return (
      typeof code === "string" &&
      code !== "REGION_UNAVAILABLE" &&
      !(COMMON_ERROR_CODES as readonly string[]).includes(code) &&
      filterFieldOf(e) === null
    );
  });
  return refused?.message ?? null;
}

/** « Fournisseurs »: the supplier directory of every region, nearest first, on a list and a map. Opened
 * from a project's supply chain (`projet` and `etape`), each result can be added to that stage. */
export function SupplierSearchPage() {
  const { t } = useTranslation(["suppliers", "common"]);
  useDocumentTitle(t("page.title"));
  const [searchParams, setSearchParams] = useSearchParams();
  const search = parseSupplierSearch(searchParams);
  const updateSearch = (next: SupplierSearch) => setSearchParams(serializeSupplierSearch(next), { replace: true });

  const viewer = useViewer();
  // The projects to search around, for those who read projects.
  const projects = useQuery(SupplierSearchProjectsQuery, {
    skip: !can(viewer, "VIEW_PROJECT_SUMMARY"),
    variables: { region: viewer.region?.slug ?? null },
  });
  const urlProject = useQuery(SupplierSearchProjectQuery, {
    skip: !search.projectId,
    variables: { id: search.projectId ?? "" },
  });
  const project = urlProject.data?.node?.__typename === "Project" ? urlProject.data.node : null;

  const active = hasCriteria(search);
  const list = useQuery(SupplierSearchQuery, {
    skip: !active,
    // A region that does not answer is named in `unavailableRegions`: keep the others' results.
    errorPolicy: "all",
    variables: {
      query: search.text || null,
      near: supplierNearOf(search),
      filter: supplierFilterOf(search),
      first: SUPPLIER_PAGE_SIZE,
      after: null,
    },
  });
  const data = active ? (list.data ?? list.previousData) : undefined;
  const connection = data?.suppliers;
  const nodes = connection?.edges.map((edge) => edge.node) ?? [];

  const [loadingMore, setLoadingMore] = useState(false);
  const showMore = async () => {
    const endCursor = connection?.pageInfo.endCursor;
    if (!endCursor) return;
    setLoadingMore(true);
    try {
      await list.fetchMore({
        variables: { after: endCursor, first: SUPPLIER_PAGE_SIZE },
        updateQuery: (previous, { fetchMoreResult }) => ({
          ...fetchMoreResult,
          suppliers: {
            ...fetchMoreResult.suppliers,
            edges: [...previous.suppliers.edges, ...fetchMoreResult.suppliers.edges],
          },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  };
  // Every result shown, read again (a conflict on a profile: its new version), from the first page.
  const reloadShown = () =>
    list.refetch({ first: Math.min(Math.max(nodes.length, SUPPLIER_PAGE_SIZE), MAX_PAGE_SIZE), after: null });

  const [savedProfiles, setSavedProfiles] = useState<Record<string, SavedProfile>>({});
  const [openSiret, setOpenSiret] = useState<string | null>(null);
  const addToStage = useAddToStage(search.stageId);
  const stageAdd = search.stageId ? addToStage : null;

  const items: ResultItem[] = nodes.map((node) => ({
    siret: node.siret,
    tier: node.tier,
    supplier: node,
    profile: latestProfile(node.profile, savedProfiles[node.siret]),
  }));
  const opened = openSiret ? nodes.find((node) => node.siret === openSiret) : undefined;

  const origin = data?.supplierSearchOrigin;
  const originLabel = origin?.communeName
    ? origin.departement
      ? `${origin.communeName} (${origin.departement})`
      : origin.communeName
    : null;
  const mapOrigin: SupplierMapOrigin | null =
    origin && origin.longitude != null && origin.latitude != null
      ? { label: originLabel ?? t("map.originUnnamed"), longitude: origin.longitude, latitude: origin.latitude }
      : null;
  let originText: string | null = t("page.originRegion");
  if (supplierNearOf(search)) {
    if (!originLabel) originText = null;
    else if (mapOrigin) originText = t("page.origin", { place: originLabel });
    else originText = t("page.originWithoutPoint", { place: originLabel });
  }
  const points = mapPointsOf(nodes, (node) =>
    t("supplier.commune", { commune: node.communeName, departement: node.departement }),
  );

  const projectOptions: ProjectOption[] = (projects.data?.projects.edges ?? []).map(({ node }) => ({
    id: node.id,
    label: t("form.projectOption", {
      name: node.name,
      commune: node.company.communeName,
      departement: node.company.departement,
    }),
  }));
  if (project && !projectOptions.some((option) => option.id === project.id)) {
    projectOptions.unshift({
      id: project.id,
      label: t("form.projectOption", {
        name: project.name,
        commune: project.company.communeName,
        departement: project.company.departement,
      }),
    });
  }
  const projectsState = projects.data ? "ready" : projects.error ? "failed" : "loading";

  const unavailable = connection?.unavailableRegions ?? [];
  const refusal = active ? refusalOf(list.error) : null;
  const filterErrors = active ? filterErrorsOf(list.error) : {};
  const filterRefused = Object.keys(filterErrors).length > 0;

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t("page.title")}</Title>
        <Text mt="xs">{t("page.intro")}</Text>
      </div>

      {search.stageId && <StageNotice search={search} project={project} />}

      <SupplierSearchForm
        search={search}
        onChange={updateSearch}
        projects={projectOptions}
        projectsState={projectsState}
        filterErrors={filterErrors}
      />

      {!active && (
        <Alert color="filiere" variant="light">
          {t("page.start")}
        </Alert>
      )}

      {(refusal || filterRefused) && (
        <Alert color="red" title={t("results.searchFailed")} role="alert">
          {refusal ?? t("results.filterRefused")}
        </Alert>
      )}
      {active && !refusal && !filterRefused && list.error && (
        <QueryErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      )}

      {unavailable.length > 0 && (
        <Alert color="orange" title={t("results.unavailableTitle")} role="alert">
          {t("results.unavailable", { regions: unavailable.map((region) => region.name).join(", ") })}
        </Alert>
      )}

      {active && list.loading && !connection && <LoadingState />}

      {connection && (
        <Stack gap="md">
          <Group justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Text fw={600} role="status">
                {t(connection.totalCountIsExact ? "results.count" : "results.countAtLeast", {
                  count: connection.totalCount,
                })}
              </Text>
              {list.loading && <Loader size="xs" aria-label={t("common:loading")} />}
            </Group>
          </Group>
          {originText && (
            <Text size="sm" c="dimmed">
              {originText}
            </Text>
          )}
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 7 }}>
              {items.length === 0 ? (
                <Alert color="filiere" variant="light">
                  <Stack gap={4}>
                    <span>{t("results.empty")}</span>
                    <span>{t("results.emptyHint")}</span>
                  </Stack>
                </Alert>
              ) : (
                <SupplierResults
                  items={items}
                  totalCount={connection.totalCount}
                  totalCountIsExact={connection.totalCountIsExact}
                  onOpen={setOpenSiret}
                  addToStage={stageAdd}
                  hasMore={connection.pageInfo.hasNextPage && !!connection.pageInfo.endCursor}
                  loadingMore={loadingMore}
                  onMore={() => void showMore()}
                  busy={list.loading}
                />
              )}
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 5 }}>
              <div style={{ position: "sticky", top: "calc(var(--app-shell-header-height, 64px) + 16px)" }}>
                <SupplierMapPanel
                  points={points}
                  origin={mapOrigin}
                  onSelect={setOpenSiret}
                  notLocated={nodes.length - points.length}
                />
              </div>
            </Grid.Col>
          </Grid>
        </Stack>
      )}

      {opened && (
        <SupplierDrawer
          supplier={opened}
          profile={latestProfile(opened.profile, savedProfiles[opened.siret])}
          onClose={() => setOpenSiret(null)}
          addToStage={stageAdd}
          onProfileSaved={(siret, profile) => setSavedProfiles((current) => ({ ...current, [siret]: profile }))}
          onReload={reloadShown}
        />
      )}
    </Stack>
  );
}

/** Where the suppliers chosen go: the stage the board sent us from, and the way back to it. */
function StageNotice({
  search,
  project,
}: {
  search: SupplierSearch;
  project: { id: string; name: string; supplyChain?: { stages: { id: string; name: string }[] } | null } | null;
}) {
  const { t } = useTranslation("suppliers");
  const stage = project?.supplyChain?.stages.find((candidate) => candidate.id === search.stageId);
  let body: string;
  if (project && stage) body = t("stage.body", { stage: stage.name, project: project.name });
  else if (project) body = t("stage.bodyUnknownStage", { project: project.name });
  else body = t("stage.bodyUnknown");
  return (
    <Alert color="filiere" variant="light" title={t("stage.title")}>
      <Stack gap="xs" align="flex-start">
        <span>{body}</span>
        {search.projectId && (
          <Anchor
            component={Link}
            to={`${routes.project(search.projectId)}?${new URLSearchParams({ onglet: SUPPLY_CHAIN_TAB }).toString()}`}
          >
            {t("stage.back")}
          </Anchor>
        )}
      </Stack>
    </Alert>
  );
}

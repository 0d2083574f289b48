import { useQuery } from "@apollo/client/react";
import { Alert, Loader, Group, SegmentedControl, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";

import { LoadingState } from "../../components/LoadingState";
import { PaginationControls } from "../../components/PaginationControls";
import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { useFragment } from "../../graphql/generated/fragment-masking";
import { graphql } from "../../graphql/generated/gql";
import { can, regionsWhere } from "../../lib/capabilities";
import { useDocumentTitle } from "../../lib/documentTitle";
import { retryList, useCursorStack } from "../../lib/pagination";
import { useViewer } from "../../lib/viewer";

import { MentionRegionFragment } from "./CommentsTab";
import { ProjectListExport } from "./ProjectListExport";
import { type AdviserRegion, ProjectListFilters } from "./ProjectListFilters";
import {
  ALL_REGIONS,
  hasFilters,
  parseProjectListSearch,
  projectFilterOf,
  serializeProjectListSearch,
  type ProjectListSearch,
} from "./projectListSearch";
import { MentionableAdvisersQuery } from "./ProjectPage";
import { ProjectTable } from "./ProjectTable";

export const PROJECT_PAGE_SIZE = 20;

export const ProjectListContextQuery = graphql(`
  query ProjectListContext {
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

export const ProjectListQuery = graphql(`
  query ProjectList($region: String, $first: Int!, $after: String, $filter: ProjectFilter) {
    projects(region: $region, first: $first, after: $after, filter: $filter) {
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
          ...ProjectRow_project
        }
      }
    }
  }
`);

/** The region the list shows: the one in the URL if it exists, else the viewer's own region (the
 * regions' staff have one), else every region. Null means every region (the `region` argument omitted). */
export function effectiveRegion(
  search: ProjectListSearch,
  viewer: { region?: { slug: string } | null } | null | undefined,
  regionSlugs: readonly string[],
): string | null {
  if (search.region === ALL_REGIONS) return null;
  if (search.region && regionSlugs.includes(search.region)) return search.region;
  return viewer?.region?.slug ?? null;
}

/** The regions' projects, for their staff (partners read theirs on `partners/SharedProjectsPage`). */
export function ProjectListPage() {
  const { t } = useTranslation(["projects", "common"]);
  const [searchParams, setSearchParams] = useSearchParams();
  const urlSearch = parseProjectListSearch(searchParams);

  const context = useQuery(ProjectListContextQuery);
  const viewer = useViewer();
  useDocumentTitle(t("list.title"));

  const regions = (context.data?.regions.edges ?? []).map((edge) => edge.node);
  const region = effectiveRegion(
    urlSearch,
    viewer,
    regions.map((r) => r.slug),
  );

  // The advisers the « Conseiller » filter offers: the query that lists every region's advisers, for
  // those the API lets read the people of the programme.
  const mayListAdvisers = can(viewer, "VIEW_USER", "national");
  const staff = useQuery(MentionableAdvisersQuery, { skip: !mayListAdvisers });
  const staffRegions = useFragment(
    MentionRegionFragment,
    staff.data?.regions.edges.map((edge) => edge.node),
  );
  const adviserRegions: AdviserRegion[] | null = mayListAdvisers
    ? (staffRegions ?? []).map((r) => ({
        slug: regions.find((known) => known.id === r.id)?.slug ?? "",
        name: r.name,
        advisers: r.advisers.edges.map((edge) => edge.node),
      }))
    : null;
  const advisersState = !mayListAdvisers || staff.data ? "ready" : staff.error ? "failed" : "loading";

  // The search as the page shows it, and so as it filters and exports: once the advisers are known,
  // those the viewer cannot choose here (another region's, an unknown id) are dropped, like other
  // unknown values.
  const offeredAdvisers = new Set(
    (adviserRegions ?? [])
      .filter((r) => region === null || r.slug === region)
      .flatMap((r) => r.advisers.map((adviser) => adviser.id)),
  );
  const chosen: ProjectListSearch =
    advisersState === "loading"
      ? urlSearch
      : { ...urlSearch, advisers: urlSearch.advisers.filter((id) => offeredAdvisers.has(id)) };
  // An adviser's list opens on the projects they follow (« Mes projets ») in the regions where they may
  // follow one; « Tous » (`conseiller=tous`) shows everyone's.
  const me = viewer.user && can(viewer, "FOLLOW_PROJECT") ? viewer.user.id : null;
  const followedIn = regionsWhere(viewer, "FOLLOW_PROJECT").map((r) => r.slug);
  const opensOnMine = (listed: string | null) => me !== null && (listed === null || followedIn.includes(listed));
  const search: ProjectListSearch =
    me && opensOnMine(region) && chosen.advisers.length === 0 && !chosen.everyAdviser
      ? { ...chosen, advisers: [me] }
      : chosen;
  const view = !opensOnMine(region)
    ? null
    : search.advisers.length === 0
      ? "all"
      : search.advisers.length === 1 && search.advisers[0] === me
        ? "mine"
        : "";
  const filter = projectFilterOf(search);
  const cursors = useCursorStack(JSON.stringify([region, filter]));
  const list = useQuery(ProjectListQuery, {
    // A link naming advisers waits for them: the first request already has the filters shown.
    skip: !context.data || (advisersState === "loading" && urlSearch.advisers.length > 0),
    // A region that does not answer is reported in `unavailableRegions`: keep the others' data.
    errorPolicy: "all",
    variables: {
      region,
      first: PROJECT_PAGE_SIZE,
      after: cursors.after,
      filter,
    },
  });

  const updateSearch = (next: ProjectListSearch) => {
    // No adviser left, for one whose list opens on theirs: say « everyone's », or theirs would come back.
    const nextRegion = effectiveRegion(
      next,
      viewer,
      regions.map((r) => r.slug),
    );
    const everyAdviser = opensOnMine(nextRegion) && next.advisers.length === 0;
    setSearchParams(serializeProjectListSearch({ ...next, everyAdviser }), { replace: true });
  };
  // « Mes projets » / « Tous » is a view of its own: a new history entry, so that « Précédent » returns.
  const changeScope = (value: string) => {
    setSearchParams(serializeProjectListSearch({ ...search, advisers: [], everyAdviser: value === "all" }));
  };

  const projects = (list.data ?? list.previousData)?.projects;
  const scope = region ? (regions.find((r) => r.slug === region)?.name ?? region) : t("list.allRegions");
  const unavailable = projects?.unavailableRegions ?? [];

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t("list.title")}</Title>
        <Text mt="xs">{t("list.intro")}</Text>
      </div>

      {context.error && !context.data && (
        <QueryErrorAlert error={context.error} onRetry={() => void context.refetch()} />
      )}
      {context.loading && !context.data && <LoadingState />}

      {context.data && view !== null && (
        <SegmentedControl
          aria-label={t("list.scope")}
          value={view}
          onChange={changeScope}
          data={[
            { value: "mine", label: t("list.scopeMine") },
            { value: "all", label: t("list.scopeAll") },
          ]}
          style={{ alignSelf: "flex-start" }}
        />
      )}

      {context.data && (
        <ProjectListFilters
          regions={regions}
          region={region ?? ALL_REGIONS}
          search={search}
          onChange={updateSearch}
          adviserRegions={adviserRegions}
          advisersState={advisersState}
        />
      )}

      {unavailable.length > 0 && (
        <Alert color="orange" title={t("list.unavailableTitle")}>
          {t("list.unavailable", { regions: unavailable.map((r) => r.name).join(", ") })}
        </Alert>
      )}

      {list.error && (
        <QueryErrorAlert error={list.error} onRetry={() => retryList(list.error, cursors, list.refetch)} />
      )}

      {list.loading && !projects && <LoadingState />}

      {projects && (
        <Stack gap="xs">
          <Group justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Text fw={600} role="status">
                {t("list.count", { count: projects.totalCount })}
              </Text>
              {list.loading && <Loader size="xs" aria-label={t("common:loading")} />}
            </Group>
            <ProjectListExport region={region} search={search} disabled={projects.totalCount === 0} />
          </Group>
          {projects.edges.length === 0 ? (
            <Alert color="filiere" variant="light">
              {view === "mine" && !hasFilters({ ...search, advisers: [] })
                ? t("list.emptyMine")
                : hasFilters(search)
                  ? t("list.emptyFiltered")
                  : t("list.empty")}
            </Alert>
          ) : (
            <ProjectTable
              caption={
                cursors.page > 1 ? t("list.captionPage", { scope, page: cursors.page }) : t("list.caption", { scope })
              }
              projects={projects.edges.map((edge) => ({ id: edge.node.id, row: edge.node }))}
              busy={list.loading}
            />
          )}
          <PaginationControls
            connection={projects}
            pageSize={PROJECT_PAGE_SIZE}
            cursors={cursors}
            disabled={list.loading}
          />
        </Stack>
      )}
    </Stack>
  );
}

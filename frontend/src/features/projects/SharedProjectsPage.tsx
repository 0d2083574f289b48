import { useQuery } from "@apollo/client/react";
import { Alert, Group, Loader, NativeSelect, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";

import { LoadingState } from "../../components/LoadingState";
import { PaginationControls } from "../../components/PaginationControls";
import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { useFragment } from "../../graphql/generated/fragment-masking";
import { graphql } from "../../graphql/generated/gql";
import { GrantScope } from "../../graphql/generated/graphql";
import { useDocumentTitle } from "../../lib/documentTitle";
import { retryList, useCursorStack } from "../../lib/pagination";
import { useViewer } from "../../lib/viewer";

import { ProjectListExport } from "./ProjectListExport";
import { ProjectListFilters } from "./ProjectListFilters";
import { effectiveRegion, ProjectListContextQuery } from "./ProjectListPage";
import {
  ALL_REGIONS,
  hasFilters,
  parseProjectListSearch,
  projectFilterOf,
  serializeProjectListSearch,
  sharedProjectsExportUrl,
  type ProjectListSearch,
} from "./projectListSearch";
import { SharedProjectRowFragment, SharedProjectsTable } from "./SharedProjectsTable";

/** The API's largest page: an organisation's shared projects fit on one, so that the scope filter (which
 * the API has no argument for) sees them all. */
export const SHARED_PAGE_SIZE = 100;

/** `portee=FINANCING`: the scope filter, kept in the URL with the list's other filters. */
export const SCOPE_PARAM = "portee";

const SCOPES = new Set<string>(Object.values(GrantScope));
const isScope = (value: string | null): value is GrantScope => value !== null && SCOPES.has(value);

export const SharedProjectsQuery = graphql(`
  query SharedProjects($region: String, $first: Int!, $after: String, $filter: ProjectFilter) {
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
          ...SharedProjectRow_project
        }
      }
    }
  }
`);

/** A partner's « Projets partagés »: the projects shared with their organisation (the API lists those
 * only), with what each grant opens and until when; filtered like the staff's list, and by scope. */
export function SharedProjectsPage() {
  const { t } = useTranslation(["partners", "projects", "common"]);
  const [searchParams, setSearchParams] = useSearchParams();
  const search = parseProjectListSearch(searchParams);
  const scopeParam = searchParams.get(SCOPE_PARAM);
  const scope = isScope(scopeParam) ? scopeParam : null;
  const viewer = useViewer();
  const organisation = viewer.organisation?.name;
  useDocumentTitle(t("shared.title"));

  const context = useQuery(ProjectListContextQuery);
  const regions = (context.data?.regions.edges ?? []).map((edge) => edge.node);
  const region = effectiveRegion(
    search,
    viewer,
    regions.map((r) => r.slug),
  );
  const filter = projectFilterOf(search);
  const cursors = useCursorStack(JSON.stringify([region, filter]));
  const list = useQuery(SharedProjectsQuery, {
    skip: !context.data,
    // A region that does not answer is reported in `unavailableRegions`: keep the others' data.
    errorPolicy: "all",
    variables: { region, first: SHARED_PAGE_SIZE, after: cursors.after, filter },
  });

  const navigate = (next: ProjectListSearch, nextScope: GrantScope | null) => {
    const params = serializeProjectListSearch(next);
    if (nextScope) params.set(SCOPE_PARAM, nextScope);
    setSearchParams(params, { replace: true });
  };

  const projects = (list.data ?? list.previousData)?.projects;
  const rows = useFragment(
    SharedProjectRowFragment,
    (projects?.edges ?? []).map((edge) => edge.node),
  );
  const shown = (projects?.edges ?? []).filter(
    (_, index) => scope === null || rows[index]?.viewerGrant?.scope === scope,
  );
  const unavailable = projects?.unavailableRegions ?? [];
  const filtered = hasFilters(search) || scope !== null || region !== null;
  // Nothing shared at all: the explanation alone, filters would only add noise.
  const nothingShared = !filtered && !list.loading && projects?.totalCount === 0;

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t("shared.title")}</Title>
        <Text mt="xs">{t("shared.intro")}</Text>
      </div>

      {context.error && !context.data && (
        <QueryErrorAlert error={context.error} onRetry={() => void context.refetch()} />
      )}
      {context.loading && !context.data && <LoadingState />}

      {context.data && !nothingShared && (
        <Stack gap="sm">
          <ProjectListFilters
            regions={regions}
            region={region ?? ALL_REGIONS}
            search={search}
            onChange={(next) => navigate(next, scope)}
            adviserRegions={null}
            advisersState="ready"
          />
          <NativeSelect
            label={t("shared.scopeFilter")}
            value={scope ?? ""}
            onChange={(event) => {
              const value = event.currentTarget.value;
              navigate(search, isScope(value) ? value : null);
            }}
            data={[
              { value: "", label: t("shared.anyScope") },
              ...Object.values(GrantScope).map((value) => ({ value, label: t(`shared.scope.${value}`) })),
            ]}
            maw={320}
          />
        </Stack>
      )}

      {unavailable.length > 0 && (
        <Alert color="orange" title={t("projects:list.unavailableTitle")}>
          {t("projects:list.unavailable", { regions: unavailable.map((r) => r.name).join(", ") })}
        </Alert>
      )}

      {list.error && (
        <QueryErrorAlert error={list.error} onRetry={() => retryList(list.error, cursors, list.refetch)} />
      )}

      {list.loading && !projects && <LoadingState />}

      {projects && nothingShared && (
        <Alert color="filiere" variant="light">
          {organisation ? t("shared.empty", { organisation }) : t("shared.emptyNoOrganisation")}
        </Alert>
      )}

      {projects && !nothingShared && (
        <Stack gap="xs">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Stack gap={2}>
              <Group gap="sm" wrap="nowrap">
                <Text fw={600} role="status">
                  {t("shared.count", { count: projects.totalCount })}
                </Text>
                {list.loading && <Loader size="xs" aria-label={t("common:loading")} />}
              </Group>
              {scope !== null && (
                <Text size="sm" c="dimmed">
                  {t("shared.shownOfScope", { count: shown.length })}
                </Text>
              )}
            </Stack>
            {/* The workbook is the list shown: same filters, same scope, each cell as its grant allows. */}
            <ProjectListExport
              region={region}
              search={search}
              url={sharedProjectsExportUrl(region, search, scope)}
              disabled={shown.length === 0}
            />
          </Group>
          {shown.length === 0 ? (
            <Alert color="filiere" variant="light">
              {t("shared.emptyFiltered")}
            </Alert>
          ) : (
            <SharedProjectsTable
              caption={organisation ? t("shared.caption", { organisation }) : t("shared.captionNoOrganisation")}
              projects={shown.map((edge) => ({ id: edge.node.id, row: edge.node }))}
              busy={list.loading}
            />
          )}
          <PaginationControls
            connection={projects}
            pageSize={SHARED_PAGE_SIZE}
            cursors={cursors}
            disabled={list.loading}
          />
        </Stack>
      )}
    </Stack>
  );
}

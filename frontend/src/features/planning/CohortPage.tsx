import { useQuery } from "@apollo/client/react";
import { Anchor, Group, NativeSelect, Paper, Stack, Text, Title } from "@mantine/core";
import { lazy, Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router";

import { LoadingState } from "../../components/LoadingState";
import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { graphql } from "../../graphql/generated/gql";
import { MilestoneStatus, ProjectStatus } from "../../graphql/generated/graphql";
import { can } from "../../lib/capabilities";
import { useDocumentTitle } from "../../lib/documentTitle";
import { routes } from "../../lib/routes";
import { useViewer } from "../../lib/viewer";

import { AddProjectPanel } from "./AddProjectPanel";
import { CalendarFeeds } from "./CalendarFeeds";
import { CohortExports } from "./CohortExports";
import { CohortFacts } from "./CohortFacts";
import { MigratePanel } from "./MigratePanel";
import { MilestoneDrawer } from "./MilestoneDrawer";
import { MilestoneTable } from "./MilestoneTable";
import { ReplanPanel } from "./ReplanPanel";

// The chart library is large: loaded with the page that shows it, not with the app.
const RetroplanningGantt = lazy(() =>
  import("./RetroplanningGantt").then((module) => ({ default: module.RetroplanningGantt })),
);

export const MILESTONES_PER_COHORT = 1000;

export const CohortPageQuery = graphql(`
  query CohortPage($id: ID!, $first: Int!) {
    viewer {
      today
      user {
        id
        displayName
      }
    }
    node(id: $id) {
      __typename
      id
      ... on Cohort {
        name
        version
        eventDate
        viewerCanManage
        viewerCanUpdateMilestones
        methodOutdated
        region {
          id
          slug
          name
          ...MilestoneDrawer_region
        }
        edition {
          id
          methodVersion {
            id
            number
          }
        }
        ...CohortFacts_cohort
        ...ReplanPanel_cohort
        milestones(first: $first) {
          totalCount
          edges {
            node {
              id
              status
              project {
                id
                name
              }
              ...MilestoneRow_milestone
              ...RetroplanningGantt_milestone
              ...MilestoneDrawer_milestone
            }
          }
        }
      }
    }
  }
`);

export const CalendarFeedsQuery = graphql(`
  query CalendarFeeds {
    calendarFeeds(first: 50) {
      edges {
        node {
          id
          ...CalendarFeedRow_feed
        }
      }
    }
  }
`);

/** The region's projects that follow no cohort: those « Ajouter un projet » offers. */
export const CohortProjectsQuery = graphql(`
  query CohortProjects($region: String!, $filter: ProjectFilter!) {
    projects(region: $region, first: 100, filter: $filter) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

/** Filter values: a project id, COHORT_ONLY for the cohort's own milestones, "" for all. */
const COHORT_ONLY = "cohorte";
const STATUSES = Object.values(MilestoneStatus);

function isStatus(value: string | null): value is MilestoneStatus {
  return value !== null && (STATUSES as string[]).includes(value);
}

/** Who may join a cohort: a project past the selection (a candidate is not in the programme yet) that
 * follows no cohort. */
const ADDABLE_PROJECTS_FILTER = {
  inCohort: false,
  status: [ProjectStatus.Selected, ProjectStatus.Accelerating],
};

export function CohortPage() {
  const { t } = useTranslation(["planning", "enums"]);
  const { cohortId = "" } = useParams();
  const [search, setSearch] = useSearchParams();
  const [openId, setOpenId] = useState<string | null>(null);
  const viewer = useViewer();
  const { data, loading, error, refetch } = useQuery(CohortPageQuery, {
    variables: { id: cohortId, first: MILESTONES_PER_COHORT },
  });
  const cohort = data?.node?.__typename === "Cohort" ? data.node : null;
  const notFound = !!data && !cohort;
  useDocumentTitle(cohort ? cohort.name : notFound ? t("cohort.notFoundTitle") : null);

  const projects = useQuery(CohortProjectsQuery, {
    skip: !cohort?.viewerCanManage,
    variables: { region: cohort?.region.slug ?? "", filter: ADDABLE_PROJECTS_FILTER },
  });

  // Calendar links are the region's own staff's (MANAGE_CALENDAR_FEED): asked only of them.
  const feeds = useQuery(CalendarFeedsQuery, {
    skip: !cohort || !can(viewer, "MANAGE_CALENDAR_FEED", { region: cohort.region.slug }),
  });

  const back = (
    <Anchor component={Link} to={routes.cohorts()}>
      {t("cohort.back")}
    </Anchor>
  );
  if (loading && !data) return <LoadingState />;
  if (error && !data) return <QueryErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!cohort) {
    return (
      <Stack gap="md" align="flex-start">
        <Title order={1}>{t("cohort.notFoundTitle")}</Title>
        <Text>{t("cohort.notFoundBody")}</Text>
        {back}
      </Stack>
    );
  }

  const reload = () => refetch();
  const milestones = cohort.milestones.edges.map((edge) => edge.node);
  const projectFilter = search.get("projet") ?? "";
  const statusParam = search.get("statut");
  const statusFilter = isStatus(statusParam) ? statusParam : null;
  const projectsInCohort = new Map<string, string>();
  for (const milestone of milestones) {
    if (milestone.project) projectsInCohort.set(milestone.project.id, milestone.project.name);
  }
  const shown = milestones.filter(
    (milestone) =>
      (!projectFilter ||
        (projectFilter === COHORT_ONLY ? !milestone.project : milestone.project?.id === projectFilter)) &&
      (!statusFilter || milestone.status === statusFilter),
  );
  const setFilter = (name: "projet" | "statut", value: string) => {
    const next = new URLSearchParams(search);
    if (value) next.set(name, value);
    else next.delete(name);
    setSearch(next, { replace: true });
  };
  const candidates = (projects.data?.projects.edges ?? []).map((edge) => edge.node);
  const opened = openId ? milestones.find((milestone) => milestone.id === openId) : undefined;
  // The server's date in France: statuses are computed from it, not from the browser's clock.
  const today = data?.viewer?.today ?? null;
  const outdatedTarget = cohort.methodOutdated ? cohort.edition?.methodVersion : undefined;

  return (
    <Stack gap="lg">
      {back}
      <Title order={1}>{cohort.name}</Title>
      {error && <QueryErrorAlert error={error} />}
      {/* The plan first: what the cohort's people come for; the facts and the management below. */}
      <section aria-labelledby="cohorte-retroplanning">
        <Stack gap="md">
          <Title order={2} id="cohorte-retroplanning">
            {t("cohort.retroplanningHeading")}
          </Title>
          <Group align="flex-end" role="search" aria-label={t("cohort.filters")}>
            <NativeSelect
              label={t("cohort.projectFilter")}
              value={projectFilter}
              onChange={(event) => setFilter("projet", event.currentTarget.value)}
              data={[
                { value: "", label: t("cohort.allProjects") },
                { value: COHORT_ONLY, label: t("cohort.cohortOnly") },
                ...[...projectsInCohort.entries()]
                  .sort(([, a], [, b]) => a.localeCompare(b, "fr"))
                  .map(([id, name]) => ({ value: id, label: name })),
              ]}
            />
            <NativeSelect
              label={t("cohort.statusFilter")}
              value={statusFilter ?? ""}
              onChange={(event) => setFilter("statut", event.currentTarget.value)}
              data={[
                { value: "", label: t("cohort.allStatuses") },
                ...STATUSES.map((value) => ({ value, label: t(`enums:milestoneStatus.${value}`) })),
              ]}
            />
            <Text size="sm" role="status">
              {t("cohort.count", { count: shown.length, total: milestones.length })}
            </Text>
          </Group>

          <section aria-label={t("gantt.label")}>
            <Suspense fallback={<LoadingState />}>
              <RetroplanningGantt
                milestones={shown}
                eventDate={cohort.eventDate ?? null}
                today={today}
                onOpen={setOpenId}
              />
            </Suspense>
          </section>

          {shown.length === 0 ? (
            <Text>{t("cohort.emptyFiltered")}</Text>
          ) : (
            <MilestoneTable milestones={shown.map((node) => ({ id: node.id, row: node }))} onOpen={setOpenId} />
          )}
        </Stack>
      </section>

      <CohortFacts cohort={cohort} today={today} />

      {cohort.viewerCanManage && (
        <Paper withBorder p="md" component="section" aria-labelledby="cohorte-gerer">
          <Stack gap="md">
            <Title order={2} size="h3" id="cohorte-gerer">
              {t("cohort.manageHeading")}
            </Title>
            <ReplanPanel cohort={cohort} onApplied={reload} />
            <div>
              <Title order={3} size="h4" mb="xs">
                {t("addProject.heading")}
              </Title>
              {projects.error && <QueryErrorAlert error={projects.error} />}
              {projects.loading && !projects.data ? (
                <LoadingState />
              ) : (
                <AddProjectPanel
                  cohortId={cohort.id}
                  cohortVersion={cohort.version}
                  candidates={candidates}
                  onAdded={reload}
                />
              )}
            </div>
            {outdatedTarget && (
              <MigratePanel
                cohortId={cohort.id}
                cohortVersion={cohort.version}
                target={outdatedTarget}
                onMigrated={reload}
              />
            )}
          </Stack>
        </Paper>
      )}

      <CohortExports cohortId={cohort.id} cohortName={cohort.name} />
      {cohort.viewerCanUpdateMilestones && (
        <>
          {feeds.error && <QueryErrorAlert error={feeds.error} onRetry={() => void feeds.refetch()} />}
          <CalendarFeeds
            cohortId={cohort.id}
            feeds={(feeds.data?.calendarFeeds.edges ?? []).map((edge) => edge.node)}
            onChanged={() => feeds.refetch()}
          />
        </>
      )}

      {opened && (
        <MilestoneDrawer
          key={opened.id}
          milestone={opened}
          region={cohort.region}
          today={today}
          me={data?.viewer?.user ?? null}
          onClose={() => setOpenId(null)}
          onReplanned={reload}
        />
      )}
    </Stack>
  );
}

import { useQuery } from "@apollo/client/react";
import { Alert, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";

import { LoadingState } from "../../components/LoadingState";
import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { graphql } from "../../graphql/generated/gql";
import { can, regionsWhere } from "../../lib/capabilities";
import { formatLongDate } from "../../lib/dates";
import { useDocumentTitle } from "../../lib/documentTitle";
import { routes } from "../../lib/routes";
import { useViewer } from "../../lib/viewer";

import {
  BlockList,
  CandidacyItem,
  DashboardBlock,
  MilestoneItem,
  NotificationItem,
  ProjectItem,
  RegionCountsTable,
  SourcingRequestItem,
} from "./DashboardBlocks";

/** « Mes jalons » looks this far ahead (working days), as its own page does by default. */
export const DASHBOARD_HORIZON_WORKING_DAYS = 10;
/** Items shown per block; the block's link opens the rest. */
export const DASHBOARD_ITEMS = 5;
/** The milestones are read up to this many to count the late ones apart (as « Mes jalons » does). */
export const DASHBOARD_MILESTONES_READ = 100;
/** An adviser's projects are read up to this many to show the nearest deadlines first (the API lists
 * them by name); an adviser follows far fewer. */
export const DASHBOARD_PROJECTS_READ = 50;
/** The project list's value of `region` for every region (`features/projects/projectListSearch.ts`). */
const ALL_REGIONS = "toutes";

/** One request for the whole page: each block is asked for only when the viewer's capabilities open it. */
export const DashboardQuery = graphql(`
  query Dashboard(
    $withProjects: Boolean!
    $projectsRegion: String
    $adviser: [ID!]
    $projectsRead: Int!
    $withMilestones: Boolean!
    $horizon: Int!
    $milestonesRead: Int!
    $withCandidacies: Boolean!
    $candidaciesRegion: String
    $withSourcing: Boolean!
    $withRegions: Boolean!
    $items: Int!
  ) {
    viewer {
      today
    }
    inboxUnreadCount
    inbox(first: $items, unreadOnly: true) {
      edges {
        node {
          id
          ...DashboardNotification_item
        }
      }
    }
    myProjects: projects(region: $projectsRegion, first: $projectsRead, filter: { adviser: $adviser })
      @include(if: $withProjects) {
      totalCount
      unavailableRegions {
        slug
        name
      }
      edges {
        node {
          id
          nextMilestone {
            id
            dueDate
          }
          ...DashboardProject_project
        }
      }
    }
    myMilestones(horizonWorkingDays: $horizon, first: $milestonesRead) @include(if: $withMilestones) {
      totalCount
      unavailableRegions {
        slug
        name
      }
      edges {
        node {
          id
          status
          ...DashboardMilestone_milestone
        }
      }
    }
    candidacies: projects(region: $candidaciesRegion, first: $items, filter: { status: [CANDIDATE] })
      @include(if: $withCandidacies) {
      totalCount
      unavailableRegions {
        slug
        name
      }
      edges {
        node {
          id
          ...DashboardCandidacy_project
        }
      }
    }
    awaitingRequests: sourcingRequests(awaitingMyAnswer: true, first: $items) @include(if: $withSourcing) {
      totalCount
      unavailableRegions {
        slug
        name
      }
      edges {
        node {
          id
          ...DashboardSourcingRequest_request
        }
      }
    }
    overview: regions @include(if: $withRegions) {
      edges {
        node {
          id
          ...DashboardRegionCounts_region
        }
      }
    }
  }
`);

/** The projects with the nearest next deadline first (ISO dates compare as text), then those without
 * one, each group in the API's order (by name). */
export function nearestFirst<P extends { nextMilestone?: { dueDate?: string | null } | null }>(
  projects: readonly P[],
): P[] {
  const due = (project: P) => project.nextMilestone?.dueDate ?? null;
  return [...projects].sort((a, b) => {
    const [left, right] = [due(a), due(b)];
    if (left === right) return 0;
    if (left === null) return 1;
    if (right === null) return -1;
    return left < right ? -1 : 1;
  });
}

/** « Mon tableau de bord », the staff's home page: their work first — their projects and next deadlines,
 * their late and coming milestones, the candidacies waiting for a decision, the sourcing requests waiting
 * for their region, their unread notifications; for CCI France, the regions' projects at a glance. */
export function DashboardPage() {
  const { t } = useTranslation("home");
  useDocumentTitle(t("title"));
  const viewer = useViewer();

  const projectsRegion = regionsWhere(viewer, "FOLLOW_PROJECT")[0]?.slug ?? null;
  const candidaciesRegion = regionsWhere(viewer, "REVIEW_CANDIDACY")[0]?.slug ?? null;
  const withProjects = projectsRegion !== null && viewer.user !== null;
  const withCandidacies = candidaciesRegion !== null;
  // Whoever answers requests sent to their region waits on those; CCI France, on those nobody answered.
  const answers = can(viewer, "ANSWER_SOURCING_REQUEST");
  const withSourcing = can(viewer, "VIEW_SOURCING_REQUEST");
  // Who oversees several regions' records gets the regions side by side.
  const withRegions = regionsWhere(viewer, "VIEW_PROJECT_CONFIDENTIAL").length > 1;

  const { data, loading, error, refetch } = useQuery(DashboardQuery, {
    // A region that does not answer is named below; the others' blocks still show.
    errorPolicy: "all",
    variables: {
      withProjects,
      projectsRegion,
      adviser: viewer.user ? [viewer.user.id] : null,
      projectsRead: DASHBOARD_PROJECTS_READ,
      withMilestones: can(viewer, "UPDATE_MILESTONE"),
      horizon: DASHBOARD_HORIZON_WORKING_DAYS,
      milestonesRead: DASHBOARD_MILESTONES_READ,
      withCandidacies,
      candidaciesRegion,
      withSourcing,
      withRegions,
      items: DASHBOARD_ITEMS,
    },
  });

  const today = data?.viewer?.today ? formatLongDate(data.viewer.today) : null;
  const milestones = data?.myMilestones?.edges.map((edge) => edge.node) ?? [];
  const myProjects = nearestFirst(data?.myProjects?.edges.map((edge) => edge.node) ?? []).slice(0, DASHBOARD_ITEMS);
  const late = milestones.filter((milestone) => milestone.status === "LATE").length;
  const unavailable = [
    ...new Map(
      [data?.myProjects, data?.myMilestones, data?.candidacies, data?.awaitingRequests]
        .flatMap((connection) => connection?.unavailableRegions ?? [])
        .map((region) => [region.slug, region.name]),
    ).values(),
  ];
  const days = DASHBOARD_HORIZON_WORKING_DAYS;

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t("title")}</Title>
        {today && <Text mt="xs">{t("intro", { date: today })}</Text>}
      </div>

      {loading && !data && <LoadingState />}
      {error && <QueryErrorAlert error={error} onRetry={() => void refetch()} />}
      {unavailable.length > 0 && (
        <Alert color="orange">{t("regionsUnavailable", { regions: unavailable.join(", ") })}</Alert>
      )}

      {data?.overview && (
        <DashboardBlock
          title={t("regions.title")}
          link={{ to: routes.projects(new URLSearchParams({ region: ALL_REGIONS })), label: t("regions.link") }}
        >
          <RegionCountsTable caption={t("regions.caption")} regions={data.overview.edges.map((edge) => edge.node)} />
        </DashboardBlock>
      )}

      {data && (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          {data.candidacies && (
            <DashboardBlock
              title={t("candidacies.title")}
              summary={t("candidacies.count", { count: data.candidacies.totalCount })}
              link={{ to: routes.candidates(), label: t("candidacies.link") }}
            >
              {data.candidacies.edges.length > 0 && (
                <BlockList label={t("candidacies.list")}>
                  {data.candidacies.edges.map((edge) => (
                    <CandidacyItem key={edge.node.id} project={edge.node} />
                  ))}
                </BlockList>
              )}
            </DashboardBlock>
          )}

          {data.myMilestones && (
            <DashboardBlock
              title={t("milestones.title")}
              summary={
                data.myMilestones.totalCount === 0
                  ? t("milestones.empty", { days })
                  : `${t("milestones.late", { count: late })}, ${t("milestones.upcoming", {
                      count: data.myMilestones.totalCount - late,
                      days,
                    })}`
              }
              link={{ to: routes.myMilestones(), label: t("milestones.link") }}
            >
              {milestones.length > 0 && (
                <BlockList label={t("milestones.list")}>
                  {milestones.slice(0, DASHBOARD_ITEMS).map((milestone) => (
                    <MilestoneItem key={milestone.id} milestone={milestone} />
                  ))}
                </BlockList>
              )}
            </DashboardBlock>
          )}

          {data.myProjects && (
            <DashboardBlock
              title={t("projects.title")}
              summary={t("projects.count", { count: data.myProjects.totalCount })}
              link={{ to: routes.projects(), label: t("projects.link") }}
            >
              {myProjects.length > 0 && (
                <BlockList label={t("projects.list")}>
                  {myProjects.map((project) => (
                    <ProjectItem key={project.id} project={project} />
                  ))}
                </BlockList>
              )}
            </DashboardBlock>
          )}

          {data.awaitingRequests && (
            <DashboardBlock
              title={t("sourcing.title")}
              summary={t(answers ? "sourcing.countAnswer" : "sourcing.countUnanswered", {
                count: data.awaitingRequests.totalCount,
              })}
              link={{ to: routes.sourcingRequests(), label: t("sourcing.link") }}
            >
              {data.awaitingRequests.edges.length > 0 && (
                <BlockList label={t("sourcing.list")}>
                  {data.awaitingRequests.edges.map((edge) => (
                    <SourcingRequestItem key={edge.node.id} request={edge.node} />
                  ))}
                </BlockList>
              )}
            </DashboardBlock>
          )}

          <DashboardBlock
            title={t("inbox.title")}
            summary={t("inbox.count", { count: data.inboxUnreadCount })}
            link={{ to: routes.notifications(), label: t("inbox.link") }}
          >
            {data.inbox.edges.length > 0 && (
              <BlockList label={t("inbox.list")}>
                {data.inbox.edges.map((edge) => (
                  <NotificationItem key={edge.node.id} item={edge.node} />
                ))}
              </BlockList>
            )}
          </DashboardBlock>
        </SimpleGrid>
      )}
    </Stack>
  );
}

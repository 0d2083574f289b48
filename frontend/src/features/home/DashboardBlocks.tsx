import { Anchor, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useId, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

import { MilestoneStatusBadge } from "../../components/MilestoneStatusBadge";
import { type FragmentType, useFragment } from "../../graphql/generated/fragment-masking";
import { graphql } from "../../graphql/generated/gql";
import type { ProjectStatus } from "../../graphql/generated/graphql";
import { formatDayOf, formatLongDate } from "../../lib/dates";
import { formatNumber } from "../../lib/numbers";
import { routes } from "../../lib/routes";

/** One block of the dashboard: a titled region, the sentence that counts, the first items (or nothing
 * when the sentence already says there are none) and the link to the full page. */
export function DashboardBlock(props: {
  title: string;
  summary?: ReactNode;
  /** The items, a list named `listLabel`; omitted when there are none (the summary says so). */
  children?: ReactNode;
  link: { to: string; label: string };
}) {
  const id = useId();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Stack gap="sm" h="100%">
        <Title order={2} size="h3" id={id}>
          {props.title}
        </Title>
        {props.summary && <Text>{props.summary}</Text>}
        {props.children}
        <Anchor component={Link} to={props.link.to} fw={600} mt="auto">
          {props.link.label}
        </Anchor>
      </Stack>
    </Paper>
  );
}

/** The items of a block: a list with a name, without bullets. */
export function BlockList({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack component="ul" gap="xs" aria-label={label} style={{ listStyle: "none", margin: 0, padding: 0 }}>
      {children}
    </Stack>
  );
}

export const DashboardProjectFragment = graphql(`
  fragment DashboardProject_project on Project {
    id
    name
    company {
      id
      name
    }
    nextMilestone {
      id
      title
      dueDate
      status
    }
  }
`);

/** « Fil de lin normand » — its next deadline, « En retard » when it is. */
export function ProjectItem(props: { project: FragmentType<typeof DashboardProjectFragment> }) {
  const { t } = useTranslation("home");
  const project = useFragment(DashboardProjectFragment, props.project);
  const next = project.nextMilestone;
  return (
    <li>
      <Anchor component={Link} to={routes.project(project.id)} fw={600}>
        {project.name}
      </Anchor>
      <Text size="sm" c="dimmed" span>
        {" "}
        — {project.company.name}
      </Text>
      <Group gap="xs" wrap="nowrap">
        <Text size="sm">
          {!next
            ? t("projects.noNext")
            : next.dueDate
              ? t("projects.next", { title: next.title, date: formatLongDate(next.dueDate) ?? next.dueDate })
              : t("projects.nextUndated", { title: next.title })}
        </Text>
        {next?.status === "LATE" && <MilestoneStatusBadge status={next.status} />}
      </Group>
    </li>
  );
}

export const DashboardMilestoneFragment = graphql(`
  fragment DashboardMilestone_milestone on Milestone {
    id
    title
    status
    dueDate
    project {
      id
      name
    }
    cohort {
      id
      name
    }
  }
`);

/** A milestone, where it belongs (the project, or the whole cohort), when it is due, its status. */
export function MilestoneItem(props: { milestone: FragmentType<typeof DashboardMilestoneFragment> }) {
  const { t } = useTranslation("home");
  const milestone = useFragment(DashboardMilestoneFragment, props.milestone);
  const where = milestone.project
    ? { to: routes.project(milestone.project.id, "jalons"), name: milestone.project.name }
    : { to: routes.cohort(milestone.cohort.id), name: milestone.cohort.name };
  return (
    <li>
      <Group gap="xs" justify="space-between" wrap="nowrap" align="flex-start">
        <div>
          <Text fw={600}>{milestone.title}</Text>
          <Text size="sm">
            <Anchor component={Link} to={where.to}>
              {where.name}
            </Anchor>
            {milestone.dueDate &&
              ` · ${t("milestones.due", { date: formatLongDate(milestone.dueDate) ?? milestone.dueDate })}`}
          </Text>
        </div>
        <MilestoneStatusBadge status={milestone.status} />
      </Group>
    </li>
  );
}

export const DashboardNotificationFragment = graphql(`
  fragment DashboardNotification_item on InboxItem {
    id
    kind
    createdAt
    actorName
    projectName
    region {
      id
      name
    }
  }
`);

/** « Camille Lemoine vous a mentionné : Fil de lin normand », and when. */
export function NotificationItem(props: { item: FragmentType<typeof DashboardNotificationFragment> }) {
  const { t } = useTranslation("home");
  const item = useFragment(DashboardNotificationFragment, props.item);
  return (
    <li>
      <Text size="sm">
        {t(`inbox.kind.${item.kind}`, { actor: item.actorName, project: `${item.projectName} (${item.region.name})` })}
      </Text>
      <Text size="xs" c="dimmed">
        {formatDayOf(item.createdAt)}
      </Text>
    </li>
  );
}

export const DashboardSourcingRequestFragment = graphql(`
  fragment DashboardSourcingRequest_request on SourcingRequest {
    id
    projectName
    stageName
    deadline
    region {
      id
      name
    }
  }
`);

/** The project and region that ask, the stage, and until when they take answers. */
export function SourcingRequestItem(props: { request: FragmentType<typeof DashboardSourcingRequestFragment> }) {
  const { t } = useTranslation("home");
  const request = useFragment(DashboardSourcingRequestFragment, props.request);
  return (
    <li>
      <Text fw={600}>{t("sourcing.from", { project: request.projectName, region: request.region.name })}</Text>
      <Text size="sm">
        {request.stageName} · {t("sourcing.deadline", { date: formatLongDate(request.deadline) ?? request.deadline })}
      </Text>
    </li>
  );
}

export const DashboardCandidacyFragment = graphql(`
  fragment DashboardCandidacy_project on Project {
    id
    name
    company {
      id
      name
      communeName
    }
  }
`);

/** A candidate project and its company, which opens the project. */
export function CandidacyItem(props: { project: FragmentType<typeof DashboardCandidacyFragment> }) {
  const { t } = useTranslation("home");
  const project = useFragment(DashboardCandidacyFragment, props.project);
  return (
    <li>
      <Anchor component={Link} to={routes.project(project.id)} fw={600}>
        {project.name}
      </Anchor>
      <Text size="sm">
        {t("candidacies.company", { company: project.company.name, commune: project.company.communeName })}
      </Text>
    </li>
  );
}

/** The steps the overview shows, in the journey's order: where projects are under way or waiting. */
export const OVERVIEW_STEPS: readonly ProjectStatus[] = ["CANDIDATE", "SELECTED", "ACCELERATING", "FOLLOW_UP"];

export const DashboardRegionCountsFragment = graphql(`
  fragment DashboardRegionCounts_region on Region {
    id
    slug
    name
    projectCounts {
      status
      count
    }
  }
`);

/** « Projets par région »: a row per region, its projects at the main steps and in all. */
export function RegionCountsTable(props: {
  caption: string;
  regions: readonly FragmentType<typeof DashboardRegionCountsFragment>[];
}) {
  const { t } = useTranslation(["home", "enums"]);
  const regions = useFragment(DashboardRegionCountsFragment, props.regions);
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table striped verticalSpacing="xs">
        <caption style={{ captionSide: "top", textAlign: "start" }}>{props.caption}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("regions.region")}</Table.Th>
            {OVERVIEW_STEPS.map((step) => (
              <Table.Th key={step} scope="col" ta="end">
                {t(`enums:projectStatus.${step}`)}
              </Table.Th>
            ))}
            <Table.Th scope="col" ta="end">
              {t("regions.total")}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {regions.map((region) => {
            const counts = new Map((region.projectCounts ?? []).map((entry) => [entry.status, entry.count]));
            const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
            const search = new URLSearchParams({ region: region.slug });
            return (
              <Table.Tr key={region.id}>
                <Table.Th scope="row" fw="normal">
                  <Anchor component={Link} to={routes.projects(search)}>
                    {region.name}
                  </Anchor>
                </Table.Th>
                {OVERVIEW_STEPS.map((step) => (
                  <Table.Td key={step} ta="end">
                    {formatNumber(counts.get(step) ?? 0)}
                  </Table.Td>
                ))}
                <Table.Td ta="end" fw={600}>
                  {formatNumber(total)}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

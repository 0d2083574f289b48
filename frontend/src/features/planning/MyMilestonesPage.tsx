import { useQuery } from "@apollo/client/react";
import { Alert, Anchor, Button, Group, Stack, Table, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import type { TFunction } from "i18next";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

import { LoadingState } from "../../components/LoadingState";
import { MilestoneStatusBadge } from "../../components/MilestoneStatusBadge";
import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { PlanningErrorFields } from "../../graphql/errors";
import { type FragmentType, useFragment } from "../../graphql/generated/fragment-masking";
import { graphql } from "../../graphql/generated/gql";
import type { MilestoneState } from "../../graphql/generated/graphql";
import { can } from "../../lib/capabilities";
import { formatLongDate } from "../../lib/dates";
import { useDocumentTitle } from "../../lib/documentTitle";
import { useMutationOutcome } from "../../lib/mutation";
import { formatRelativeDay } from "../../lib/relativeDay";
import { routes } from "../../lib/routes";
import { useViewer } from "../../lib/viewer";

import { CalendarFeeds } from "./CalendarFeeds";
import { planningErrorText } from "./planningErrors";

export const HORIZON_WORKING_DAYS = 10;
/** The API serves 100 items a page at most; more than that is shown as a count. */
export const MY_MILESTONES_LIMIT = 100;

export const MyMilestonesQuery = graphql(`
  query MyMilestones($horizon: Int!, $first: Int!) {
    viewer {
      today
    }
    myMilestones(horizonWorkingDays: $horizon, first: $first) {
      totalCount
      unavailableRegions {
        slug
        name
      }
      edges {
        node {
          id
          status
          ...MyMilestoneRow_milestone
        }
      }
    }
  }
`);

export const MyCalendarFeedsQuery = graphql(`
  query MyCalendarFeeds {
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

export const MyMilestoneRowFragment = graphql(`
  fragment MyMilestoneRow_milestone on Milestone {
    id
    title
    status
    dueDate
    offsetWorkingDays
    startedOn
    version
    viewerCanUpdate
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

export const QuickUpdateMilestoneMutation = graphql(`
  mutation QuickUpdateMilestone($input: UpdateMilestoneInput!) {
    updateMilestone(input: $input) {
      __typename
      ... on MilestoneSuccess {
        milestone {
          id
          status
          startedOn
          doneOn
          version
        }
      }
      ...PlanningErrorFields
    }
  }
`);

/** « 30 jours ouvrés avant J0, le jour de l'événement »: what « J−30 » means. */
function planOffset(t: TFunction<"planning">, offset: number): string {
  if (offset === 0) return t("mine.planOffsetZero");
  return offset < 0 ? t("mine.planOffsetBefore", { count: -offset }) : t("mine.planOffsetAfter", { count: offset });
}

function MyMilestoneRow(props: {
  milestone: FragmentType<typeof MyMilestoneRowFragment>;
  /** The server's date (ISO), to say « aujourd'hui » of what is due today. */
  today: string | null;
  onChanged: () => Promise<unknown>;
}) {
  const { t } = useTranslation(["planning", "common"]);
  const milestone = useFragment(MyMilestoneRowFragment, props.milestone);
  const [update, { loading }] = useMutationOutcome(QuickUpdateMilestoneMutation, PlanningErrorFields, (error) =>
    planningErrorText(t, error),
  );
  const [failure, setFailure] = useState<string | null>(null);

  const act = async (state: MilestoneState) => {
    setFailure(null);
    // Done today when no date is given: the server's today, not the browser's.
    const outcome = await update({
      variables: { input: { milestoneId: milestone.id, expectedVersion: milestone.version, state } },
    });
    if (outcome.status !== "done") {
      // A network or server error is told in the row too: the page has no alert for one milestone.
      setFailure(outcome.status === "refused" ? outcome.refusal.message : t("errors.unknown"));
      return;
    }
    notifications.show({
      message:
        state === "DONE"
          ? t("mine.markedDone", { title: milestone.title })
          : t("mine.started", { title: milestone.title }),
      color: "teal",
      closeButtonProps: { "aria-label": t("common:close") },
    });
    await props.onChanged();
  };

  return (
    <Table.Tr>
      <Table.Th scope="row" fw="normal">
        <Text fw={600} span>
          {milestone.title}
        </Text>
        {failure && (
          <Text size="sm" c="red.9" role="alert">
            {failure}
          </Text>
        )}
      </Table.Th>
      <Table.Td>
        {milestone.project ? (
          <Anchor component={Link} to={routes.project(milestone.project.id)}>
            {milestone.project.name}
          </Anchor>
        ) : (
          t("table.cohortWide")
        )}
      </Table.Td>
      <Table.Td>
        <Anchor component={Link} to={routes.cohort(milestone.cohort.id)}>
          {milestone.cohort.name}
        </Anchor>
      </Table.Td>
      <Table.Td>
        {milestone.dueDate ? (formatLongDate(milestone.dueDate) ?? milestone.dueDate) : t("table.noDueDate")}
        {/* « J−30 » is where the milestone sits in the plan (working days from the event), not a
            countdown from today: said in words, and spelt out on hover. */}
        <Text size="sm" c="dimmed" title={planOffset(t, milestone.offsetWorkingDays)}>
          {milestone.dueDate && milestone.dueDate === props.today
            ? t("mine.dueToday", { day: formatRelativeDay(milestone.offsetWorkingDays) })
            : t("mine.planPosition", { day: formatRelativeDay(milestone.offsetWorkingDays) })}
        </Text>
      </Table.Td>
      <Table.Td>
        <MilestoneStatusBadge status={milestone.status} />
      </Table.Td>
      <Table.Td>
        {milestone.viewerCanUpdate && milestone.status !== "DONE" && (
          <Group gap="xs" wrap="nowrap">
            {!milestone.startedOn && (
              <Button
                size="compact-sm"
                variant="default"
                disabled={loading}
                aria-label={t("mine.startLabel", { title: milestone.title })}
                onClick={() => void act("IN_PROGRESS")}
              >
                {t("mine.start")}
              </Button>
            )}
            <Button
              size="compact-sm"
              variant="outline"
              loading={loading}
              aria-label={t("mine.doneLabel", { title: milestone.title })}
              onClick={() => void act("DONE")}
            >
              {t("mine.done")}
            </Button>
          </Group>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

function MilestoneGroup({
  id,
  title,
  empty,
  milestones,
  today,
  onChanged,
}: {
  id: string;
  title: string;
  empty: string;
  milestones: readonly { id: string; row: FragmentType<typeof MyMilestoneRowFragment> }[];
  today: string | null;
  onChanged: () => Promise<unknown>;
}) {
  const { t } = useTranslation("planning");
  return (
    <section aria-labelledby={id}>
      <Title order={2} id={id}>
        {title}
      </Title>
      <Text size="sm" mb="sm">
        {t("mine.count", { count: milestones.length })}
      </Text>
      {milestones.length === 0 ? (
        <Text>{empty}</Text>
      ) : (
        <Table.ScrollContainer minWidth={820}>
          <Table verticalSpacing="sm" striped aria-labelledby={id}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("mine.columns.milestone")}</Table.Th>
                <Table.Th scope="col">{t("mine.columns.project")}</Table.Th>
                <Table.Th scope="col">{t("mine.columns.cohort")}</Table.Th>
                <Table.Th scope="col">{t("mine.columns.dueDate")}</Table.Th>
                <Table.Th scope="col">{t("mine.columns.status")}</Table.Th>
                <Table.Th scope="col">{t("mine.columns.actions")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {milestones.map(({ id: milestoneId, row }) => (
                <MyMilestoneRow key={milestoneId} milestone={row} today={today} onChanged={onChanged} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </section>
  );
}

export function MyMilestonesPage() {
  const { t } = useTranslation("planning");
  const viewer = useViewer();
  useDocumentTitle(t("mine.title"));
  const { data, loading, error, refetch } = useQuery(MyMilestonesQuery, {
    variables: { horizon: HORIZON_WORKING_DAYS, first: MY_MILESTONES_LIMIT },
    errorPolicy: "all",
  });
  const milestones = (data?.myMilestones.edges ?? []).map((edge) => edge.node);
  const late = milestones.filter((milestone) => milestone.status === "LATE");
  const upcoming = milestones.filter((milestone) => milestone.status !== "LATE" && milestone.status !== "DONE");
  const unavailable = data?.myMilestones.unavailableRegions ?? [];
  const reload = () => refetch();
  // A calendar link of one's milestones: for those the API lets manage calendar links.
  const mayFeed = can(viewer, "MANAGE_CALENDAR_FEED");
  const feeds = useQuery(MyCalendarFeedsQuery, { skip: !mayFeed });
  // The server's date in France: « en retard » and « dans les 10 jours » are counted from it.
  const today = data?.viewer?.today ?? null;

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t("mine.title")}</Title>
        <Text mt="xs">{t("mine.intro", { days: HORIZON_WORKING_DAYS })}</Text>
        {today && <Text mt="xs">{t("mine.today", { date: formatLongDate(today) ?? today })}</Text>}
      </div>
      {loading && !data && <LoadingState />}
      {error && <QueryErrorAlert error={error} onRetry={() => void refetch()} />}
      {unavailable.length > 0 && (
        <Alert color="orange" title={t("list.unavailableTitle")}>
          {t("list.unavailable", { regions: unavailable.map((r) => r.name).join(", ") })}
        </Alert>
      )}
      {data && data.myMilestones.totalCount > milestones.length && (
        <Alert color="filiere" variant="light">
          {t("mine.truncated", { shown: milestones.length, total: data.myMilestones.totalCount })}
        </Alert>
      )}
      {data && (
        <>
          <MilestoneGroup
            id="mes-jalons-retard"
            title={t("mine.late")}
            empty={t("mine.noneLate")}
            milestones={late.map((node) => ({ id: node.id, row: node }))}
            today={today}
            onChanged={reload}
          />
          <MilestoneGroup
            id="mes-jalons-prochains"
            title={t("mine.upcoming", { days: HORIZON_WORKING_DAYS })}
            empty={t("mine.noneUpcoming", { days: HORIZON_WORKING_DAYS })}
            milestones={upcoming.map((node) => ({ id: node.id, row: node }))}
            today={today}
            onChanged={reload}
          />
        </>
      )}
      {feeds.error && <QueryErrorAlert error={feeds.error} onRetry={() => void feeds.refetch()} />}
      {mayFeed && (
        <CalendarFeeds
          feeds={(feeds.data?.calendarFeeds.edges ?? []).map((edge) => edge.node)}
          onChanged={() => feeds.refetch()}
        />
      )}
    </Stack>
  );
}

import { Anchor, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

import { MilestoneStatusBadge } from "../../components/MilestoneStatusBadge";
import { type FragmentType, useFragment } from "../../graphql/generated/fragment-masking";
import { graphql } from "../../graphql/generated/gql";
import { formatLongDate } from "../../lib/dates";
import { formatRelativeDay } from "../../lib/relativeDay";

export const MilestoneRowFragment = graphql(`
  fragment MilestoneRow_milestone on Milestone {
    id
    title
    phase {
      key
      name
      position
    }
    dueDate
    offsetWorkingDays
    status
    pinned
    breaksDependency
    viewerCanUpdate
    assignee {
      id
      displayName
    }
    project {
      id
      name
    }
  }
`);

function MilestoneRow(props: { milestone: FragmentType<typeof MilestoneRowFragment>; onOpen: (id: string) => void }) {
  const { t } = useTranslation("planning");
  const milestone = useFragment(MilestoneRowFragment, props.milestone);
  return (
    <Table.Tr>
      <Table.Td>{milestone.phase.name}</Table.Td>
      <Table.Th scope="row" fw="normal">
        {milestone.viewerCanUpdate ? (
          <Anchor
            component="button"
            type="button"
            onClick={() => props.onOpen(milestone.id)}
            fw={600}
            aria-haspopup="dialog"
            style={{ textAlign: "left" }}
          >
            {milestone.title}
          </Anchor>
        ) : (
          <Text fw={600} span>
            {milestone.title}
          </Text>
        )}
        {milestone.breaksDependency && (
          <Text size="sm" c="red.9">
            {t("table.breaksDependency")}
          </Text>
        )}
      </Table.Th>
      <Table.Td>{milestone.project?.name ?? t("table.cohortWide")}</Table.Td>
      <Table.Td>
        {milestone.dueDate ? (formatLongDate(milestone.dueDate) ?? milestone.dueDate) : t("table.noDueDate")}
        {milestone.pinned && (
          <Text size="sm" c="dimmed">
            {t("table.pinned")}
          </Text>
        )}
      </Table.Td>
      <Table.Td style={{ whiteSpace: "nowrap" }}>{formatRelativeDay(milestone.offsetWorkingDays)}</Table.Td>
      <Table.Td>
        <MilestoneStatusBadge status={milestone.status} />
      </Table.Td>
      <Table.Td>{milestone.assignee?.displayName ?? t("table.unassigned")}</Table.Td>
    </Table.Tr>
  );
}

interface Props {
  milestones: readonly { id: string; row: FragmentType<typeof MilestoneRowFragment> }[];
  onOpen: (id: string) => void;
}

/** « Liste des jalons »: the accessible view of the retroplanning (the Gantt chart shows the same). */
export function MilestoneTable({ milestones, onOpen }: Props) {
  const { t } = useTranslation("planning");
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table captionSide="top" verticalSpacing="xs" striped highlightOnHover>
        <Table.Caption ta="left" fw={600}>
          {t("table.caption")}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("table.columns.phase")}</Table.Th>
            <Table.Th scope="col">{t("table.columns.milestone")}</Table.Th>
            <Table.Th scope="col">{t("table.columns.project")}</Table.Th>
            <Table.Th scope="col">{t("table.columns.dueDate")}</Table.Th>
            <Table.Th scope="col">{t("table.columns.day")}</Table.Th>
            <Table.Th scope="col">{t("table.columns.status")}</Table.Th>
            <Table.Th scope="col">{t("table.columns.assignee")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {milestones.map(({ id, row }) => (
            <MilestoneRow key={id} milestone={row} onOpen={onOpen} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

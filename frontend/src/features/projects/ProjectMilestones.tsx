import { Badge, Group, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";

import { MilestoneStatusBadge } from "../../components/MilestoneStatusBadge";
import { type FragmentType, useFragment } from "../../graphql/generated/fragment-masking";
import { graphql } from "../../graphql/generated/gql";
import type { MilestoneStatus } from "../../graphql/generated/graphql";
import { formatLongDate } from "../../lib/dates";

export const ProjectMilestonesFragment = graphql(`
  fragment ProjectMilestones_project on Project {
    id
    milestones(first: 100) {
      totalCount
      edges {
        node {
          id
          title
          dueDate
          status
          doneOn
        }
      }
    }
    nextMilestone {
      id
    }
  }
`);

/** Late first (the most overdue on top), then what is to come by due date, then what is done. */
const ORDER: Record<MilestoneStatus, number> = { LATE: 0, IN_PROGRESS: 1, TODO: 1, DONE: 2 };

interface Milestone {
  id: string;
  title: string;
  dueDate?: string | null;
  status: MilestoneStatus;
}

export function sortMilestones<M extends Milestone>(milestones: readonly M[]): M[] {
  return [...milestones].sort(
    (a, b) =>
      ORDER[a.status] - ORDER[b.status] ||
      (a.dueDate ?? "9999-12-31").localeCompare(b.dueDate ?? "9999-12-31") ||
      a.title.localeCompare(b.title, "fr"),
  );
}

/** « Jalons »: the project's retroplanning — late, next, done — each with its due date and status. */
export function ProjectMilestones(props: { project: FragmentType<typeof ProjectMilestonesFragment> }) {
  const { t } = useTranslation("projects");
  const project = useFragment(ProjectMilestonesFragment, props.project);
  const milestones = sortMilestones(project.milestones?.edges.map((edge) => edge.node) ?? []);
  const late = milestones.filter((milestone) => milestone.status === "LATE").length;
  const done = milestones.filter((milestone) => milestone.status === "DONE").length;

  return (
    <section aria-labelledby="projet-jalons">
      <Title order={2} size="h3" id="projet-jalons" mb="sm">
        {t("milestones.heading")}
      </Title>
      {milestones.length === 0 ? (
        <Text>{t("milestones.empty")}</Text>
      ) : (
        <>
          <Text mb="sm" role="status">
            {t("milestones.progress", { count: done, total: milestones.length })}
            {late > 0 && ` — ${t("milestones.late", { count: late })}`}
          </Text>
          <Table.ScrollContainer minWidth={520}>
            <Table captionSide="top" verticalSpacing="sm" striped>
              <Table.Caption ta="left">{t("milestones.caption")}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("milestones.columns.title")}</Table.Th>
                  <Table.Th scope="col">{t("milestones.columns.dueDate")}</Table.Th>
                  <Table.Th scope="col">{t("milestones.columns.status")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {milestones.map((milestone) => (
                  <Table.Tr key={milestone.id}>
                    <Table.Th scope="row" fw={milestone.status === "LATE" ? 700 : 400}>
                      <Group gap="xs" component="span">
                        <span>{milestone.title}</span>
                        {project.nextMilestone?.id === milestone.id && (
                          <Badge variant="outline" color="filiere" radius="sm" tt="none" size="sm">
                            {t("milestones.next")}
                          </Badge>
                        )}
                      </Group>
                    </Table.Th>
                    <Table.Td c={milestone.status === "LATE" ? "red.9" : undefined} style={{ whiteSpace: "nowrap" }}>
                      {milestone.dueDate ? (
                        <time dateTime={milestone.dueDate}>
                          {formatLongDate(milestone.dueDate) ?? milestone.dueDate}
                        </time>
                      ) : (
                        t("milestones.noDueDate")
                      )}
                    </Table.Td>
                    <Table.Td>
                      <MilestoneStatusBadge status={milestone.status} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </section>
  );
}

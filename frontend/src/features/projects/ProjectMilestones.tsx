import { Anchor, Badge, Group, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

import { MilestoneStatusBadge } from "../../components/MilestoneStatusBadge";
import { type FragmentType, useFragment } from "../../graphql/generated/fragment-masking";
import { graphql } from "../../graphql/generated/gql";
import type { EvidenceKind, MilestoneStatus } from "../../graphql/generated/graphql";
import { formatLongDate } from "../../lib/dates";
import { routes } from "../../lib/routes";

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
          evidenceCheck {
            kind
            found
            interviewCount
            document {
              id
              title
            }
          }
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

interface EvidenceCheck {
  kind: EvidenceKind;
  found: boolean;
  interviewCount: number;
  document?: { id: string; title: string } | null;
}

/** Done, but what the method asks as its evidence is nowhere in the project. */
export function doneWithoutEvidence(milestone: { status: MilestoneStatus; evidenceCheck?: EvidenceCheck | null }) {
  return milestone.status === "DONE" && milestone.evidenceCheck?.found === false;
}

/** Where the evidence lives on the project page: its study, or its documents. */
function evidenceTab(kind: EvidenceKind): string {
  return kind === "MARKET_STUDY" ? "etude-de-marche" : "documents";
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
  const unproven = milestones.filter(doneWithoutEvidence).length;

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
            {unproven > 0 && ` — ${t("milestones.unproven", { count: unproven })}`}
          </Text>
          <Table.ScrollContainer minWidth={520}>
            <Table captionSide="top" verticalSpacing="sm" striped>
              <Table.Caption ta="left">{t("milestones.caption")}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("milestones.columns.title")}</Table.Th>
                  <Table.Th scope="col">{t("milestones.columns.dueDate")}</Table.Th>
                  <Table.Th scope="col">{t("milestones.columns.status")}</Table.Th>
                  <Table.Th scope="col">{t("milestones.columns.evidence")}</Table.Th>
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
                      <Group gap={4} component="span">
                        <MilestoneStatusBadge status={milestone.status} />
                        {doneWithoutEvidence(milestone) && (
                          <Badge variant="light" color="red" radius="sm" tt="none" miw="max-content">
                            {t("milestones.evidence.doneWithout")}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Evidence projectId={project.id} check={milestone.evidenceCheck} />
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

/** What the milestone asks as evidence: the document or the study found (a link to it), or « Preuve
 * manquante » and what is expected. Nothing when the method asks none, or for who may not see it. */
function Evidence({ projectId, check }: { projectId: string; check?: EvidenceCheck | null }) {
  const { t } = useTranslation(["projects", "enums"]);
  if (!check) {
    return (
      <Text size="sm" c="dimmed">
        {t("milestones.evidence.none")}
      </Text>
    );
  }
  const expected = t(`enums:evidenceKind.${check.kind}`);
  const to = routes.project(projectId, evidenceTab(check.kind));
  if (!check.found) {
    return (
      <Stack gap={0}>
        <Text fw={700} c="red.9">
          {t("milestones.evidence.missing")}
        </Text>
        <Text size="sm">
          {t("milestones.evidence.expected", { expected })}{" "}
          <Anchor component={Link} to={to} size="sm">
            {t(check.kind === "MARKET_STUDY" ? "milestones.evidence.openStudy" : "milestones.evidence.openDocuments")}
          </Anchor>
        </Text>
      </Stack>
    );
  }
  return (
    <Stack gap={0}>
      <Anchor component={Link} to={to}>
        {check.document ? check.document.title : t("milestones.evidence.interviews", { count: check.interviewCount })}
      </Anchor>
      <Text size="sm" c="dimmed">
        {expected}
      </Text>
    </Stack>
  );
}

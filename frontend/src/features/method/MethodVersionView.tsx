import { Badge, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useId } from "react";
import { useTranslation } from "react-i18next";

import { type FragmentType, useFragment } from "../../graphql/generated/fragment-masking";
import { graphql } from "../../graphql/generated/gql";
import { formatRelativeDay } from "../../lib/relativeDay";

import { draftFromVersion } from "./draftModel";

export const MethodVersionViewFragment = graphql(`
  fragment MethodVersionView_version on MethodVersion {
    id
    number
    name
    durationMonths
    phases {
      edges {
        node {
          id
          key
          name
          position
        }
      }
    }
    milestoneTemplates {
      edges {
        node {
          id
          key
          title
          phase {
            id
            key
          }
          scope
          offsetWorkingDays
          owner
          expectedDeliverable
          requiredEvidence
          position
          dependsOnKeys
        }
      }
    }
  }
`);

/** A version of the method, read-only: its phases in order, each with its milestones. */
export function MethodVersionView(props: { version: FragmentType<typeof MethodVersionViewFragment> }) {
  const { t } = useTranslation(["method", "enums"]);
  const version = useFragment(MethodVersionViewFragment, props.version);
  const draft = draftFromVersion({
    name: version.name,
    durationMonths: version.durationMonths,
    phases: version.phases.edges.map((edge) => edge.node),
    templates: version.milestoneTemplates.edges.map((edge) => edge.node),
  });
  const titles = new Map(draft.templates.map((template) => [template.uid, template.title]));

  return (
    <Stack gap="lg">
      <Text>
        {t("view.summary", {
          name: version.name,
          months: version.durationMonths,
          phases: draft.phases.length,
          milestones: draft.templates.length,
        })}
      </Text>
      {draft.phases.map((phase, index) => (
        <PhaseSection
          key={phase.uid}
          title={t("view.phaseHeading", { rank: index + 1, name: phase.name })}
          rows={draft.templates
            .filter((template) => template.phaseUid === phase.uid)
            .map((template) => ({
              uid: template.uid,
              title: template.title,
              day: formatRelativeDay(template.offset),
              scope: t(`enums:milestoneScope.${template.scope}`),
              owner: t(`enums:milestoneOwner.${template.owner}`),
              deliverable: template.deliverable,
              evidence: template.evidence ? t(`enums:evidenceKind.${template.evidence}`) : null,
              dependsOn: template.dependsOn.map((uid) => titles.get(uid) ?? uid),
            }))}
        />
      ))}
    </Stack>
  );
}

interface Row {
  uid: string;
  title: string;
  day: string;
  scope: string;
  owner: string;
  deliverable: string;
  /** The evidence asked, as a label; null: none. */
  evidence: string | null;
  dependsOn: string[];
}

function PhaseSection({ title, rows }: { title: string; rows: Row[] }) {
  const { t } = useTranslation("method");
  const headingId = useId();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Title order={3} id={headingId} mb="sm">
        {title}
      </Title>
      {rows.length === 0 ? (
        <Text>{t("view.emptyPhase")}</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="xs" striped aria-labelledby={headingId}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("view.columns.milestone")}</Table.Th>
                <Table.Th scope="col">{t("view.columns.day")}</Table.Th>
                <Table.Th scope="col">{t("view.columns.scope")}</Table.Th>
                <Table.Th scope="col">{t("view.columns.owner")}</Table.Th>
                <Table.Th scope="col">{t("view.columns.deliverable")}</Table.Th>
                <Table.Th scope="col">{t("view.columns.dependsOn")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.uid}>
                  <Table.Th scope="row" fw={600}>
                    {row.title}
                  </Table.Th>
                  <Table.Td>
                    <Badge variant="light" color="filiere" radius="sm" tt="none" miw="max-content">
                      {row.day}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{row.scope}</Table.Td>
                  <Table.Td>{row.owner}</Table.Td>
                  <Table.Td>
                    {row.deliverable || t("view.noDeliverable")}
                    {row.evidence && (
                      <Text size="sm" c="dimmed">
                        {t("view.evidence", { evidence: row.evidence })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {row.dependsOn.length ? (
                      <ul style={{ margin: 0, paddingLeft: "1.1em" }}>
                        {row.dependsOn.map((title) => (
                          <li key={title}>{title}</li>
                        ))}
                      </ul>
                    ) : (
                      t("view.noDependency")
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}

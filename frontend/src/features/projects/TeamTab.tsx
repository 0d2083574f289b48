import { useQuery } from "@apollo/client/react";
import { Anchor, Box, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";

import { FieldList } from "../../components/FieldList";
import { LoadingState } from "../../components/LoadingState";
import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { type FragmentType, useFragment } from "../../graphql/generated/fragment-masking";
import { graphql } from "../../graphql/generated/gql";

import { CoachExpertsForm } from "./CoachExpertsForm";
import { EditableSection } from "./EditableSection";
import { LATEST_INTERVIEWS, MarketStudyQuery } from "./MarketStudySection";
import { ProjectMembersSection } from "./ProjectMembersSection";

/** `team` is null on a summary card: the tab is then left out (projectTabs.ts). */
export const TeamTabFragment = graphql(`
  fragment TeamTab_project on Project {
    id
    version
    viewerCanEdit
    adviser {
      id
      displayName
    }
    team {
      role
      name
      organisation
      email
      expertise
    }
    ...ProjectMembersSection_project
  }
`);

interface Props {
  project: FragmentType<typeof TeamTabFragment>;
  /** Reads the project again from the server (after a conflict). */
  onReload: () => Promise<unknown>;
}

/** « Équipe »: who accompanies the project — its CCI adviser, its coach and experts, the student team
 * of the market study, and who of them reads it in Filière (« Accès à Filière », for the region's team
 * and CCI France; the products have their own tab, « Produits »). The region's advisers edit the
 * coach and experts, the list saved whole. */
export function TeamTab(props: Props) {
  const { t } = useTranslation(["projects", "enums"]);
  const project = useFragment(TeamTabFragment, props.project);
  const team = project.team ?? [];
  const coach = team.filter((member) => member.role === "COACH");
  const experts = team.filter((member) => member.role === "EXPERT");

  return (
    <Stack gap="lg">
      <Paper withBorder p="md" component="section" aria-labelledby="equipe-accompagnement">
        <Title order={2} size="h3" id="equipe-accompagnement" mb="sm">
          {t("team.support.heading")}
        </Title>
        <FieldList
          items={[{ term: t("team.support.adviser"), value: project.adviser?.displayName ?? t("detail.noAdviser") }]}
        />
      </Paper>

      <EditableSection
        id="equipe-intervenants"
        heading={t("team.members.heading")}
        editLabel={t("team.members.edit")}
        canEdit={project.viewerCanEdit}
        form={(close) => (
          <CoachExpertsForm
            // The form starts afresh when the list read changes (read again after a conflict).
            key={JSON.stringify(team)}
            projectId={project.id}
            version={project.version}
            members={team}
            onCancel={close}
            onSaved={close}
            onReload={props.onReload}
          />
        )}
      >
        {team.length === 0 ? (
          <Text>{t("team.members.none")}</Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table captionSide="top" verticalSpacing="sm" striped>
              <Table.Caption ta="left">{t("team.members.caption")}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("team.members.name")}</Table.Th>
                  <Table.Th scope="col">{t("team.members.role")}</Table.Th>
                  <Table.Th scope="col">{t("team.members.organisation")}</Table.Th>
                  <Table.Th scope="col">{t("team.members.expertise")}</Table.Th>
                  <Table.Th scope="col">{t("team.members.email")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {[...coach, ...experts].map((member, index) => (
                  <Table.Tr key={`${index}-${member.name}`}>
                    <Table.Th scope="row" fw={600}>
                      {member.name}
                    </Table.Th>
                    <Table.Td>{t(`enums:teamRole.${member.role}`)}</Table.Td>
                    <Table.Td>{member.organisation}</Table.Td>
                    <Table.Td>{member.expertise}</Table.Td>
                    <Table.Td>
                      {member.email && <Anchor href={`mailto:${member.email}`}>{member.email}</Anchor>}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </EditableSection>

      <StudentTeam projectId={project.id} />

      <ProjectMembersSection project={project} />
    </Stack>
  );
}

/** The student team of the market study, from the study's own query (read from the cache when
 * « Étude de marché » was opened first). */
function StudentTeam({ projectId }: { projectId: string }) {
  const { t } = useTranslation("projects");
  const { data, loading, error, refetch } = useQuery(MarketStudyQuery, {
    variables: { id: projectId, interviews: LATEST_INTERVIEWS },
  });
  const study = data?.node?.__typename === "Project" ? data.node.marketStudy : null;
  const team = study?.team;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="equipe-etudiants">
      <Title order={2} size="h3" id="equipe-etudiants" mb="sm">
        {t("study.team.heading")}
      </Title>
      {loading && !data && <LoadingState />}
      {error && !data && <QueryErrorAlert error={error} onRetry={() => void refetch()} />}
      {data && !study && <Text>{t("study.confidential")}</Text>}
      {study &&
        (team ? (
          <FieldList
            items={[
              { term: t("study.team.school"), value: team.school },
              { term: t("study.team.teacher"), value: team.teacherName },
              {
                term: t("study.team.students"),
                value: (
                  <Box component="ul" m={0} pl="md">
                    {team.students.map((student) => (
                      <li key={student.email}>
                        {t("study.team.student", { name: student.name, email: student.email })}
                      </li>
                    ))}
                  </Box>
                ),
              },
            ]}
          />
        ) : (
          <Text>{t("study.team.none")}</Text>
        ))}
    </Paper>
  );
}

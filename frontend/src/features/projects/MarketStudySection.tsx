import { useQuery } from "@apollo/client/react";
import { Alert, Box, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";

import { FieldList } from "../../components/FieldList";
import { LoadingState } from "../../components/LoadingState";
import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { graphql } from "../../graphql/generated/gql";
import type { InterviewChannel, RespondentProfile } from "../../graphql/generated/graphql";
import { formatDateRange, formatLongDate } from "../../lib/dates";

import { InterviewForm } from "./InterviewForm";
import { StudentTeamForm } from "./StudentTeamForm";

/** How many of the latest interviews the section lists. */
export const LATEST_INTERVIEWS = 10;

export const MarketStudyQuery = graphql(`
  query ProjectMarketStudy($id: ID!, $interviews: Int!) {
    viewer {
      today
    }
    node(id: $id) {
      __typename
      id
      ... on Project {
        viewerCanEdit
        marketStudy {
          team {
            school
            teacherName
            version
            students {
              name
              email
            }
          }
          interviewCount
          byProfile {
            profile
            count
          }
          firstInterview
          lastInterview
          interviews(first: $interviews) {
            id
            heldOn
            respondentProfile
            channel
            keyFindings
            recordedBy
          }
        }
      }
    }
  }
`);

/** « Étude de marché »: the student team, what the interviews say (by profile, over which period),
 * the latest interviews, and for the project's editors the forms that feed them; its students
 * (`canRecord`) record their interviews. Runs its own query:
 * the project page shows it in a tab of its own. */
export function MarketStudySection({ projectId, canRecord = false }: { projectId: string; canRecord?: boolean }) {
  const { t } = useTranslation("projects");
  const { data, loading, error, refetch } = useQuery(MarketStudyQuery, {
    variables: { id: projectId, interviews: LATEST_INTERVIEWS },
  });
  const project = data?.node?.__typename === "Project" ? data.node : null;
  const study = project?.marketStudy;
  const reload = () => refetch({ id: projectId, interviews: LATEST_INTERVIEWS });

  return (
    <Stack gap="lg" component="section" aria-labelledby="projet-etude">
      <div>
        <Title order={2} size="h3" id="projet-etude">
          {t("study.heading")}
        </Title>
        <Text mt="xs">{t("study.intro")}</Text>
      </div>
      {loading && !data && <LoadingState />}
      {error && <QueryErrorAlert error={error} onRetry={() => void reload()} />}
      {data && !study && (
        <Alert color="filiere" variant="light">
          {t("study.confidential")}
        </Alert>
      )}
      {project && study && (
        <>
          <TeamSynthesis team={study.team} />
          <InterviewSynthesis study={study} />
          {project.viewerCanEdit ? (
            <>
              <StudentTeamForm
                // A new version read from the server starts the form afresh from it.
                key={study.team?.version ?? "new"}
                projectId={projectId}
                team={study.team ?? null}
                onSaved={reload}
              />
              <InterviewForm projectId={projectId} today={data?.viewer?.today ?? null} onSaved={reload} />
            </>
          ) : (
            canRecord && <InterviewForm projectId={projectId} today={data?.viewer?.today ?? null} onSaved={reload} />
          )}
        </>
      )}
    </Stack>
  );
}

interface Team {
  school: string;
  teacherName: string;
  students: readonly { name: string; email: string }[];
}

function TeamSynthesis({ team }: { team: Team | null | undefined }) {
  const { t } = useTranslation("projects");
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="etude-equipe">
      <Title order={3} size="h4" id="etude-equipe" mb="sm">
        {t("study.team.heading")}
      </Title>
      {team ? (
        <FieldList
          items={[
            { term: t("study.team.school"), value: team.school },
            { term: t("study.team.teacher"), value: team.teacherName },
            {
              term: t("study.team.students"),
              value: (
                <Box component="ul" m={0} pl="md">
                  {team.students.map((student) => (
                    <li key={student.email}>{t("study.team.student", { name: student.name, email: student.email })}</li>
                  ))}
                </Box>
              ),
            },
          ]}
        />
      ) : (
        <Text>{t("study.team.none")}</Text>
      )}
    </Paper>
  );
}

interface Study {
  interviewCount: number;
  byProfile: readonly { profile: RespondentProfile; count: number }[];
  firstInterview?: string | null;
  lastInterview?: string | null;
  interviews: readonly {
    id: string;
    heldOn: string;
    respondentProfile: RespondentProfile;
    channel: InterviewChannel;
    keyFindings: string;
    recordedBy: string;
  }[];
}

function InterviewSynthesis({ study }: { study: Study }) {
  const { t } = useTranslation("projects");
  const day = (value: string) => formatLongDate(value) ?? value;

  let period: string | null = null;
  if (study.firstInterview && study.lastInterview) {
    const range = formatDateRange(study.firstInterview, study.lastInterview);
    period = range
      ? t("study.interviews.periodValue", range)
      : t("study.interviews.singleDay", { date: day(study.lastInterview) });
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="etude-entretiens">
      <Title order={3} size="h4" id="etude-entretiens" mb="sm">
        {t("study.interviews.heading")}
      </Title>
      {study.interviewCount === 0 ? (
        <Text>{t("study.interviews.none")}</Text>
      ) : (
        <Stack gap="md">
          <FieldList
            items={[
              { term: t("study.interviews.countTerm"), value: String(study.interviewCount) },
              ...(period ? [{ term: t("study.interviews.period"), value: period }] : []),
            ]}
          />
          <Table maw={480} captionSide="top" withTableBorder>
            <Table.Caption ta="left" fw={600}>
              {t("study.interviews.byProfileCaption")}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("study.interviews.profile")}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("study.interviews.countColumn")}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {study.byProfile.map((row) => (
                <Table.Tr key={row.profile}>
                  <Table.Th scope="row" fw="normal">
                    {t(`study.profile.${row.profile}`)}
                  </Table.Th>
                  <Table.Td ta="right">{row.count}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>

          <div>
            <Title order={4} size="h5" mb="xs">
              {t("study.interviews.latestHeading")}
            </Title>
            <Table.ScrollContainer minWidth={720}>
              <Table captionSide="top" verticalSpacing="sm" striped>
                <Table.Caption ta="left">
                  {study.interviewCount > study.interviews.length
                    ? t("study.interviews.shown", { shown: study.interviews.length, total: study.interviewCount })
                    : t("study.interviews.latestCaption")}
                </Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t("study.interviews.date")}</Table.Th>
                    <Table.Th scope="col">{t("study.interviews.profile")}</Table.Th>
                    <Table.Th scope="col">{t("study.interviews.channel")}</Table.Th>
                    <Table.Th scope="col">{t("study.interviews.keyFindings")}</Table.Th>
                    <Table.Th scope="col">{t("study.interviews.recordedBy")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {study.interviews.map((interview) => (
                    <Table.Tr key={interview.id}>
                      <Table.Td style={{ whiteSpace: "nowrap" }}>
                        <time dateTime={interview.heldOn}>{day(interview.heldOn)}</time>
                      </Table.Td>
                      <Table.Td>{t(`study.profile.${interview.respondentProfile}`)}</Table.Td>
                      <Table.Td>{t(`study.channel.${interview.channel}`)}</Table.Td>
                      <Table.Td style={{ whiteSpace: "pre-line" }}>{interview.keyFindings}</Table.Td>
                      <Table.Td>{interview.recordedBy}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </div>
        </Stack>
      )}
    </Paper>
  );
}

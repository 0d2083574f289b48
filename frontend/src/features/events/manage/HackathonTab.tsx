import { useQuery } from "@apollo/client/react";
import { Badge, Button, Card, Group, List, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { LoadingState } from "../../../components/LoadingState";
import { QueryErrorAlert } from "../../../components/QueryErrorAlert";
import { graphql } from "../../../graphql/generated/gql";
import type { HackathonTeamsQuery } from "../../../graphql/generated/graphql";

import type { EventTabProps } from "./eventTabs";
import { HackathonTeamModal } from "./HackathonTeamModal";

export const HackathonTeamsQueryDocument = graphql(`
  query HackathonTeams($slug: String!) {
    eventBySlug(slug: $slug) {
      id
      hackathonTeams {
        pitch {
          id
          order
          projectName
        }
        version
        challenges
        members {
          role
          name
          user {
            id
          }
        }
        candidates {
          name
          user {
            id
          }
        }
      }
    }
  }
`);

export type HackathonTeam = NonNullable<HackathonTeamsQuery["eventBySlug"]>["hackathonTeams"][number];

/** « Hackathon »: a card per pitch with its team's members and challenges, composed in a dialog. */
export function HackathonTab({ slug }: EventTabProps) {
  const { t } = useTranslation("eventMeetings");
  const { data, loading, error, refetch } = useQuery(HackathonTeamsQueryDocument, { variables: { slug } });
  const [editing, setEditing] = useState<HackathonTeam | null>(null);
  const teams = data?.eventBySlug?.hackathonTeams;

  if (error) return <QueryErrorAlert error={error} onRetry={() => void refetch()} />;
  if (loading && !teams) return <LoadingState />;
  return (
    <Stack gap="md">
      <Text>{t("hackathon.intro")}</Text>
      {teams?.length === 0 && <Text c="dimmed">{t("hackathon.empty")}</Text>}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {teams?.map((team) => (
          <Card key={team.pitch.id} withBorder component="section" aria-labelledby={`team-${team.pitch.id}`}>
            <Stack gap="xs">
              <Title order={2} size="h4" id={`team-${team.pitch.id}`}>
                {t("hackathon.pitch", { order: team.pitch.order, name: team.pitch.projectName })}
              </Title>
              {team.version === null ? (
                <Text c="dimmed">{t("hackathon.noTeam")}</Text>
              ) : (
                <>
                  <Title order={3} size="h6">
                    {t("hackathon.members")}
                  </Title>
                  <List spacing={4}>
                    {team.members.map((member, index) => (
                      <List.Item key={`${member.name}-${String(index)}`}>
                        <Group gap="xs">
                          <Text span>{member.name}</Text>
                          <Badge variant="light">{t(`roles.${member.role}`)}</Badge>
                        </Group>
                      </List.Item>
                    ))}
                  </List>
                  <Title order={3} size="h6">
                    {t("hackathon.challenges")}
                  </Title>
                  {team.challenges.length === 0 ? (
                    <Text c="dimmed">{t("hackathon.noChallenge")}</Text>
                  ) : (
                    <List spacing={4}>
                      {team.challenges.map((challenge) => (
                        <List.Item key={challenge}>{challenge}</List.Item>
                      ))}
                    </List>
                  )}
                </>
              )}
              <Group>
                <Button
                  variant="light"
                  onClick={() => setEditing(team)}
                  aria-label={t("hackathon.editOf", { name: team.pitch.projectName })}
                >
                  {t("hackathon.edit")}
                </Button>
              </Group>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
      {editing && <HackathonTeamModal team={editing} onClose={() => setEditing(null)} onSaved={() => refetch()} />}
    </Stack>
  );
}

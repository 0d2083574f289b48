import { List, Paper, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";

import { type FragmentType, useFragment } from "../../graphql/generated/fragment-masking";
import { graphql } from "../../graphql/generated/gql";

export const ProjectAwardsFragment = graphql(`
  fragment ProjectAwards_project on Project {
    eventAwards {
      event {
        id
        name
        editionYear
      }
      rank
      prizes {
        name
        organisation {
          name
        }
      }
    }
  }
`);

/** « Prix et jury »: the project's published results at events (« Prix Bpifrance, 1er du jury »), shown
 * only when there are some. */
export function ProjectAwards(props: { project: FragmentType<typeof ProjectAwardsFragment> }) {
  const { t } = useTranslation("projects");
  const { eventAwards } = useFragment(ProjectAwardsFragment, props.project);
  if (eventAwards.length === 0) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="projet-prix">
      <Title order={2} size="h3" id="projet-prix" mb="sm">
        {t("awards.title")}
      </Title>
      <List spacing="xs">
        {eventAwards.map((award) => {
          const parts = [
            ...award.prizes.map((prize) => prize.name),
            award.rank === null || award.rank === undefined
              ? t("awards.unranked")
              : t("awards.rank", { ordinal: award.rank === 1 ? "1er" : `${award.rank}e` }),
          ];
          return (
            <List.Item key={award.event.id}>
              <Text fw={600} span>
                {parts.join(", ")}
              </Text>{" "}
              <Text span>{t("awards.at", { name: award.event.name, year: award.event.editionYear })}</Text>
            </List.Item>
          );
        })}
      </List>
    </Paper>
  );
}

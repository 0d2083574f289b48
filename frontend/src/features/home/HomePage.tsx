import { useQuery } from "@apollo/client/react";
import { Alert, Anchor, Badge, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

import { LoadingState } from "../../components/LoadingState";
import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { graphql } from "../../graphql/generated/gql";
import { can, onlyAttached } from "../../lib/capabilities";
import { useDocumentTitle } from "../../lib/documentTitle";
import { routes } from "../../lib/routes";
import { useViewer } from "../../lib/viewer";

/** How many of their projects a coach, an expert or a student is shown: they are attached to a few. */
export const ATTACHED_PROJECTS_READ = 50;

/** Without a region, the API lists exactly the projects the viewer is attached to. */
export const AttachedProjectsQuery = graphql(`
  query AttachedProjects($first: Int!) {
    projects(first: $first) {
      totalCount
      edges {
        node {
          id
          name
          status
          company {
            id
            name
          }
          region {
            id
            name
          }
        }
      }
    }
  }
`);

/** The landing page of those the API gives no dashboard: what awaits them, worded for their role; for
 * a coach, an expert or a student, the projects they are attached to (« Mes projets »). */
export function HomePage() {
  const { t } = useTranslation();
  useDocumentTitle(t("home.title"));
  const viewer = useViewer();

  return (
    <Stack gap="md">
      <Title order={1}>{t("home.heading")}</Title>
      <Text>{t("home.intro")}</Text>
      <Alert color="filiere" variant="light">
        {t(`home.message.${viewer.role}`)}
      </Alert>
      {can(viewer, "SCORE_PITCH") && (
        <Anchor component={Link} to={routes.jury()} fw={700}>
          {t("home.juryLink")}
        </Anchor>
      )}
      {onlyAttached(viewer, "VIEW_PROJECT_SUMMARY") && <AttachedProjects />}
    </Stack>
  );
}

function AttachedProjects() {
  const { t } = useTranslation(["common", "enums"]);
  const { data, loading, error, refetch } = useQuery(AttachedProjectsQuery, {
    variables: { first: ATTACHED_PROJECTS_READ },
    fetchPolicy: "cache-and-network",
  });
  const projects = data?.projects.edges.map((edge) => edge.node) ?? [];

  return (
    <section aria-labelledby="mes-projets">
      <Title order={2} size="h3" id="mes-projets" mb="sm">
        {t("home.attached.heading")}
      </Title>
      {loading && !data && <LoadingState />}
      {error && !data && <QueryErrorAlert error={error} onRetry={() => void refetch()} />}
      {data && projects.length === 0 && <Text>{t("home.attached.none")}</Text>}
      {projects.length > 0 && (
        <Stack component="ul" gap="sm" style={{ listStyle: "none", padding: 0, margin: 0 }}>
          {projects.map((project) => (
            <Paper component="li" key={project.id} withBorder p="md">
              <Anchor component={Link} to={routes.project(project.id)} fw={600}>
                {project.name}
              </Anchor>
              <Group gap="sm" mt="xs">
                <Badge variant="light" color="gray" radius="sm" tt="none">
                  {t(`enums:projectStatus.${project.status}`)}
                </Badge>
                <Text size="sm">
                  {t("home.attached.where", { company: project.company.name, region: project.region.name })}
                </Text>
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
    </section>
  );
}

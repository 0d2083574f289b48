import { useQuery } from "@apollo/client/react";
import { Anchor, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";

import { LoadingState } from "../../components/LoadingState";
import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { graphql } from "../../graphql/generated/gql";
import { useDocumentTitle } from "../../lib/documentTitle";
import { routes } from "../../lib/routes";

import { ProjectDetails } from "./ProjectDetails";
import { ProjectEditForm } from "./ProjectEditForm";

export const ProjectPageQuery = graphql(`
  query ProjectPage($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Project {
        name
        viewerCanEdit
        cohort {
          id
          name
        }
        ...ProjectDetails_project
        ...ProjectEditForm_project
      }
    }
  }
`);

export function ProjectPage() {
  const { t } = useTranslation("projects");
  const { projectId = "" } = useParams();
  const { data, loading, error, refetch } = useQuery(ProjectPageQuery, { variables: { id: projectId } });
  const project = data?.node?.__typename === "Project" ? data.node : null;
  const notFound = !!data && !project;
  useDocumentTitle(project ? project.name : notFound ? t("detail.notFoundTitle") : null);

  const back = (
    <Anchor component={Link} to={routes.projects()}>
      {t("detail.back")}
    </Anchor>
  );

  if (loading && !data) return <LoadingState />;
  if (error && !data) return <QueryErrorAlert error={error} onRetry={() => void refetch()} />;

  if (!project) {
    return (
      <Stack gap="md" align="flex-start">
        <Title order={1}>{t("detail.notFoundTitle")}</Title>
        <Text>{t("detail.notFoundBody")}</Text>
        {back}
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      {back}
      <div>
        <Title order={1}>{project.name}</Title>
        {project.cohort && (
          <Text mt="xs">
            {t("detail.cohort")}{" "}
            <Anchor component={Link} to={routes.cohort(project.cohort.id)}>
              {project.cohort.name}
            </Anchor>
          </Text>
        )}
      </div>
      {error && <QueryErrorAlert error={error} />}
      <ProjectDetails project={project} />
      {project.viewerCanEdit && <ProjectEditForm project={project} onReload={() => refetch({ id: projectId })} />}
    </Stack>
  );
}

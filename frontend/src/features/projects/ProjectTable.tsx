import { Anchor, Badge, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

import { CaptionedTable } from "../../components/CaptionedTable";
import { type FragmentType, useFragment } from "../../graphql/generated/fragment-masking";
import { graphql } from "../../graphql/generated/gql";
import { routes } from "../../lib/routes";

import { StatusBadge } from "./StatusBadge";

export const ProjectRowFragment = graphql(`
  fragment ProjectRow_project on Project {
    id
    name
    sector
    status
    access
    region {
      id
      name
    }
    company {
      id
      name
      communeName
      departement
    }
    adviser {
      id
      displayName
    }
  }
`);

function ProjectRow(props: { project: FragmentType<typeof ProjectRowFragment> }) {
  const { t } = useTranslation(["projects", "enums"]);
  const project = useFragment(ProjectRowFragment, props.project);
  return (
    <Table.Tr>
      <Table.Th scope="row" fw="normal">
        <Stack gap={4} align="flex-start">
          <Anchor component={Link} to={routes.project(project.id)} fw={600}>
            {project.name}
          </Anchor>
          {project.access === "SUMMARY" && (
            <Badge variant="light" color="yellow" size="sm" radius="sm" tt="none" miw="max-content">
              {t("list.summaryBadge")}
            </Badge>
          )}
        </Stack>
      </Table.Th>
      <Table.Td>
        <Text size="sm" fw={500}>
          {project.company.name}
        </Text>
        <Text size="sm" c="dimmed">
          {t("detail.communeValue", {
            commune: project.company.communeName,
            departement: project.company.departement,
          })}
        </Text>
      </Table.Td>
      <Table.Td>{t(`enums:sector.${project.sector}`)}</Table.Td>
      <Table.Td>
        <StatusBadge status={project.status} />
      </Table.Td>
      <Table.Td>{project.region.name}</Table.Td>
      <Table.Td>{project.adviser?.displayName ?? t("list.noAdviser")}</Table.Td>
    </Table.Tr>
  );
}

interface Props {
  caption: string;
  projects: readonly { id: string; row: FragmentType<typeof ProjectRowFragment> }[];
  busy?: boolean;
}

export function ProjectTable({ caption, projects, busy }: Props) {
  const { t } = useTranslation("projects");
  return (
    <CaptionedTable
      caption={caption}
      minWidth={760}
      highlightOnHover
      busy={busy}
      columns={
        <>
          <Table.Th scope="col">{t("list.columns.project")}</Table.Th>
          <Table.Th scope="col">{t("list.columns.company")}</Table.Th>
          <Table.Th scope="col">{t("list.columns.sector")}</Table.Th>
          <Table.Th scope="col">{t("list.columns.status")}</Table.Th>
          <Table.Th scope="col">{t("list.columns.region")}</Table.Th>
          <Table.Th scope="col">{t("list.columns.adviser")}</Table.Th>
        </>
      }
    >
      {projects.map(({ id, row }) => (
        <ProjectRow key={id} project={row} />
      ))}
    </CaptionedTable>
  );
}

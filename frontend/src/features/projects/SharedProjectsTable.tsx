import { Anchor, Badge, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

import { CaptionedTable } from "../../components/CaptionedTable";
import { type FragmentType, useFragment } from "../../graphql/generated/fragment-masking";
import { graphql } from "../../graphql/generated/gql";
import { formatLongDate } from "../../lib/dates";
import { routes } from "../../lib/routes";

import { daysUntil, EXPIRING_SOON_DAYS } from "./grantTerms";
import { StatusBadge } from "./StatusBadge";

/** What a partner reads of a shared project on its list: the card (its milestones passed among them),
 * and what the grant opens (the products are null outside a financing or full grant). */
export const SharedProjectRowFragment = graphql(`
  fragment SharedProjectRow_project on Project {
    id
    name
    sector
    status
    needs
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
    products {
      name
    }
    milestoneProgress {
      passed
      total
    }
    viewerGrant {
      scope
      expiresOn
    }
  }
`);

function Expiry({ expiresOn }: { expiresOn: string | null | undefined }) {
  const { t } = useTranslation("partners");
  if (!expiresOn) return <Text size="sm">{t("shared.noExpiry")}</Text>;
  const days = daysUntil(expiresOn);
  return (
    <Stack gap={4} align="flex-start">
      <Text size="sm">{formatLongDate(expiresOn) ?? expiresOn}</Text>
      {days !== null && days >= 0 && days <= EXPIRING_SOON_DAYS && (
        <Badge color="orange" variant="light" size="sm" radius="sm" tt="none" miw="max-content">
          {t("shared.expiresIn", { count: days })}
        </Badge>
      )}
    </Stack>
  );
}

function SharedProjectRow(props: { project: FragmentType<typeof SharedProjectRowFragment> }) {
  const { t } = useTranslation(["partners", "projects", "enums"]);
  const project = useFragment(SharedProjectRowFragment, props.project);
  const grant = project.viewerGrant;
  return (
    <Table.Tr>
      <Table.Th scope="row" fw="normal">
        <Anchor component={Link} to={routes.project(project.id)} fw={600}>
          {project.name}
        </Anchor>
      </Table.Th>
      <Table.Td>
        <Text size="sm" fw={500}>
          {project.company.name}
        </Text>
        <Text size="sm" c="dimmed">
          {t("projects:detail.communeValue", {
            commune: project.company.communeName,
            departement: project.company.departement,
          })}
        </Text>
      </Table.Td>
      <Table.Td>{project.region.name}</Table.Td>
      <Table.Td>{t(`enums:sector.${project.sector}`)}</Table.Td>
      <Table.Td>
        {project.products === null || project.products === undefined ? (
          <Text size="sm" c="dimmed">
            {t("shared.outOfScope")}
          </Text>
        ) : project.products.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("shared.noProducts")}
          </Text>
        ) : (
          <Text size="sm">{project.products.map((product) => product.name).join(", ")}</Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm">
          {project.needs.length
            ? project.needs.map((need) => t(`enums:projectNeed.${need}`)).join(", ")
            : t("shared.noNeeds")}
        </Text>
      </Table.Td>
      <Table.Td>
        <StatusBadge status={project.status} />
      </Table.Td>
      <Table.Td>
        {project.milestoneProgress.total === 0 ? (
          <Text size="sm" c="dimmed">
            {t("shared.noMilestones")}
          </Text>
        ) : (
          <Text size="sm">{t("shared.milestonesPassed", project.milestoneProgress)}</Text>
        )}
      </Table.Td>
      <Table.Td>{grant ? t(`shared.scope.${grant.scope}`) : "—"}</Table.Td>
      <Table.Td>
        <Expiry expiresOn={grant?.expiresOn} />
      </Table.Td>
    </Table.Tr>
  );
}

interface Props {
  caption: string;
  projects: readonly { id: string; row: FragmentType<typeof SharedProjectRowFragment> }[];
  busy?: boolean;
}

export function SharedProjectsTable({ caption, projects, busy }: Props) {
  const { t } = useTranslation("partners");
  return (
    <CaptionedTable
      caption={caption}
      minWidth={1180}
      highlightOnHover
      busy={busy}
      columns={
        <>
          <Table.Th scope="col">{t("shared.columns.project")}</Table.Th>
          <Table.Th scope="col">{t("shared.columns.company")}</Table.Th>
          <Table.Th scope="col">{t("shared.columns.region")}</Table.Th>
          <Table.Th scope="col">{t("shared.columns.sector")}</Table.Th>
          <Table.Th scope="col">{t("shared.columns.products")}</Table.Th>
          <Table.Th scope="col">{t("shared.columns.needs")}</Table.Th>
          <Table.Th scope="col">{t("shared.columns.status")}</Table.Th>
          <Table.Th scope="col">{t("shared.columns.milestones")}</Table.Th>
          <Table.Th scope="col">{t("shared.columns.scope")}</Table.Th>
          <Table.Th scope="col">{t("shared.columns.expiry")}</Table.Th>
        </>
      }
    >
      {projects.map(({ id, row }) => (
        <SharedProjectRow key={id} project={row} />
      ))}
    </CaptionedTable>
  );
}

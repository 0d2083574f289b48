import { Badge, type MantineColor, Table } from "@mantine/core";
import { useTranslation } from "react-i18next";

import { type FragmentType, useFragment } from "../../graphql/generated/fragment-masking";
import { graphql } from "../../graphql/generated/gql";
import type { MethodStatus } from "../../graphql/generated/graphql";
import { formatDateTime } from "../../lib/dates";

export const MethodVersionRowFragment = graphql(`
  fragment MethodVersionRow_version on MethodVersion {
    id
    number
    name
    status
    publishedAt
    retiredAt
    updatedAt
  }
`);

const COLORS: Record<MethodStatus, MantineColor> = { DRAFT: "yellow", PUBLISHED: "teal", RETIRED: "gray" };

function VersionRow(props: { version: FragmentType<typeof MethodVersionRowFragment>; current: boolean }) {
  const { t } = useTranslation(["method", "enums"]);
  const version = useFragment(MethodVersionRowFragment, props.version);
  return (
    <Table.Tr>
      <Table.Th scope="row">{t("versions.number", { number: version.number })}</Table.Th>
      <Table.Td>{version.name}</Table.Td>
      <Table.Td>
        <Badge variant="light" color={COLORS[version.status]} radius="sm" tt="none" miw="max-content">
          {t(`enums:methodStatus.${version.status}`)}
        </Badge>{" "}
        {props.current && t("versions.current")}
      </Table.Td>
      <Table.Td>
        {version.publishedAt
          ? (formatDateTime(version.publishedAt) ?? version.publishedAt)
          : t("versions.notPublished")}
      </Table.Td>
    </Table.Tr>
  );
}

interface Props {
  versions: readonly { id: string; row: FragmentType<typeof MethodVersionRowFragment> }[];
  currentId: string | null;
}

export function MethodVersionList({ versions, currentId }: Props) {
  const { t } = useTranslation("method");
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table captionSide="top" verticalSpacing="xs" striped>
        <Table.Caption ta="left" fw={600}>
          {t("versions.caption")}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("versions.columns.number")}</Table.Th>
            <Table.Th scope="col">{t("versions.columns.name")}</Table.Th>
            <Table.Th scope="col">{t("versions.columns.status")}</Table.Th>
            <Table.Th scope="col">{t("versions.columns.publishedAt")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {versions.map(({ id, row }) => (
            <VersionRow key={id} version={row} current={id === currentId} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

import { Badge, Button, Group, type MantineColor, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

import { type FragmentType, useFragment } from "../../graphql/generated/fragment-masking";
import { graphql } from "../../graphql/generated/gql";
import type { MethodStatus } from "../../graphql/generated/graphql";
import { formatDateTime } from "../../lib/dates";

import { RetireVersionButton } from "./RetireVersionButton";

export const MethodVersionRowFragment = graphql(`
  fragment MethodVersionRow_version on MethodVersion {
    id
    number
    name
    status
    publishedAt
    retiredAt
    updatedAt
    version
  }
`);

const COLORS: Record<MethodStatus, MantineColor> = { DRAFT: "yellow", PUBLISHED: "teal", RETIRED: "gray" };

interface RowProps {
  version: FragmentType<typeof MethodVersionRowFragment>;
  current: boolean;
  shown: boolean;
  canEdit: boolean;
  onShow: (number: number) => void;
  onRetired: () => Promise<unknown>;
}

function VersionRow(props: RowProps) {
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
        {version.retiredAt && (
          <Text size="sm" c="dimmed">
            {t("versions.retiredOn", { date: formatDateTime(version.retiredAt) ?? version.retiredAt })}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {version.publishedAt
          ? (formatDateTime(version.publishedAt) ?? version.publishedAt)
          : t("versions.notPublished")}
      </Table.Td>
      <Table.Td>
        {/* A draft is read and changed in its editor, below. */}
        {version.status !== "DRAFT" && (
          <Group gap="xs" wrap="nowrap">
            {props.shown ? (
              <Text size="sm" c="dimmed">
                {t("versions.shown")}
              </Text>
            ) : (
              <Button
                size="xs"
                variant="light"
                onClick={() => props.onShow(version.number)}
                aria-label={t("versions.showLabel", { number: version.number })}
              >
                {t("versions.show")}
              </Button>
            )}
            {props.canEdit && version.status === "PUBLISHED" && (
              <RetireVersionButton version={version} onRetired={props.onRetired} />
            )}
          </Group>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

interface Props {
  versions: readonly { id: string; row: FragmentType<typeof MethodVersionRowFragment> }[];
  currentId: string | null;
  shownId: string | null;
  canEdit: boolean;
  onShow: (number: number) => void;
  onRetired: () => Promise<unknown>;
}

export function MethodVersionList({ versions, currentId, shownId, canEdit, onShow, onRetired }: Props) {
  const { t } = useTranslation("method");
  return (
    <Table.ScrollContainer minWidth={720}>
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
            <Table.Th scope="col">{t("versions.columns.actions")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {versions.map(({ id, row }) => (
            <VersionRow
              key={id}
              version={row}
              current={id === currentId}
              shown={id === shownId}
              canEdit={canEdit}
              onShow={onShow}
              onRetired={onRetired}
            />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

import { Anchor, Badge, Button, Group, Menu, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";

import { type FragmentType, useFragment } from "../../graphql/generated/fragment-masking";
import { graphql } from "../../graphql/generated/gql";
import type { GrantScope } from "../../graphql/generated/graphql";
import { formatDayOf, formatLongDate } from "../../lib/dates";

import { ConsentDocumentButton } from "./ConsentDocumentButton";

export const GrantRowFragment = graphql(`
  fragment GrantRow_grant on Grant {
    id
    organisation {
      id
      name
    }
    scope
    expiresOn
    purpose
    consent {
      givenBy
      givenOn
      document {
        id
        title
        currentVersion {
          number
          downloadUrl
        }
      }
    }
    grantedBy {
      id
      displayName
    }
    grantedAt
    revokedAt
    status
  }
`);

/** What the row's menu acts on: the grant as « Modifier » and « Révoquer » need it. */
export interface GrantTarget {
  id: string;
  organisationName: string;
  scope: GrantScope;
  expiresOn: string | null;
}

interface Props {
  grant: FragmentType<typeof GrantRowFragment>;
  /** The project shared, where a signed consent is uploaded. */
  projectId: string;
  /** Given to the region's team only (SHARE_PROJECT): the row then has its menu, on an active grant. */
  onEdit?: (grant: GrantTarget) => void;
  onRevoke?: (grant: GrantTarget) => void;
}

/** One grant of « Partagé avec »: with whom, what, until when, why, on whose consent (and its signed paper),
 * given by whom. */
export function GrantRow(props: Props) {
  const { t } = useTranslation(["projects", "common"]);
  const grant = useFragment(GrantRowFragment, props.grant);
  const organisationName = grant.organisation?.name ?? t("sharing.unknownOrganisation");
  const target: GrantTarget = { id: grant.id, organisationName, scope: grant.scope, expiresOn: grant.expiresOn };
  const { onEdit, onRevoke } = props;
  const headingId = `partage-${grant.id}`;

  return (
    <Paper withBorder p="md" component="li" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Group gap="xs">
            <Title order={3} size="h4" id={headingId}>
              {organisationName}
            </Title>
            {grant.status !== "ACTIVE" && (
              <Badge color={grant.status === "REVOKED" ? "red" : "gray"} variant="light" radius="sm" tt="none">
                {t(`sharing.status.${grant.status}`)}
              </Badge>
            )}
          </Group>
          <Text>
            {t(`sharing.scopes.${grant.scope}`)}
            {" — "}
            {grant.expiresOn
              ? t("sharing.until", { date: formatLongDate(grant.expiresOn) ?? grant.expiresOn })
              : t("sharing.noExpiry")}
          </Text>
          {grant.purpose && <Text>{t("sharing.purpose", { purpose: grant.purpose })}</Text>}
          <Text size="sm">
            {grant.consent
              ? t("sharing.consent", {
                  name: grant.consent.givenBy,
                  date: formatLongDate(grant.consent.givenOn) ?? grant.consent.givenOn,
                })
              : t("sharing.noConsent")}
          </Text>
          {grant.consent?.document && (
            <Anchor
              size="sm"
              href={grant.consent.document.currentVersion.downloadUrl}
              aria-label={t("sharing.consentDocument.downloadLabel", {
                title: grant.consent.document.title,
                organisation: organisationName,
              })}
            >
              {t("sharing.consentDocument.download", { title: grant.consent.document.title })}
            </Anchor>
          )}
          {grant.consent && !grant.consent.document && grant.status === "ACTIVE" && onEdit && (
            <ConsentDocumentButton projectId={props.projectId} grantId={grant.id} organisationName={organisationName} />
          )}
          <Text size="sm" c="dimmed">
            {grant.grantedBy
              ? t("sharing.grantedBy", {
                  name: grant.grantedBy.displayName,
                  date: formatDayOf(grant.grantedAt) ?? grant.grantedAt,
                })
              : t("sharing.grantedOn", { date: formatDayOf(grant.grantedAt) ?? grant.grantedAt })}
            {grant.revokedAt &&
              ` · ${t("sharing.revokedOn", { date: formatDayOf(grant.revokedAt) ?? grant.revokedAt })}`}
          </Text>
        </Stack>
        {grant.status === "ACTIVE" && onEdit && onRevoke && (
          <Menu position="bottom-end" shadow="md">
            <Menu.Target>
              <Button
                size="xs"
                variant="default"
                aria-label={t("sharing.menuLabel", { organisation: organisationName })}
              >
                {t("sharing.menu")}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => onEdit(target)}>{t("sharing.edit")}</Menu.Item>
              <Menu.Item color="red" onClick={() => onRevoke(target)}>
                {t("sharing.revoke")}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>
    </Paper>
  );
}

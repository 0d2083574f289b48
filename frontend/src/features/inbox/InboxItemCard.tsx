import { Anchor, Badge, Blockquote, Button, Group, Paper, Stack, Text } from "@mantine/core";
import { useId } from "react";
import { Trans, useTranslation } from "react-i18next";
import { Link } from "react-router";

import { type FragmentType, useFragment } from "../../graphql/generated/fragment-masking";
import { graphql } from "../../graphql/generated/gql";
import type { InboxKind } from "../../graphql/generated/graphql";
import { formatDateTime } from "../../lib/dates";
import { routes } from "../../lib/routes";

export const InboxItemFragment = graphql(`
  fragment InboxItem_item on InboxItem {
    id
    kind
    createdAt
    readAt
    actorName
    excerpt
    sourcingRequestId
    commentId
    projectName
    region {
      id
      slug
      name
    }
    project {
      id
      name
    }
  }
`);

/** The tab of the project a notification opens on (`?onglet=`), if not the first. */
const PROJECT_TAB_OF: Partial<Record<InboxKind, string>> = {
  MENTION: "commentaires",
  GRANT_EXPIRING: "partage",
  PARTNER_QUESTION: "commentaires",
};

/** The sentence of each kind of notification (inbox.json). */
const SENTENCE_OF = {
  MENTION: "mention",
  ASSIGNMENT: "assignment",
  SOURCING_REQUEST: "sourcingRequest",
  SOURCING_ANSWER: "sourcingAnswer",
  PROJECT_SHARED: "projectShared",
  GRANT_EXPIRING: "grantExpiring",
  PARTNER_QUESTION: "partnerQuestion",
  PARTNER_ANSWER: "partnerAnswer",
} as const satisfies Record<InboxKind, string>;

interface Props {
  item: FragmentType<typeof InboxItemFragment>;
  onMarkRead: () => void;
  busy?: boolean;
}

/** « Camille Lemoine vous a mentionné sur le projet Fil de lin normand (Normandie) », the excerpt, the
 * date; unread ones stand out (colour and a « Non lue » badge, read out too). */
export function InboxItemCard({ item: ref, onMarkRead, busy }: Props) {
  const { t } = useTranslation("inbox");
  const item = useFragment(InboxItemFragment, ref);
  const unread = !item.readAt;
  const sentenceId = useId();
  const sourcing = item.kind === "SOURCING_REQUEST" || item.kind === "SOURCING_ANSWER";
  // A sourcing notification opens the requests: those addressed to the region, or those it posted.
  const request = (
    <Anchor
      component={Link}
      to={routes.sourcingRequests(item.kind === "SOURCING_ANSWER" ? "posted" : "addressed")}
      fw={600}
      onClick={() => unread && onMarkRead()}
    />
  );
  const project = item.project ? (
    <Anchor
      component={Link}
      // A mention opens the thread it was made in; a grant ending, the project's « Partage » tab where it is
      // extended; an assignment or a share, the project.
      to={routes.project(item.project.id, PROJECT_TAB_OF[item.kind])}
      fw={600}
      // Opening the project is reading the notification.
      onClick={() => unread && onMarkRead()}
    />
  ) : (
    <Text span fw={600} />
  );
  return (
    <Paper
      withBorder
      p="md"
      bg={unread ? "filiere.0" : undefined}
      style={unread ? { borderLeft: "4px solid var(--mantine-color-filiere-6)" } : undefined}
    >
      <Stack gap="xs">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          {unread && (
            <Badge color="filiere" variant="filled" style={{ flexShrink: 0 }}>
              {t("unread")}
            </Badge>
          )}
          <Text id={sentenceId} fw={unread ? 700 : 400}>
            {sourcing ? (
              <Trans
                t={t}
                i18nKey={SENTENCE_OF[item.kind]}
                values={{ actor: item.actorName, project: item.projectName, region: item.region.name }}
                components={{ request }}
              />
            ) : (
              <Trans
                t={t}
                i18nKey={SENTENCE_OF[item.kind]}
                values={{
                  actor: item.actorName,
                  project: item.project?.name ?? item.projectName,
                  region: item.region.name,
                }}
                components={{ project }}
              />
            )}
          </Text>
        </Group>
        {!item.project && !sourcing && (
          <Text size="sm" c="dimmed">
            {t("projectUnavailable")}
          </Text>
        )}
        <Blockquote p="sm" color="gray" styles={{ root: { fontStyle: "italic" } }}>
          {item.excerpt}
        </Blockquote>
        <Group justify="space-between" align="center">
          <Text size="sm" c="dimmed">
            <time dateTime={item.createdAt}>
              {t("receivedAt", { date: formatDateTime(item.createdAt) ?? item.createdAt })}
            </time>
          </Text>
          {unread && (
            <Button variant="light" size="xs" onClick={onMarkRead} loading={busy} aria-describedby={sentenceId}>
              {t("markRead")}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

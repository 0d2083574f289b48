import { Alert, Button, CopyButton, Group, List, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";

import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { CalendarErrorFields } from "../../graphql/errors";
import { type FragmentType, useFragment } from "../../graphql/generated/fragment-masking";
import { graphql } from "../../graphql/generated/gql";
import type { CalendarErrorCode } from "../../graphql/generated/graphql";
import { formatDateTime } from "../../lib/dates";
import { useMutationOutcome } from "../../lib/mutation";

import { calendarErrorMessage } from "./planningErrors";

export const CalendarFeedRowFragment = graphql(`
  fragment CalendarFeedRow_feed on CalendarFeed {
    id
    kind
    createdAt
    revokedAt
    cohort {
      id
      name
    }
  }
`);

export const CreateCalendarFeedMutation = graphql(`
  mutation CreateCalendarFeed($input: CreateCalendarFeedInput!) {
    createCalendarFeed(input: $input) {
      __typename
      ... on CalendarFeedSuccess {
        url
        feed {
          id
          ...CalendarFeedRow_feed
        }
      }
      ...CalendarErrorFields
    }
  }
`);

export const RevokeCalendarFeedMutation = graphql(`
  mutation RevokeCalendarFeed($input: RevokeCalendarFeedInput!) {
    revokeCalendarFeed(input: $input) {
      __typename
      ... on CalendarFeedSuccess {
        feed {
          id
          ...CalendarFeedRow_feed
        }
      }
      ...CalendarErrorFields
    }
  }
`);

interface Props {
  /** The viewer's feeds (all kinds); the ones of this calendar are shown. */
  feeds: readonly FragmentType<typeof CalendarFeedRowFragment>[];
  /** A cohort's calendar; omitted: the viewer's « mes jalons ». */
  cohortId?: string;
  onChanged: () => Promise<unknown>;
}

/** « Abonnement calendrier »: a secret ICS link, shown once at its creation; the list to revoke them. */
export function CalendarFeeds({ feeds: feedRefs, cohortId, onChanged }: Props) {
  const { t } = useTranslation(["planning", "common"]);
  const headingId = useId();
  const urlId = useId();
  const feeds = useFragment(CalendarFeedRowFragment, feedRefs).filter((feed) =>
    cohortId ? feed.kind === "COHORT" && feed.cohort?.id === cohortId : feed.kind === "ASSIGNEE",
  );
  const [url, setUrl] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const describe = (error: { code: CalendarErrorCode; message: string }) =>
    calendarErrorMessage(t, error.code, error.message);
  const [create, creating] = useMutationOutcome(CreateCalendarFeedMutation, CalendarErrorFields, describe);
  const [revoke, revoking] = useMutationOutcome(RevokeCalendarFeedMutation, CalendarErrorFields, describe);

  const onCreate = async () => {
    setFailure(null);
    const outcome = await create({ variables: { input: { cohortId: cohortId ?? null } } });
    if (outcome.status === "failed") return; // shown by <QueryErrorAlert> below
    if (outcome.status === "refused") {
      setFailure(outcome.refusal.message);
      return;
    }
    setUrl(outcome.result.url ?? null);
    await onChanged();
  };

  const onRevoke = async (feedId: string) => {
    setFailure(null);
    const outcome = await revoke({ variables: { input: { feedId } } });
    if (outcome.status === "failed") return; // shown by <QueryErrorAlert> below
    if (outcome.status === "refused") {
      setFailure(outcome.refusal.message);
      return;
    }
    notifications.show({
      message: t("calendar.revokedNotice"),
      color: "teal",
      closeButtonProps: { "aria-label": t("common:close") },
    });
    await onChanged();
  };

  const date = (value: string) => formatDateTime(value) ?? value;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={headingId}>
          {cohortId ? t("calendar.heading") : t("calendar.headingMine")}
        </Title>
        <Text size="sm">{cohortId ? t("calendar.intro") : t("calendar.introMine")}</Text>
        {failure && (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        )}
        {creating.error && <QueryErrorAlert error={creating.error} />}
        {revoking.error && <QueryErrorAlert error={revoking.error} />}
        {url && (
          <Alert color="filiere" variant="light" role="status">
            <Stack gap="xs">
              <Group align="flex-end" wrap="nowrap">
                <TextInput
                  id={urlId}
                  label={t("calendar.url")}
                  value={url}
                  readOnly
                  style={{ flex: 1 }}
                  onFocus={(event) => event.currentTarget.select()}
                />
                <CopyButton value={url}>
                  {({ copied, copy }) => (
                    <Button variant={copied ? "light" : "filled"} onClick={copy}>
                      {copied ? t("calendar.copied") : t("calendar.copy")}
                    </Button>
                  )}
                </CopyButton>
              </Group>
              <Text size="sm">{t("calendar.urlHelp")}</Text>
            </Stack>
          </Alert>
        )}
        <Group>
          <Button variant="outline" onClick={() => void onCreate()} loading={creating.loading}>
            {t("calendar.create")}
          </Button>
        </Group>
        {feeds.length === 0 ? (
          <Text size="sm">{t("calendar.none")}</Text>
        ) : (
          <List size="sm" spacing="xs" aria-label={t("calendar.caption")}>
            {feeds.map((feed) => (
              <List.Item key={feed.id}>
                <Group gap="sm">
                  <span>
                    {feed.revokedAt
                      ? t("calendar.revoked", { date: date(feed.revokedAt) })
                      : t("calendar.active", { date: date(feed.createdAt) })}
                  </span>
                  {!feed.revokedAt && (
                    <Button
                      size="compact-sm"
                      variant="outline"
                      color="red"
                      aria-label={t("calendar.revokeLabel", { date: date(feed.createdAt) })}
                      onClick={() => void onRevoke(feed.id)}
                      loading={revoking.loading}
                    >
                      {t("calendar.revoke")}
                    </Button>
                  )}
                </Group>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Paper>
  );
}

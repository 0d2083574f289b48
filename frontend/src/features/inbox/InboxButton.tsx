import { useQuery } from "@apollo/client/react";
import { Badge, Button } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

import { graphql } from "../../graphql/generated/gql";
import { routes } from "../../lib/routes";

import classes from "./InboxButton.module.css";

export const InboxUnreadCountQuery = graphql(`
  query InboxUnreadCount {
    inboxUnreadCount
  }
`);

/** How often the header asks for new mentions: often enough for a working day, light on the API. */
export const INBOX_POLL_INTERVAL_MS = 60_000;

/** « Notifications » in the header, with the unread count; the count is refreshed every minute while
 * the tab is visible, and at once when notifications are marked read (same cache field). */
export function InboxButton() {
  const { t } = useTranslation("inbox");
  const { data } = useQuery(InboxUnreadCountQuery, {
    pollInterval: INBOX_POLL_INTERVAL_MS,
    skipPollAttempt: () => document.visibilityState === "hidden",
  });
  const count = data?.inboxUnreadCount ?? 0;
  return (
    <Button
      component={Link}
      to={routes.notifications()}
      variant="subtle"
      size="sm"
      aria-label={count > 0 ? t("button.labelUnread", { count }) : t("button.label")}
      rightSection={
        count > 0 ? (
          <Badge
            color="red"
            size="sm"
            circle={count < 10}
            aria-hidden="true"
            className={classes.count}
            data-count={count > 99 ? "99+" : String(count)}
          />
        ) : undefined
      }
    >
      {t("button.label")}
    </Button>
  );
}

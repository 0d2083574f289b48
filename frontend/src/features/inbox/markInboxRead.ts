import { useCallback } from "react";
import { useTranslation } from "react-i18next";

import { InboxErrorFields } from "../../graphql/errors";
import { graphql } from "../../graphql/generated/gql";
import { useMutationOutcome } from "../../lib/mutation";

import { InboxUnreadCountQuery } from "./InboxButton";
import { inboxErrorMessage } from "./inboxErrors";

export const MarkInboxReadMutation = graphql(`
  mutation MarkInboxRead($input: MarkInboxReadInput!) {
    markInboxRead(input: $input) {
      __typename
      ... on MarkInboxReadSuccess {
        marked
        unreadCount
      }
      ...InboxErrorFields
    }
  }
`);

/** Marks notifications read: some (`ids`), or all of them (`ids` null). The API answers counts only:
 * the items shown (`shown`: the ids concerned that the page holds) are marked in the cache, and the
 * unread count the header shows is the API's. Answers null when done, else the French message of the
 * failure (a refusal's, or the generic one of a network or server error). */
export function useMarkInboxRead() {
  const { t } = useTranslation("inbox");
  const [mutate, { loading }] = useMutationOutcome(MarkInboxReadMutation, InboxErrorFields, (error) =>
    inboxErrorMessage(t, error.code, error.message),
  );
  const markRead = useCallback(
    async (ids: string[] | null, shown: string[]): Promise<string | null> => {
      const outcome = await mutate({
        variables: { input: ids ? { ids } : {} },
        updateCache(cache, { unreadCount }) {
          const readAt = new Date().toISOString();
          for (const id of ids ?? shown) {
            cache.modify({
              id: cache.identify({ __typename: "InboxItem", id }),
              fields: { readAt: (previous: string | null) => previous ?? readAt },
            });
          }
          cache.writeQuery({ query: InboxUnreadCountQuery, data: { inboxUnreadCount: unreadCount } });
        },
      });
      if (outcome.status === "done") return null;
      return outcome.status === "refused" ? outcome.refusal.message : t("markFailed");
    },
    [mutate, t],
  );
  return { markRead, loading };
}

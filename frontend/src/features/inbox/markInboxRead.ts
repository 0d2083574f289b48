import { useMutation } from "@apollo/client/react";
import { useCallback } from "react";

import { graphql } from "../../graphql/generated/gql";

import { InboxUnreadCountQuery } from "./InboxButton";

export const MarkInboxReadMutation = graphql(`
  mutation MarkInboxRead($input: MarkInboxReadInput!) {
    markInboxRead(input: $input) {
      marked
      unreadCount
    }
  }
`);

/** Marks notifications read: some (`ids`), or all of them (`ids` null). The API answers counts only:
 * the items shown (`shown`: the ids concerned that the page holds) are marked in the cache, and the
 * unread count the header shows is the API's. */
export function useMarkInboxRead() {
  const [mutate, { loading }] = useMutation(MarkInboxReadMutation);
  const markRead = useCallback(
    (ids: string[] | null, shown: string[]) =>
      mutate({
        variables: { input: ids ? { ids } : {} },
        update(cache, { data }) {
          if (!data) return;
          const readAt = new Date().toISOString();
          for (const id of ids ?? shown) {
            cache.modify({
              id: cache.identify({ __typename: "InboxItem", id }),
              fields: { readAt: (previous: string | null) => previous ?? readAt },
            });
          }
          cache.writeQuery({
            query: InboxUnreadCountQuery,
            data: { inboxUnreadCount: data.markInboxRead.unreadCount },
          });
        },
      }),
    [mutate],
  );
  return { markRead, loading };
}

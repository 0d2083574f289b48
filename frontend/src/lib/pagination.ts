import { useCallback, useState } from "react";

import { hasErrorCode } from "./graphqlErrors";

export interface CursorStack {
  /** Cursor to pass as `after` (null on the first page). */
  after: string | null;
  /** 1-based page number. */
  page: number;
  next: (endCursor: string) => void;
  previous: () => void;
  reset: () => void;
}

/** Relay connections only go forward: keep the cursors of the pages already seen to go back.
 * The stack empties whenever `resetKey` changes (another region, other filters). */
export function useCursorStack(resetKey: string): CursorStack {
  const [state, setState] = useState<{ key: string; cursors: (string | null)[] }>({
    key: resetKey,
    cursors: [null],
  });
  // Reset during render rather than in an effect: no request is ever sent with a stale cursor.
  const cursors = state.key === resetKey ? state.cursors : [null];
  if (state.key !== resetKey) {
    setState({ key: resetKey, cursors: [null] });
  }
  const next = useCallback(
    (endCursor: string) => setState((s) => ({ key: s.key, cursors: [...s.cursors, endCursor] })),
    [],
  );
  const previous = useCallback(
    () => setState((s) => ({ key: s.key, cursors: s.cursors.length > 1 ? s.cursors.slice(0, -1) : s.cursors })),
    [],
  );
  const reset = useCallback(() => setState((s) => ({ key: s.key, cursors: [null] })), []);
  return { after: cursors[cursors.length - 1] ?? null, page: cursors.length, next, previous, reset };
}

export function pageCount(totalCount: number, pageSize: number): number {
  return Math.max(1, Math.ceil(totalCount / pageSize));
}

/** « Réessayer » on a list: a cursor the API no longer accepts sends back to the first page. */
export function retryList(error: unknown, cursors: CursorStack, refetch: () => Promise<unknown>): void {
  if (hasErrorCode(error, "INVALID_CURSOR") && cursors.page > 1) cursors.reset();
  else void refetch();
}

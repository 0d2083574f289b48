import { Alert, Text } from "@mantine/core";

import type { CursorStack } from "../lib/pagination";

import { CaptionedTable, type CaptionedTableProps } from "./CaptionedTable";
import { type PagedConnection, PaginationControls } from "./PaginationControls";

interface Props extends Omit<CaptionedTableProps, "highlightOnHover" | "busy"> {
  connection: PagedConnection & { edges: readonly unknown[] };
  pageSize: number;
  cursors: CursorStack;
  /** A page is being read: the page buttons wait. */
  loading: boolean;
  /** « 12 organisations », said to screen readers when it changes. */
  count: string;
  empty: string;
}

/** A page of a Relay connection as a captioned table, with its count, its empty state and its page buttons. */
export function PagedTable({
  connection,
  pageSize,
  cursors,
  loading,
  count,
  empty,
  caption,
  minWidth,
  columns,
  children,
}: Props) {
  return (
    <>
      <Text fw={600} role="status">
        {count}
      </Text>
      {connection.edges.length === 0 ? (
        <Alert color="filiere" variant="light">
          {empty}
        </Alert>
      ) : (
        <CaptionedTable caption={caption} minWidth={minWidth} columns={columns}>
          {children}
        </CaptionedTable>
      )}
      <PaginationControls connection={connection} pageSize={pageSize} cursors={cursors} disabled={loading} />
    </>
  );
}

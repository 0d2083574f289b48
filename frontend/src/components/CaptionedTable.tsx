import { Table } from "@mantine/core";
import type { ReactNode } from "react";

export interface CaptionedTableProps {
  /** Said first by screen readers, shown above the table. */
  caption: string;
  /** Below this width the table scrolls sideways rather than squeezing its columns. */
  minWidth: number;
  /** The header cells (`<Table.Th scope="col">`). */
  columns: ReactNode;
  /** The rows (`<Table.Tr>`), each with its `<Table.Th scope="row">`. */
  children: ReactNode;
  /** Rows that open something are highlighted under the pointer. */
  highlightOnHover?: boolean;
  /** A new page is being read (announced as busy). */
  busy?: boolean;
}

/** The lists' table: striped, captioned above, scrolling sideways on a phone. */
export function CaptionedTable({ caption, minWidth, columns, children, highlightOnHover, busy }: CaptionedTableProps) {
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table
        captionSide="top"
        striped
        verticalSpacing="sm"
        highlightOnHover={highlightOnHover}
        aria-busy={busy || undefined}
      >
        <Table.Caption ta="left" fw={600}>
          {caption}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>{columns}</Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

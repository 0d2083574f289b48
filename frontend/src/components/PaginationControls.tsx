import { Button, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

import { pageCount, type CursorStack } from "../lib/pagination";

/** What every Relay connection of the API gives to page through it. */
export interface PagedConnection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

interface Props {
  connection: PagedConnection;
  pageSize: number;
  cursors: CursorStack;
  disabled?: boolean;
}

/** « Précédent / Page n sur m / Suivant » for a connection paged with `useCursorStack`. */
export function PaginationControls({ connection, pageSize, cursors, disabled }: Props) {
  const { t } = useTranslation();
  const endCursor = connection.pageInfo.endCursor;
  const hasPrevious = cursors.page > 1;
  const hasNext = connection.pageInfo.hasNextPage && !!endCursor;
  if (!hasPrevious && !hasNext) return null;
  return (
    <Group component="nav" aria-label={t("pagination.label")} justify="space-between" mt="md">
      <Button variant="default" onClick={cursors.previous} disabled={disabled || !hasPrevious}>
        {t("pagination.previous")}
      </Button>
      <Text size="sm" aria-live="polite">
        {t("pagination.status", { page: cursors.page, pages: pageCount(connection.totalCount, pageSize) })}
      </Text>
      <Button variant="default" onClick={() => endCursor && cursors.next(endCursor)} disabled={disabled || !hasNext}>
        {t("pagination.next")}
      </Button>
    </Group>
  );
}

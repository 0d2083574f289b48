import { Button, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

interface Props {
  page: number;
  pages: number;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  disabled?: boolean;
}

export function PaginationControls({ page, pages, hasPrevious, hasNext, onPrevious, onNext, disabled }: Props) {
  const { t } = useTranslation();
  if (!hasPrevious && !hasNext) return null;
  return (
    <Group component="nav" aria-label={t("pagination.label")} justify="space-between" mt="md">
      <Button variant="default" onClick={onPrevious} disabled={disabled || !hasPrevious}>
        {t("pagination.previous")}
      </Button>
      <Text size="sm" aria-live="polite">
        {t("pagination.status", { page, pages })}
      </Text>
      <Button variant="default" onClick={onNext} disabled={disabled || !hasNext}>
        {t("pagination.next")}
      </Button>
    </Group>
  );
}

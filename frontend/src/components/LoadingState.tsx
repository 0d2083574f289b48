import { Center, Loader, Text, Group } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** A spinner with a text that assistive technologies announce. */
export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Group gap="sm">
        <Loader size="sm" aria-hidden="true" />
        <Text size="sm">{label ?? t("loading")}</Text>
      </Group>
    </Center>
  );
}

import { Button, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

import type { AddState } from "./useAddToStage";

interface Props {
  /** Id of the element naming the supplier: the button is described by it. */
  describedBy: string;
  state: AddState | undefined;
  onAdd: () => void;
}

/** « Ajouter à l'étape », then « Ajouté à la chaîne » or the server's refusal. */
export function AddToStageControl({ describedBy, state, onAdd }: Props) {
  const { t } = useTranslation("suppliers");
  if (state?.status === "added") {
    return (
      <Text size="sm" c="teal.9" fw={600} role="status">
        {t("add.added")}
      </Text>
    );
  }
  return (
    <Group gap="sm" align="center">
      <Button
        size="xs"
        variant="light"
        onClick={onAdd}
        loading={state?.status === "adding"}
        aria-describedby={describedBy}
      >
        {t("add.button")}
      </Button>
      {state?.status === "failed" && (
        <Text size="sm" c="red.9" role="alert">
          {state.message}
        </Text>
      )}
    </Group>
  );
}

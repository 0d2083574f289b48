import { Alert, Button, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";

import type { FinancingProblem } from "./financingErrors";

interface Props {
  problem: FinancingProblem;
  failedTitle: string;
  conflictTitle: string;
  /** Reads the plans again: a conflict is resolved by starting from what the other person saved. */
  reload: { label: string; loading: boolean; onReload: () => void };
  onClose?: () => void;
}

/** The server's refusal: « modifiée entre-temps » (with a reload), or refused with its French reason. */
export function FinancingProblemAlert({ problem, failedTitle, conflictTitle, reload, onClose }: Props) {
  const { t } = useTranslation("financing");
  return (
    <Alert
      color={problem.conflict ? "orange" : "red"}
      title={problem.conflict ? conflictTitle : failedTitle}
      role="alert"
      withCloseButton={!!onClose}
      onClose={onClose}
      closeButtonLabel={t("investment.dismiss")}
    >
      <Stack gap="sm" align="flex-start">
        <span>{problem.message}</span>
        {problem.conflict && (
          <Button variant="outline" color="orange" onClick={reload.onReload} loading={reload.loading}>
            {reload.label}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

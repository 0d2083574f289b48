import { Alert, Button, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";

import type { SourcingProblem } from "./supplyChainErrors";

interface Props {
  problem: SourcingProblem;
  failedTitle: string;
  /** Title of a conflict; « Ce fournisseur a été modifié entre-temps » unless said. */
  conflictTitle?: string;
  /** A way to read the chain again, for a conflict the form does not resolve by itself. */
  reload?: { label: string; loading: boolean; onReload: () => void };
  onClose?: () => void;
}

/** The server's refusal: « modifié entre-temps » (its message names who changed what, and when), or refused. */
export function SourcingProblemAlert({ problem, failedTitle, conflictTitle, reload, onClose }: Props) {
  const { t } = useTranslation("supplyChain");
  return (
    <Alert
      color={problem.conflict ? "orange" : "red"}
      title={problem.conflict ? (conflictTitle ?? t("board.conflictTitle")) : failedTitle}
      role="alert"
      withCloseButton={!!onClose}
      onClose={onClose}
      closeButtonLabel={t("board.dismiss")}
    >
      <Stack gap="sm" align="flex-start">
        <span>{problem.message}</span>
        {problem.conflict && reload && (
          <Button variant="outline" color="orange" onClick={reload.onReload} loading={reload.loading}>
            {reload.label}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

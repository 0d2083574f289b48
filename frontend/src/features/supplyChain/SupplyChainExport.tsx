import { Alert, Button, Stack } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { useAuth } from "../../lib/auth/AuthContext";
import { downloadWithToken } from "../../lib/download";

import { supplyChainExportUrl } from "./supplyChainLinks";

/** The chain as an Excel workbook (one row per supplier considered, then the indicators), for the
 * steering committee and the company. */
export function SupplyChainExport({ projectId }: { projectId: string }) {
  const { t } = useTranslation("supplyChain");
  const { session } = useAuth();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  const download = async () => {
    setBusy(true);
    setFailed(false);
    try {
      await downloadWithToken(
        supplyChainExportUrl(projectId),
        () => session.accessToken(),
        `${t("export.fileName")}.xlsx`,
      );
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="xs" align="flex-end">
      <Button variant="outline" onClick={() => void download()} loading={busy}>
        {t("export.button")}
      </Button>
      {failed && (
        <Alert color="red" role="alert">
          {t("export.failed")}
        </Alert>
      )}
    </Stack>
  );
}

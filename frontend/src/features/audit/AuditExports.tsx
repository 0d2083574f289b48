import { Alert, Button, Group, Stack } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { useAuth } from "../../lib/auth/AuthContext";
import { downloadWithToken } from "../../lib/download";

import { auditExportUrl, type AuditExportFormat, type AuditSearch } from "./auditSearch";

/** The trail as shown (same region, same filters) as a file to keep or hand to an auditor. */
export function AuditExports({ region, search }: { region: string | null; search: AuditSearch }) {
  const { t } = useTranslation("audit");
  const { session } = useAuth();
  const [busy, setBusy] = useState<AuditExportFormat | null>(null);
  const [failed, setFailed] = useState(false);

  const download = async (format: AuditExportFormat) => {
    setBusy(format);
    setFailed(false);
    try {
      await downloadWithToken(
        auditExportUrl(format, region, search),
        () => session.accessToken(),
        `${t("exports.fileName")}.${format}`,
      );
    } catch {
      setFailed(true);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Stack gap="xs">
      <Group gap="sm">
        <Button variant="outline" onClick={() => void download("csv")} loading={busy === "csv"}>
          {t("exports.csv")}
        </Button>
        <Button variant="outline" onClick={() => void download("xlsx")} loading={busy === "xlsx"}>
          {t("exports.xlsx")}
        </Button>
      </Group>
      {failed && (
        <Alert color="red" role="alert">
          {t("exports.failed")}
        </Alert>
      )}
    </Stack>
  );
}

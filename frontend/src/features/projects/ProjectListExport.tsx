import { Alert, Button, Stack } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { useAuth } from "../../lib/auth/AuthContext";
import { downloadWithToken } from "../../lib/download";

import { projectExportUrl, type ProjectListSearch } from "./projectListSearch";

/** The list as shown (same region, same filters) as an Excel workbook. */
export function ProjectListExport({
  region,
  search,
  url,
  disabled,
}: {
  /** The region shown; null for every region. */
  region: string | null;
  search: ProjectListSearch;
  /** Another export of the same list (a partner's); by default the staff's project list. */
  url?: string;
  disabled?: boolean;
}) {
  const { t } = useTranslation("projects");
  const { session } = useAuth();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  const download = async () => {
    setBusy(true);
    setFailed(false);
    try {
      await downloadWithToken(
        url ?? projectExportUrl(region, search),
        () => session.accessToken(),
        `${t("list.exportFileName")}.xlsx`,
      );
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="xs" align="flex-end">
      <Button variant="outline" onClick={() => void download()} loading={busy} disabled={disabled}>
        {t("list.export")}
      </Button>
      {failed && (
        <Alert color="red" role="alert">
          {t("list.exportFailed")}
        </Alert>
      )}
    </Stack>
  );
}

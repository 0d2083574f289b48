import { Alert, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { useAuth } from "../../lib/auth/AuthContext";
import { downloadWithToken } from "../../lib/download";

type Format = "xlsx" | "ics";

/** The retroplanning as a file: Excel for sharing, iCalendar for a one-off import into a calendar. */
export function CohortExports({ cohortId, cohortName }: { cohortId: string; cohortName: string }) {
  const { t } = useTranslation("planning");
  const { session } = useAuth();
  const [busy, setBusy] = useState<Format | null>(null);
  const [failed, setFailed] = useState(false);

  const download = async (format: Format) => {
    setBusy(format);
    setFailed(false);
    try {
      await downloadWithToken(
        `/exports/cohorts/${encodeURIComponent(cohortId)}/retroplanning.${format}`,
        () => session.accessToken(),
        `${t("exports.fileName", { name: cohortName })}.${format}`,
      );
    } catch {
      setFailed(true);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="cohorte-exports">
      <Stack gap="sm">
        <Title order={2} size="h3" id="cohorte-exports">
          {t("exports.heading")}
        </Title>
        <Text size="sm">{t("exports.intro")}</Text>
        <Group>
          <Button variant="outline" onClick={() => void download("xlsx")} loading={busy === "xlsx"}>
            {t("exports.xlsx")}
          </Button>
          <Button variant="outline" onClick={() => void download("ics")} loading={busy === "ics"}>
            {t("exports.ics")}
          </Button>
        </Group>
        {failed && (
          <Alert color="red" role="alert">
            {t("exports.failed")}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}

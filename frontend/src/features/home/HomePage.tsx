import { Alert, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";

import { useDocumentTitle } from "../../lib/documentTitle";
import { useViewer } from "../../lib/viewer";

/** The landing page of those the API gives no section yet (jury, operations): what awaits them, worded
 * for their role. */
export function HomePage() {
  const { t } = useTranslation();
  useDocumentTitle(t("home.title"));
  const { role } = useViewer();

  return (
    <Stack gap="md">
      <Title order={1}>{t("home.heading")}</Title>
      <Text>{t("home.intro")}</Text>
      <Alert color="filiere" variant="light">
        {t(`home.message.${role}`)}
      </Alert>
    </Stack>
  );
}

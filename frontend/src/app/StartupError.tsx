import { Alert, Button, Container, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";

import { useDocumentTitle } from "../lib/documentTitle";

/** Shown when /config.json is missing or invalid: nothing else can work without it. */
export function StartupError() {
  const { t } = useTranslation();
  useDocumentTitle(t("startup.title"));
  return (
    <Container size="sm" component="main" py="xl">
      <Stack gap="md" align="flex-start">
        <Title order={1}>{t("startup.title")}</Title>
        <Alert color="red" role="alert">
          <Text size="sm">{t("startup.config")}</Text>
        </Alert>
        <Button onClick={() => window.location.reload()}>{t("startup.retry")}</Button>
      </Stack>
    </Container>
  );
}

import { Anchor, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

import { useDocumentTitle } from "../lib/documentTitle";
import { routes } from "../lib/routes";

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("notFound.title"));
  return (
    <Stack gap="md" align="flex-start">
      <Title order={1}>{t("notFound.title")}</Title>
      <Text>{t("notFound.body")}</Text>
      <Anchor component={Link} to={routes.home()}>
        {t("notFound.back")}
      </Anchor>
    </Stack>
  );
}

import { Anchor, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, Outlet } from "react-router";

import { useDocumentTitle } from "../lib/documentTitle";
import { routes } from "../lib/routes";
import { useViewer } from "../lib/viewer";

import { mayUse, type Section } from "./access";

/** The routes of a section open to those the API lets use it (`access.ts`); the others are told so
 * politely, with a way back (the API would refuse their data anyway). */
export function CapabilityGate({ section }: { section: Section }) {
  const viewer = useViewer();
  return mayUse(viewer, section) ? <Outlet /> : <Forbidden />;
}

function Forbidden() {
  const { t } = useTranslation(["common", "enums"]);
  const { role } = useViewer();
  useDocumentTitle(t("forbidden.title"));
  return (
    <Stack gap="md" align="flex-start">
      <Title order={1}>{t("forbidden.title")}</Title>
      <Text>{t("forbidden.body", { role: t(`enums:role.${role}`) })}</Text>
      <Anchor component={Link} to={routes.home()}>
        {t("forbidden.back")}
      </Anchor>
    </Stack>
  );
}

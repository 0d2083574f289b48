import { Anchor, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, Outlet } from "react-router";

import type { Role } from "../graphql/generated/graphql";
import { useDocumentTitle } from "../lib/documentTitle";
import { hasRole } from "../lib/roles";
import { routes } from "../lib/routes";

import { useShellViewer } from "./viewer";

/** Pages a role has no use for say so politely, with a way back (the API refuses their data anyway). */
export function RoleGate({ allow }: { allow: readonly Role[] }) {
  const { role } = useShellViewer();
  return hasRole(role, allow) ? <Outlet /> : <Forbidden role={role} />;
}

function Forbidden({ role }: { role: Role }) {
  const { t } = useTranslation(["common", "enums"]);
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

import { AppShell, Container, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Outlet } from "react-router";

import { MAIN_CONTENT_ID, SkipLink } from "./SkipLink";

/** Pages shown without a signed-in user: the sign-in return, « au revoir », the redirect screen. */
export function PublicLayout({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <SkipLink />
      <AppShell header={{ height: 56 }} padding="md">
        <AppShell.Header px="md" style={{ display: "flex", alignItems: "center" }}>
          <Text component="p" fw={700} size="lg" c="filiere.8">
            {t("appName")}
          </Text>
        </AppShell.Header>
        <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1}>
          <Container size="md">{children ?? <Outlet />}</Container>
        </AppShell.Main>
      </AppShell>
    </>
  );
}

import { useQuery } from "@apollo/client/react";
import { AppShell, Avatar, Burger, Button, Container, Group, Menu, NavLink, Stack, Text, em } from "@mantine/core";
import { useDisclosure, useMediaQuery } from "@mantine/hooks";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link, Outlet, useLocation } from "react-router";

import { LoadingState } from "../../components/LoadingState";
import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { InboxButton } from "../../features/inbox/InboxButton";
import { isAccountNotOpen } from "../../features/session/accountNotOpen";
import { AccountNotOpenPage } from "../../features/session/AccountNotOpenPage";
import { graphql } from "../../graphql/generated/gql";
import { useAuth } from "../../lib/auth/AuthContext";
import { routes } from "../../lib/routes";
import { ViewerContext } from "../../lib/viewer";
import { mayUse } from "../access";

import accountClasses from "./AccountButton.module.css";
import { navigationFor } from "./navigation";
import { MAIN_CONTENT_ID, SkipLink } from "./SkipLink";

export const AppShellQuery = graphql(`
  query AppShell {
    viewer {
      displayName
      email
      role
      region {
        id
        slug
        name
      }
      organisation {
        id
        name
      }
      capabilities {
        action
        regions {
          id
          slug
          name
        }
        national
        addressed
        grant
        attached
      }
      user {
        id
      }
    }
  }
`);

/** « Camille Lemoine » → « CL »: the account menu's button on a phone (its name is « Mon compte »). */
function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part.charAt(0).toLocaleUpperCase("fr-FR"))
    .join("");
}

/** Header (who is signed in, sign-out), the navigation the viewer's capabilities open, and the main
 * landmark; the viewer (`lib/viewer.ts`) for every page below. */
export function AppLayout() {
  const { t } = useTranslation(["common", "enums", "account"]);
  const { session } = useAuth();
  const { pathname } = useLocation();
  const [navOpened, nav] = useDisclosure(false);
  const { data, loading, error, refetch } = useQuery(AppShellQuery);
  const viewer = data?.viewer;
  // Below Mantine's `xs` (36em), a phone: « Se déconnecter » would push the header out of the screen.
  const narrow = useMediaQuery(`(max-width: ${em(575.98)})`) ?? false;

  // Single-page navigation does not move the focus: bring it to the new page's content, as a page
  // load would (screen readers then read the new page), and close the mobile navigation.
  const main = useRef<HTMLElement>(null);
  const previousPath = useRef(pathname);
  useEffect(() => {
    if (previousPath.current !== pathname) {
      previousPath.current = pathname;
      main.current?.focus();
      nav.close();
    }
  }, [pathname, nav]);

  // The regions' staff work for a region, partners and jurors for an organisation.
  const where = viewer?.region?.name ?? viewer?.organisation?.name;
  const items = viewer ? navigationFor(viewer) : [];

  if (isAccountNotOpen(error)) return <AccountNotOpenPage />;

  return (
    <>
      <SkipLink />
      <AppShell
        header={{ height: { base: 64, sm: 64 } }}
        navbar={{ width: 230, breakpoint: "sm", collapsed: { mobile: !navOpened } }}
        padding="lg"
      >
        <AppShell.Header px="md">
          <Group h="100%" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Burger
                opened={navOpened}
                onClick={nav.toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={navOpened ? t("header.closeNavigation") : t("header.openNavigation")}
                aria-expanded={navOpened}
                aria-controls="navigation-principale"
              />
              <Text component={Link} to={routes.home()} fw={700} size="xl" c="filiere.8" td="none">
                {t("appName")}
              </Text>
            </Group>
            <Group gap="md" wrap="nowrap">
              {viewer && mayUse(viewer, "notifications") && <InboxButton />}
              {viewer && (
                <Stack gap={0} align="flex-end" visibleFrom="xs" aria-label={t("header.userLabel")} role="group">
                  <Text size="sm" fw={600}>
                    {viewer.displayName}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {[t(`enums:role.${viewer.role}`), where].filter(Boolean).join(" · ")}
                  </Text>
                </Stack>
              )}
              {narrow ? (
                // On a phone, who is signed in and « Se déconnecter » in one menu behind the initials.
                <Menu position="bottom-end" shadow="md">
                  <Menu.Target>
                    <Avatar
                      component="button"
                      type="button"
                      color="filiere"
                      radius="xl"
                      aria-label={t("header.account")}
                      style={{ cursor: "pointer", border: 0 }}
                    >
                      {viewer ? (
                        <span className={accountClasses.initials} data-initials={initials(viewer.displayName)} />
                      ) : null}
                    </Avatar>
                  </Menu.Target>
                  <Menu.Dropdown>
                    {viewer && (
                      <Menu.Label>
                        {viewer.displayName} — {[t(`enums:role.${viewer.role}`), where].filter(Boolean).join(" · ")}
                      </Menu.Label>
                    )}
                    <Menu.Item component={Link} to={routes.mySessions()}>
                      {t("account:sessions.menu")}
                    </Menu.Item>
                    <Menu.Item onClick={() => void session.signOut()}>{t("header.signOut")}</Menu.Item>
                  </Menu.Dropdown>
                </Menu>
              ) : (
                <Group gap="xs" wrap="nowrap">
                  <Button component={Link} to={routes.mySessions()} variant="subtle" size="sm">
                    {t("account:sessions.menu")}
                  </Button>
                  <Button variant="default" size="sm" onClick={() => void session.signOut()}>
                    {t("header.signOut")}
                  </Button>
                </Group>
              )}
            </Group>
          </Group>
        </AppShell.Header>

        <AppShell.Navbar p="sm" id="navigation-principale" aria-label={t("nav.label")}>
          {viewer && (
            <Text size="sm" hiddenFrom="xs" mb="sm">
              {viewer.displayName} — {[t(`enums:role.${viewer.role}`), where].filter(Boolean).join(" · ")}
            </Text>
          )}
          <ul style={{ listStyle: "none", margin: 0, padding: 0 }}>
            {items.map((item) => {
              const active = item.to === "/" ? pathname === "/" : pathname.startsWith(item.to);
              return (
                <li key={item.to}>
                  <NavLink
                    component={Link}
                    to={item.to}
                    label={t(item.label)}
                    active={active}
                    aria-current={active ? "page" : undefined}
                    fw={600}
                  />
                </li>
              );
            })}
          </ul>
        </AppShell.Navbar>

        <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1} ref={main} style={{ outline: "none" }}>
          <Container size="xl" px={0}>
            {loading && !data && <LoadingState />}
            {error && !data && <QueryErrorAlert error={error} onRetry={() => void refetch()} />}
            {viewer && (
              <ViewerContext value={viewer}>
                <Outlet />
              </ViewerContext>
            )}
          </Container>
        </AppShell.Main>
      </AppShell>
    </>
  );
}

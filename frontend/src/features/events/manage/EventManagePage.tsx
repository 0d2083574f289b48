import { useQuery } from "@apollo/client/react";
import { Alert, Anchor, Group, Stack, Tabs, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router";

import { LoadingState } from "../../../components/LoadingState";
import { QueryErrorAlert } from "../../../components/QueryErrorAlert";
import { graphql } from "../../../graphql/generated/gql";
import { useDocumentTitle } from "../../../lib/documentTitle";
import { routes } from "../../../lib/routes";

import { EVENT_TABS } from "./eventTabs";

export const EventManageQuery = graphql(`
  query EventManage($slug: String!) {
    eventBySlug(slug: $slug) {
      id
      slug
      name
      viewerCanManage
    }
  }
`);

/** /evenements/:slug/gestion — the organisers' page (host and co-organising regions' teams), on its tabs. */
export function EventManagePage() {
  const { t } = useTranslation("events");
  const { slug = "" } = useParams();
  const [search, setSearch] = useSearchParams();
  const { data, loading, error, refetch } = useQuery(EventManageQuery, { variables: { slug } });
  const event = data?.eventBySlug;
  useDocumentTitle(event ? t("manageTitle", { name: event.name }) : t("title"));

  if (loading && !data) return <LoadingState />;
  if (error && !data) return <QueryErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!event?.viewerCanManage) {
    return (
      <Alert color="orange" role="alert">
        {t("reservedToOrganisers")}
      </Alert>
    );
  }
  const current = EVENT_TABS.find((tab) => tab.key === search.get("onglet"))?.key ?? EVENT_TABS[0]?.key;
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t("manageTitle", { name: event.name })}</Title>
        <Group gap="lg">
          <Anchor component={Link} to={routes.eventPublic(event.slug)}>
            {t("publicPage")}
          </Anchor>
          <Anchor component={Link} to={routes.eventPresenter(event.slug)}>
            {t("manage.launchPresenter")}
          </Anchor>
        </Group>
      </Stack>
      <Tabs
        value={current ?? null}
        onChange={(value) => value && setSearch({ onglet: value }, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List aria-label={t("tabs.label")}>
          {EVENT_TABS.map((tab) => (
            <Tabs.Tab key={tab.key} value={tab.key}>
              {t(tab.labelKey)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {EVENT_TABS.map(({ key, component: Tab }) => (
          <Tabs.Panel key={key} value={key} pt="md">
            <Tab eventId={event.id} slug={event.slug} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}

import { useQuery } from "@apollo/client/react";
import { Alert, Anchor, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

import { LoadingState } from "../../../components/LoadingState";
import { QueryErrorAlert } from "../../../components/QueryErrorAlert";
import { formatLongDate } from "../../../lib/dates";
import { useDocumentTitle } from "../../../lib/documentTitle";
import { routes } from "../../../lib/routes";

import { MyJuryEventsQuery } from "./juryQueries";

/** « Mes jurys »: the juror's home, the events whose pitches they score. */
export function JuryHomePage() {
  const { t } = useTranslation("events");
  useDocumentTitle(t("jury.title"));
  const { data, loading, error, refetch } = useQuery(MyJuryEventsQuery, { fetchPolicy: "cache-and-network" });
  const events = data?.myJuryEvents ?? [];

  return (
    <Stack gap="md">
      <Title order={1}>{t("jury.title")}</Title>
      <Text>{t("jury.intro")}</Text>
      {error && <QueryErrorAlert error={error} onRetry={() => void refetch()} />}
      {loading && !data && <LoadingState />}
      {data && events.length === 0 && (
        <Alert color="filiere" variant="light">
          {t("jury.none")}
        </Alert>
      )}
      {events.map((event) => {
        const done = event.myScorecards.length;
        return (
          <Card key={event.id} withBorder component="section" aria-labelledby={`jury-${event.id}`}>
            <Group justify="space-between" wrap="wrap">
              <Anchor component={Link} to={routes.juryEvent(event.id)} fw={700} id={`jury-${event.id}`}>
                {event.name}
              </Anchor>
              <Text size="sm">
                {(event.startsOn && formatLongDate(event.startsOn)) ?? t("edition", { year: event.editionYear })}
              </Text>
            </Group>
            <Text mt="xs">{t("jury.progress", { done, count: event.pitches.length })}</Text>
            {event.resultsLockedAt && <Text c="dimmed">{t("jury.locked")}</Text>}
          </Card>
        );
      })}
    </Stack>
  );
}

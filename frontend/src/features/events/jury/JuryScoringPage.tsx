import { useQuery } from "@apollo/client/react";
import { Alert, Anchor, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";

import { LoadingState } from "../../../components/LoadingState";
import { QueryErrorAlert } from "../../../components/QueryErrorAlert";
import { useDocumentTitle } from "../../../lib/documentTitle";
import { routes } from "../../../lib/routes";

import { MyJuryEventsQuery } from "./juryQueries";
import { PitchScoreCard } from "./PitchScoreCard";

/** `/jury/:eventId`: the pitches of one event in running order, each with its scorecard (phone first). */
export function JuryScoringPage() {
  const { t } = useTranslation("events");
  const { eventId } = useParams();
  const { data, loading, error, refetch } = useQuery(MyJuryEventsQuery, { fetchPolicy: "cache-and-network" });
  const event = data?.myJuryEvents.find((candidate) => candidate.id === eventId);
  useDocumentTitle(event ? t("scoring.title", { name: event.name }) : t("jury.title"));

  if (error) return <QueryErrorAlert error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <LoadingState />;
  if (!event) {
    return (
      <Alert color="orange" title={t("scoring.notFoundTitle")}>
        <Anchor component={Link} to={routes.jury()}>
          {t("scoring.back")}
        </Anchor>
      </Alert>
    );
  }
  const criteria = event.scoringGrid?.criteria ?? [];
  const locked = Boolean(event.resultsLockedAt);
  return (
    <Stack gap="md" maw={640}>
      <Anchor component={Link} to={routes.jury()} size="sm">
        {t("scoring.back")}
      </Anchor>
      <Title order={1}>{event.name}</Title>
      <Text>{t("scoring.intro")}</Text>
      {locked && <Alert color="gray">{t("scoring.lockedNote")}</Alert>}
      {criteria.length === 0 && <Alert color="orange">{t("errors.NO_SCORING_GRID")}</Alert>}
      {event.pitches.map((pitch) => (
        <PitchScoreCard
          key={pitch.id}
          pitch={pitch}
          criteria={criteria}
          locked={locked}
          card={event.myScorecards.find((card) => card.pitch.id === pitch.id)}
        />
      ))}
    </Stack>
  );
}

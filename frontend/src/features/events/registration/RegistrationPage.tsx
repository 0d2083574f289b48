import { useQuery } from "@apollo/client/react";
import { Alert, Loader, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";

import { QueryErrorAlert } from "../../../components/QueryErrorAlert";
import { graphql } from "../../../graphql/generated/gql";
import { formatLongDate } from "../../../lib/dates";
import { useDocumentTitle } from "../../../lib/documentTitle";

import { type RegisteredSeat, RegistrationForm } from "./RegistrationForm";
import { SeatList } from "./SeatList";

/** Public (no token): the event and its programme, as the registration form needs them. */
export const PublicEventRegistrationQuery = graphql(`
  query PublicEventRegistration($slug: String!) {
    publicEvent(slug: $slug) {
      id
      slug
      name
      startsOn
      endsOn
      venue
      registrationOpen
      sessions {
        id
        title
        kind
        startsAt
        endsAt
        room
        capacity
        openToPublic
        seatsLeft
      }
    }
  }
`);

/** /evenements/:slug/inscription: public, no account. A person registers for the event and its workshops;
 * the confirmation and their personal link go by e-mail. */
export function RegistrationPage() {
  const { t } = useTranslation("events");
  const { slug = "" } = useParams();
  const { data, loading, error } = useQuery(PublicEventRegistrationQuery, { variables: { slug } });
  const [seats, setSeats] = useState<RegisteredSeat[] | null>(null);
  const event = data?.publicEvent;
  useDocumentTitle(event ? t("registration.title", { name: event.name }) : t("registration.titleShort"));

  if (loading) return <Loader role="status" aria-label={t("registration.loading")} />;
  if (error) return <QueryErrorAlert error={error} />;
  if (!event) {
    return (
      <Stack py="md">
        <Title order={1}>{t("registration.titleShort")}</Title>
        <Alert color="gray">{t("registration.notFound")}</Alert>
      </Stack>
    );
  }
  const when = event.startsOn ? formatLongDate(event.startsOn) : null;
  return (
    <Stack gap="lg" py="md" maw={720}>
      <Title order={1}>{t("registration.title", { name: event.name })}</Title>
      <Text>{[when, event.venue].filter(Boolean).join(" — ")}</Text>
      {seats ? (
        <Stack gap="md" role="status">
          <Title order={2}>{t("registration.done.title")}</Title>
          <Text>{t("registration.done.emailSent")}</Text>
          <SeatList seats={seats} />
          <Text size="sm">{t("registration.done.waitingRule")}</Text>
        </Stack>
      ) : event.registrationOpen ? (
        <RegistrationForm
          eventId={event.id}
          sessions={event.sessions.filter((session) => session.openToPublic)}
          onRegistered={setSeats}
        />
      ) : (
        <Alert color="gray" title={t("registration.closedTitle")}>
          {t("registration.closed")}
        </Alert>
      )}
    </Stack>
  );
}

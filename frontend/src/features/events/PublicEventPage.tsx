import { useQuery } from "@apollo/client/react";
import { Alert, Anchor, Badge, Button, Card, Group, List, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";

import { LoadingState } from "../../components/LoadingState";
import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { graphql } from "../../graphql/generated/gql";
import type { PublicEventQuery as PublicEventData } from "../../graphql/generated/graphql";
import { formatDateRange, formatLongDate, formatWeekdayDate } from "../../lib/dates";
import { useDocumentTitle } from "../../lib/documentTitle";
import { routes } from "../../lib/routes";

/** Public (no token, like the page): the event and its programme, nothing private. */
export const PublicEventQuery = graphql(`
  query PublicEvent($slug: String!) {
    publicEvent(slug: $slug) {
      id
      slug
      name
      startsOn
      endsOn
      venue
      address
      description
      registrationOpen
      hostRegion {
        slug
        name
      }
      coOrganisers {
        slug
        name
      }
      sessions {
        id
        kind
        title
        description
        theme {
          key
          name
        }
        day
        startTime
        endTime
        room
        seatsLeft
        openToPublic
        speakers {
          name
          title
          organisation
        }
      }
    }
  }
`);

type PublicEvent = NonNullable<PublicEventData["publicEvent"]>;
type Session = PublicEvent["sessions"][number];

/** The programme by day, in the API's order (start, then room). */
export function groupByDay(sessions: readonly Session[]): [string, Session[]][] {
  const days = new Map<string, Session[]>();
  for (const session of sessions) days.set(session.day, [...(days.get(session.day) ?? []), session]);
  return [...days.entries()];
}

/** A button's label wraps on a narrow phone rather than being cut. */
const WRAPPING = { root: { height: "auto", minHeight: 42, paddingBlock: 8 }, label: { whiteSpace: "normal" as const } };

/** « jeudi 30 novembre 2023 » as a heading: « Jeudi 30 novembre 2023 » (not every word, as CSS would). */
function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** /evenements/:slug — the event's public page: no account, shareable, readable on a phone. */
export function PublicEventPage() {
  const { t } = useTranslation("events");
  const { slug = "" } = useParams();
  const { data, loading, error, refetch } = useQuery(PublicEventQuery, { variables: { slug } });
  const event = data?.publicEvent;
  useDocumentTitle(event?.name ?? t("title"));

  if (loading && !data) return <LoadingState />;
  if (error && !data) return <QueryErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!event) {
    return (
      <Alert color="orange" role="alert" my="md">
        {t("public.notFound")}
      </Alert>
    );
  }
  const range = event.startsOn && event.endsOn ? formatDateRange(event.startsOn, event.endsOn) : null;
  const start = event.startsOn ? formatLongDate(event.startsOn) : null;
  const dates = range ? t("range", range) : start ? t("oneDay", { date: start }) : t("dateUnknown");
  const regions = [event.hostRegion, ...event.coOrganisers].map((region) => region.name);

  return (
    <Stack gap="lg" py="md" maw={860}>
      <Stack gap="xs">
        <Title order={1}>{event.name}</Title>
        <Text fw={600}>{dates}</Text>
        <Text>{[event.venue, event.address].filter(Boolean).join(" — ")}</Text>
        <Text c="dimmed">{t("public.organisers", { count: regions.length, regions: regions.join(" et ") })}</Text>
      </Stack>
      {event.description && <Text style={{ whiteSpace: "pre-line" }}>{event.description}</Text>}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" maw={640}>
        {event.registrationOpen ? (
          <Button component={Link} to={routes.eventRegistration(event.slug)} size="md" fullWidth styles={WRAPPING}>
            {t("public.register")}
          </Button>
        ) : (
          <Button size="md" disabled fullWidth styles={WRAPPING}>
            {t("public.registrationClosed")}
          </Button>
        )}
        <Button
          component="a"
          variant="default"
          size="md"
          href={routes.eventCalendar(event.slug)}
          download
          fullWidth
          styles={WRAPPING}
        >
          {t("public.addEventToCalendar")}
        </Button>
      </SimpleGrid>
      <Title order={2}>{t("public.programme")}</Title>
      {event.sessions.length === 0 && <Text>{t("public.emptyProgramme")}</Text>}
      {groupByDay(event.sessions).map(([day, sessions]) => (
        <section key={day} aria-labelledby={`jour-${day}`}>
          <Title order={3} id={`jour-${day}`} mb="sm">
            {capitalised(formatWeekdayDate(day) ?? day)}
          </Title>
          <Stack gap="sm" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
            {sessions.map((session) => (
              <li key={session.id}>
                <SessionCard slug={event.slug} session={session} />
              </li>
            ))}
          </Stack>
        </section>
      ))}
    </Stack>
  );
}

function SessionCard({ slug, session }: { slug: string; session: Session }) {
  const { t } = useTranslation("events");
  const headingId = `session-${session.id.replace(/[^A-Za-z0-9_-]/g, "")}`;
  return (
    <Card withBorder padding="md" component="article" aria-labelledby={headingId}>
      <Stack gap={6}>
        <Group gap="xs" wrap="wrap">
          <Text fw={700}>{t("public.time", { start: session.startTime, end: session.endTime })}</Text>
          <Badge variant="light" radius="sm" tt="none">
            {t(`kind.${session.kind}`)}
          </Badge>
          {session.room && <Text c="dimmed">{t("public.room", { room: session.room })}</Text>}
        </Group>
        <Title order={4} id={headingId} size="h5">
          {session.title}
        </Title>
        {session.theme && <Text size="sm">{t("public.theme", { name: session.theme.name })}</Text>}
        {session.description && <Text size="sm">{session.description}</Text>}
        {session.speakers.length > 0 && (
          <List size="sm" spacing={2}>
            {session.speakers.map((speaker) => (
              <List.Item key={speaker.name}>
                <Text span fw={600} size="sm">
                  {speaker.name}
                </Text>
                {[speaker.title, speaker.organisation].filter(Boolean).length > 0 &&
                  `, ${[speaker.title, speaker.organisation].filter(Boolean).join(", ")}`}
              </List.Item>
            ))}
          </List>
        )}
        <Group gap="sm" justify="space-between" wrap="wrap">
          {!session.openToPublic ? (
            <Text size="sm">{t("public.reserved")}</Text>
          ) : session.seatsLeft === null ? (
            <span />
          ) : session.seatsLeft === 0 ? (
            <Text size="sm" fw={700} c="red.9">
              {t("public.full")}
            </Text>
          ) : (
            <Text size="sm">{t("public.seatsLeft", { count: session.seatsLeft })}</Text>
          )}
          {session.openToPublic && (
            <Anchor
              href={routes.sessionCalendar(slug, session.id)}
              download
              size="sm"
              aria-label={t("public.addSessionToCalendar", { title: session.title })}
            >
              {t("public.addToCalendar")}
            </Anchor>
          )}
        </Group>
      </Stack>
    </Card>
  );
}

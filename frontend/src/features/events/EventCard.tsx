import { Badge, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";

import { FieldList } from "../../components/FieldList";
import { type FragmentType, useFragment } from "../../graphql/generated/fragment-masking";
import { graphql } from "../../graphql/generated/gql";
import { formatDateRange, formatLongDate } from "../../lib/dates";

export const EventCardFragment = graphql(`
  fragment EventCard_event on Event {
    id
    name
    editionYear
    startsOn
    endsOn
    venue
    description
    region {
      id
      name
    }
    results {
      productsPresented
      producedInFrance
      advancedRelocation
      researchStudies
    }
  }
`);

export function EventCard(props: { event: FragmentType<typeof EventCardFragment> }) {
  const { t } = useTranslation("events");
  const event = useFragment(EventCardFragment, props.event);
  const range = event.startsOn && event.endsOn ? formatDateRange(event.startsOn, event.endsOn) : null;
  const start = event.startsOn ? formatLongDate(event.startsOn) : null;
  const dates = range ? t("range", range) : start ? t("oneDay", { date: start }) : t("dateUnknown");
  const results = event.results
    ? [
        t("productsPresented", { count: event.results.productsPresented }),
        t("producedInFrance", { count: event.results.producedInFrance }),
        t("advancedRelocation", { count: event.results.advancedRelocation }),
        t("researchStudies", { count: event.results.researchStudies }),
      ].join(" · ")
    : t("resultsPending");
  const headingId = `evenement-${event.id.replace(/[^A-Za-z0-9_-]/g, "")}`;

  return (
    <Card withBorder padding="lg" component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Title order={2} size="h3" id={headingId}>
            {event.name}
          </Title>
          <Badge variant="light" radius="sm" tt="none">
            {t("edition", { year: event.editionYear })}
          </Badge>
        </Group>
        <FieldList
          items={[
            { term: t("date"), value: dates },
            { term: t("venue"), value: event.venue },
            { term: t("region"), value: event.region.name },
            { term: t("results"), value: results },
          ]}
        />
        <Text style={{ whiteSpace: "pre-line" }}>{event.description}</Text>
      </Stack>
    </Card>
  );
}

import { Anchor, Badge, Card, Group, List, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

import { FieldList } from "../../components/FieldList";
import { type FragmentType, useFragment } from "../../graphql/generated/fragment-masking";
import { graphql } from "../../graphql/generated/gql";
import { formatDateRange, formatLongDate } from "../../lib/dates";
import { routes } from "../../lib/routes";

export const EventCardFragment = graphql(`
  fragment EventCard_event on Event {
    id
    slug
    viewerCanManage
    name
    editionYear
    startsOn
    endsOn
    venue
    description
    hostRegion {
      id
      name
    }
    coOrganisers {
      id
      name
    }
    productFigures {
      productsPresented
      producedInFrance
      advancedRelocation
      researchStudies
    }
    # Published results only (empty before): the palmarès every region and CCI France read.
    results {
      rank
      score
      project {
        id
        name
      }
      prizes {
        name
      }
    }
  }
`);

/** The podium and every prize-winner, in ranking order. */
const PODIUM = 3;

export function EventCard(props: { event: FragmentType<typeof EventCardFragment> }) {
  const { t } = useTranslation("events");
  const event = useFragment(EventCardFragment, props.event);
  const range = event.startsOn && event.endsOn ? formatDateRange(event.startsOn, event.endsOn) : null;
  const start = event.startsOn ? formatLongDate(event.startsOn) : null;
  const dates = range ? t("range", range) : start ? t("oneDay", { date: start }) : t("dateUnknown");
  const figures = event.productFigures;
  const results = figures
    ? [
        t("productsPresented", { count: figures.productsPresented }),
        t("producedInFrance", { count: figures.producedInFrance }),
        t("advancedRelocation", { count: figures.advancedRelocation }),
        t("researchStudies", { count: figures.researchStudies }),
      ].join(" · ")
    : t("resultsPending");
  const regions = [event.hostRegion, ...event.coOrganisers].map((region) => region.name);
  const palmares = event.results.filter(
    (result) => result.project && ((result.rank ?? Infinity) <= PODIUM || result.prizes.length > 0),
  );
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
            { term: t("region", { count: regions.length }), value: regions.join(", ") },
            { term: t("results"), value: results },
          ]}
        />
        {palmares.length > 0 && (
          <Stack gap={4} component="section" aria-labelledby={`${headingId}-palmares`}>
            <Title order={3} size="h5" id={`${headingId}-palmares`}>
              {t("palmares.title")}
            </Title>
            <List spacing={2}>
              {palmares.map((result) => (
                <List.Item key={result.project?.id}>
                  {[
                    result.rank ? t("palmares.rank", { count: result.rank, ordinal: true }) : t("palmares.unranked"),
                    result.project?.name,
                    ...result.prizes.map((prize) => prize.name),
                  ].join(" — ")}
                </List.Item>
              ))}
            </List>
          </Stack>
        )}
        <Text style={{ whiteSpace: "pre-line" }}>{event.description}</Text>
        <Group gap="md">
          <Anchor
            component={Link}
            to={routes.eventPublic(event.slug)}
            aria-label={t("publicLinkLabel", { name: event.name })}
          >
            {t("publicPage")}
          </Anchor>
          {event.viewerCanManage && (
            <Anchor
              component={Link}
              to={routes.eventManage(event.slug)}
              aria-label={t("manageLinkLabel", { name: event.name })}
            >
              {t("manageLink")}
            </Anchor>
          )}
        </Group>
      </Stack>
    </Card>
  );
}

import { Alert, Paper, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";

import { FieldList } from "../../components/FieldList";
import { type FragmentType, useFragment } from "../../graphql/generated/fragment-masking";
import { graphql } from "../../graphql/generated/gql";
import { formatLongDate } from "../../lib/dates";
import { formatRelativeDay } from "../../lib/relativeDay";

import { adherenceSummary } from "./adherence";

export const CohortFactsFragment = graphql(`
  fragment CohortFacts_cohort on Cohort {
    id
    eventDate
    eventEndDate
    startDate
    todayRelativeDay
    venue
    schoolPartner
    methodOutdated
    region {
      id
      name
    }
    edition {
      id
      name
      methodVersion {
        id
        number
      }
    }
    methodVersion {
      id
      number
      name
    }
    adherence {
      due
      doneOnTime
      doneLate
      overdue
      onTimeRate
    }
  }
`);

/** `today`: the server's date in France (Viewer.today), from which statuses and J−n are computed. */
export function CohortFacts(props: { cohort: FragmentType<typeof CohortFactsFragment>; today: string | null }) {
  const { t } = useTranslation("planning");
  const cohort = useFragment(CohortFactsFragment, props.cohort);
  const date = (value: string | null | undefined) => (value ? (formatLongDate(value) ?? value) : t("facts.unknown"));
  // « 23 novembre 2026 (J−81) »; the date alone while J0 is unknown.
  const todayValue = () => {
    const day =
      cohort.todayRelativeDay === null || cohort.todayRelativeDay === undefined
        ? null
        : formatRelativeDay(cohort.todayRelativeDay);
    if (!props.today) return day ?? t("facts.unknown");
    return day ? t("facts.todayValue", { date: date(props.today), day }) : date(props.today);
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="cohorte-faits">
      <Title order={2} size="h3" id="cohorte-faits" mb="sm">
        {t("facts.heading")}
      </Title>
      {cohort.methodOutdated && (
        <Alert color="orange" title={t("facts.outdatedTitle")} mb="md">
          {t("facts.outdated", {
            current: cohort.methodVersion.number,
            next: cohort.edition?.methodVersion.number ?? "?",
          })}
        </Alert>
      )}
      <FieldList
        items={[
          { term: t("facts.region"), value: cohort.region.name },
          { term: t("facts.edition"), value: cohort.edition?.name ?? t("facts.unknown") },
          { term: t("facts.eventDate"), value: date(cohort.eventDate) },
          {
            term: t("facts.today"),
            value: todayValue(),
          },
          ...(cohort.startDate ? [{ term: t("facts.startDate"), value: date(cohort.startDate) }] : []),
          ...(cohort.eventEndDate ? [{ term: t("facts.endDate"), value: date(cohort.eventEndDate) }] : []),
          { term: t("facts.venue"), value: cohort.venue || t("facts.unknown") },
          { term: t("facts.school"), value: cohort.schoolPartner || t("facts.unknown") },
          {
            term: t("facts.method"),
            value: t("facts.methodValue", { number: cohort.methodVersion.number, name: cohort.methodVersion.name }),
          },
          { term: t("facts.adherence"), value: adherenceSummary(t, cohort.adherence) },
        ]}
      />
    </Paper>
  );
}

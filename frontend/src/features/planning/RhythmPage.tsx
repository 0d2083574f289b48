import { useQuery } from "@apollo/client/react";
import { Alert, Group, NativeSelect, NumberInput, Paper, Slider, Stack, Table, Text, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";

import { LoadingState } from "../../components/LoadingState";
import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { graphql } from "../../graphql/generated/gql";
import { formatLongDate } from "../../lib/dates";
import { useDocumentTitle } from "../../lib/documentTitle";
import { formatRelativeDay } from "../../lib/relativeDay";

import { formatRate } from "./adherence";
import type { RhythmBar } from "./RhythmChart";

const RhythmChart = lazy(() => import("./RhythmChart").then((module) => ({ default: module.RhythmChart })));

const WORKING_DAYS_PER_MONTH = 21;

export const RhythmContextQuery = graphql(`
  query RhythmContext {
    viewer {
      today
      region {
        id
      }
    }
    editions(first: 50) {
      edges {
        node {
          id
          name
          year
          methodVersion {
            id
            durationMonths
          }
        }
      }
    }
    cohorts(first: 100) {
      edges {
        node {
          id
          todayRelativeDay
          region {
            id
            name
          }
          edition {
            id
          }
        }
      }
    }
  }
`);

export const RhythmQuery = graphql(`
  query Rhythm($editionId: ID!, $relativeDay: Int!) {
    rhythm(editionId: $editionId, relativeDay: $relativeDay) {
      unavailableRegions {
        slug
        name
      }
      edges {
        node {
          reached
          at
          todayRelativeDay
          region {
            id
            slug
            name
          }
          cohort {
            id
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
      }
    }
  }
`);

function parseDay(value: string | null): number | null {
  if (value === null || !/^-?\d+$/.test(value)) return null;
  return Number(value);
}

interface CohortToday {
  todayRelativeDay?: number | null;
  region: { id: string; name: string };
}

/** The day shown until one is chosen, where each cohort stands today (Viewer.today, the server's date in
 * France): the viewer's own region's day, or else the last day every region has reached (the smallest J±n),
 * so that no region shows « pas encore atteint ». */
export function defaultRelativeDay(
  cohorts: readonly CohortToday[],
  viewerRegionId: string | null | undefined,
): { day: number; region: string | null } | null {
  const dated = cohorts.flatMap((cohort) =>
    cohort.todayRelativeDay === null || cohort.todayRelativeDay === undefined
      ? []
      : [{ day: cohort.todayRelativeDay, region: cohort.region }],
  );
  const own = dated.find((cohort) => cohort.region.id === viewerRegionId);
  if (own) return { day: own.day, region: own.region.name };
  if (dated.length === 0) return null;
  return { day: Math.min(...dated.map((cohort) => cohort.day)), region: null };
}

export function RhythmPage() {
  const { t } = useTranslation("planning");
  useDocumentTitle(t("rhythm.title"));
  const [search, setSearch] = useSearchParams();
  const context = useQuery(RhythmContextQuery);
  const editions = (context.data?.editions.edges ?? []).map((edge) => edge.node);
  const withCohorts = new Set((context.data?.cohorts.edges ?? []).flatMap((edge) => edge.node.edition?.id ?? []));
  // Editions come newest first: the default is the most recent one that has cohorts.
  const defaultEdition = editions.find((edition) => withCohorts.has(edition.id)) ?? editions[0];
  const editionParam = search.get("edition");
  const edition = editions.find((e) => e.id === editionParam) ?? defaultEdition;
  const chosenDay = parseDay(search.get("jour"));
  const [debouncedDay] = useDebouncedValue(chosenDay, 250);

  // Until a day is chosen: where the edition's cohorts stand today (known with the context, no extra query).
  const today = context.data?.viewer?.today ?? null;
  const standing = defaultRelativeDay(
    (context.data?.cohorts.edges ?? []).map((edge) => edge.node).filter((c) => c.edition?.id === edition?.id),
    context.data?.viewer?.region?.id,
  );
  const fallbackDay = standing?.day ?? 0;
  const rhythm = useQuery(RhythmQuery, {
    skip: !edition,
    variables: {
      editionId: edition?.id ?? "",
      relativeDay: chosenDay === null ? fallbackDay : (debouncedDay ?? chosenDay),
    },
    errorPolicy: "all",
  });
  const rows = ((rhythm.data ?? rhythm.previousData)?.rhythm.edges ?? []).map((edge) => edge.node);
  const day = chosenDay ?? fallbackDay;
  const limit = (edition?.methodVersion.durationMonths ?? 6) * WORKING_DAYS_PER_MONTH;
  const setDay = (value: number) => {
    const next = new URLSearchParams(search);
    next.set("jour", String(Math.max(-limit, Math.min(limit, Math.round(value)))));
    setSearch(next, { replace: true });
  };
  const setEdition = (id: string) => {
    const next = new URLSearchParams(search);
    next.set("edition", id);
    next.delete("jour");
    setSearch(next, { replace: true });
  };
  const dayLabel = formatRelativeDay(day);
  const bars: RhythmBar[] = rows
    .filter((row) => row.cohort)
    .map((row) => ({
      region: row.region.name,
      onTime: row.reached ? (row.adherence?.doneOnTime ?? 0) : 0,
      late: row.reached ? (row.adherence?.doneLate ?? 0) : 0,
      overdue: row.reached ? (row.adherence?.overdue ?? 0) : 0,
    }));
  const unavailable = rhythm.data?.rhythm.unavailableRegions ?? [];

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t("rhythm.title")}</Title>
        <Text mt="xs">{t("rhythm.intro")}</Text>
      </div>
      {context.loading && !context.data && <LoadingState />}
      {context.error && <QueryErrorAlert error={context.error} onRetry={() => void context.refetch()} />}
      {context.data && editions.length === 0 && (
        <Alert color="filiere" variant="light">
          {t("rhythm.noEdition")}
        </Alert>
      )}

      {edition && (
        <Paper
          withBorder
          p="md"
          component="form"
          role="search"
          aria-label={t("rhythm.controls")}
          onSubmit={(event) => event.preventDefault()}
        >
          <Group align="flex-end" gap="xl" wrap="wrap">
            <NativeSelect
              label={t("rhythm.edition")}
              value={edition.id}
              onChange={(event) => setEdition(event.currentTarget.value)}
              data={editions.map((e) => ({ value: e.id, label: e.name }))}
            />
            <NumberInput
              label={t("rhythm.day")}
              description={t("rhythm.dayHelp", { day: dayLabel })}
              value={day}
              min={-limit}
              max={limit}
              allowDecimal={false}
              onChange={(value) => typeof value === "number" && setDay(value)}
              w={220}
            />
            <Stack gap={4} style={{ flex: 1, minWidth: 240 }}>
              <Text size="sm" fw={500} id="rythme-curseur-label">
                {t("rhythm.slider", { day: dayLabel })}
              </Text>
              <Slider
                value={day}
                min={-limit}
                max={limit}
                step={1}
                onChange={setDay}
                label={formatRelativeDay}
                thumbProps={{ "aria-labelledby": "rythme-curseur-label", "aria-valuetext": dayLabel }}
                marks={[
                  { value: -limit, label: formatRelativeDay(-limit) },
                  { value: 0, label: formatRelativeDay(0) },
                  { value: limit, label: formatRelativeDay(limit) },
                ]}
                mb="md"
              />
            </Stack>
          </Group>
        </Paper>
      )}
      {edition && today && (
        <Text size="sm">
          {!standing
            ? t("rhythm.today", { date: formatLongDate(today) ?? today })
            : standing.region
              ? t("rhythm.todayOwn", {
                  date: formatLongDate(today) ?? today,
                  region: standing.region,
                  day: formatRelativeDay(standing.day),
                })
              : t("rhythm.todayAll", { date: formatLongDate(today) ?? today, day: formatRelativeDay(standing.day) })}
        </Text>
      )}

      {unavailable.length > 0 && (
        <Alert color="orange" title={t("list.unavailableTitle")}>
          {t("list.unavailable", { regions: unavailable.map((r) => r.name).join(", ") })}
        </Alert>
      )}
      {rhythm.error && <QueryErrorAlert error={rhythm.error} onRetry={() => void rhythm.refetch()} />}
      {rhythm.loading && rows.length === 0 && <LoadingState />}

      {rows.length > 0 && (
        <>
          <section aria-labelledby="rythme-graphique">
            <Title order={2} id="rythme-graphique" mb="sm">
              {t("rhythm.chartHeading", { day: dayLabel })}
            </Title>
            <Text size="sm" mb="sm">
              {t("rhythm.chartHelp")}
            </Text>
            <Suspense fallback={<LoadingState />}>
              <RhythmChart bars={bars} />
            </Suspense>
          </section>
          <RhythmTable rows={rows} day={dayLabel} today={today} />
        </>
      )}
    </Stack>
  );
}

interface Row {
  reached: boolean;
  at?: string | null;
  todayRelativeDay?: number | null;
  region: { id: string; name: string };
  cohort?: { id: string; name: string } | null;
  adherence?: { due: number; doneOnTime: number; doneLate: number; overdue: number; onTimeRate?: number | null } | null;
}

/** The numbers of the chart: the accessible source of truth. `today` (ISO): the row measured today says so. */
export function RhythmTable({ rows, day, today = null }: { rows: readonly Row[]; day: string; today?: string | null }) {
  const { t } = useTranslation("planning");
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table captionSide="top" verticalSpacing="sm" striped>
        <Table.Caption ta="left" fw={600}>
          {t("rhythm.caption", { day })}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("rhythm.columns.region")}</Table.Th>
            <Table.Th scope="col">{t("rhythm.columns.date")}</Table.Th>
            <Table.Th scope="col">{t("rhythm.columns.due")}</Table.Th>
            <Table.Th scope="col">{t("rhythm.columns.onTime")}</Table.Th>
            <Table.Th scope="col">{t("rhythm.columns.late")}</Table.Th>
            <Table.Th scope="col">{t("rhythm.columns.overdue")}</Table.Th>
            <Table.Th scope="col">{t("rhythm.columns.rate")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const todayDay =
              row.todayRelativeDay === null || row.todayRelativeDay === undefined
                ? null
                : formatRelativeDay(row.todayRelativeDay);
            return (
              <Table.Tr key={row.region.id}>
                <Table.Th scope="row">{row.region.name}</Table.Th>
                {!row.cohort ? (
                  <Table.Td colSpan={6}>{t("rhythm.noCohort")}</Table.Td>
                ) : !row.reached || !row.adherence ? (
                  <Table.Td colSpan={6}>
                    {todayDay ? t("rhythm.notReachedToday", { today: todayDay }) : t("rhythm.notReached")}
                  </Table.Td>
                ) : (
                  <>
                    <Table.Td>
                      {row.at ? (formatLongDate(row.at) ?? row.at) : "—"}
                      {row.at && row.at === today && ` ${t("rhythm.isToday")}`}
                    </Table.Td>
                    <Table.Td>{row.adherence.due}</Table.Td>
                    <Table.Td>{row.adherence.doneOnTime}</Table.Td>
                    <Table.Td>{row.adherence.doneLate}</Table.Td>
                    <Table.Td>{row.adherence.overdue}</Table.Td>
                    <Table.Td>{formatRate(row.adherence.onTimeRate) ?? t("rhythm.noRate")}</Table.Td>
                  </>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

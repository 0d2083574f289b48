import { List, Stack, Text } from "@mantine/core";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";

import { graphql } from "../../graphql/generated/gql";
import type { AcceleratorEdition_EditionFragment } from "../../graphql/generated/graphql";
import { formatDateRange, formatLongDate } from "../../lib/dates";

/** Public (no token, like the page): the edition a candidacy sent today would join, its regions and dates. */
export const AcceleratorEditionQuery = graphql(`
  query AcceleratorEdition {
    acceleratorEdition {
      ...AcceleratorEdition_edition
    }
  }
`);

export const AcceleratorEditionFragment = graphql(`
  fragment AcceleratorEdition_edition on AcceleratorEdition {
    year
    name
    regions {
      code
      name
      startDate
      eventDate
      eventEndDate
    }
  }
`);

export type AcceleratorEditionData = AcceleratorEdition_EditionFragment;
type EditionRegion = AcceleratorEditionData["regions"][number];

/** « le 18 mars 2027 », « du 18 au 19 mars 2027 »; null while the event day is not set. */
export function eventDays(t: TFunction<"candidacy">, region: EditionRegion): string | null {
  if (!region.eventDate) return null;
  const range = region.eventEndDate ? formatDateRange(region.eventDate, region.eventEndDate) : null;
  return range
    ? t("accelerator.eventRange", { start: range.start, end: range.end })
    : t("accelerator.eventDay", { date: formatLongDate(region.eventDate) });
}

/** « Normandie, Île-de-France et Hauts-de-France ». */
export function regionNames(edition: AcceleratorEditionData): string {
  return new Intl.ListFormat("fr", { style: "long", type: "conjunction" }).format(
    edition.regions.map((region) => region.name),
  );
}

function regionLine(t: TFunction<"candidacy">, region: EditionRegion): string {
  const start = region.startDate ? formatLongDate(region.startDate) : null;
  const event = eventDays(t, region);
  if (start && event) return t("accelerator.regionStartAndEvent", { region: region.name, start, event });
  if (event) return t("accelerator.regionEvent", { region: region.name, event });
  return t("accelerator.regionDatesToCome", { region: region.name });
}

interface Props {
  /** `undefined` while unknown (loading, or the lookup failed): the form then speaks without names. */
  edition: AcceleratorEditionData | null | undefined;
}

/** Before the commune: which regions run the accelerator in the coming edition, and when. */
export function AcceleratorRegions({ edition }: Props) {
  const { t } = useTranslation("candidacy");
  if (edition === undefined) return <Text size="sm">{t("accelerator.unknown")}</Text>;
  if (edition === null) return <Text size="sm">{t("accelerator.noEdition")}</Text>;
  return (
    <Stack gap={4}>
      <Text size="sm">{t("accelerator.edition", { edition: edition.name, count: edition.regions.length })}</Text>
      <List size="sm" spacing={2}>
        {edition.regions.map((region) => (
          <List.Item key={region.code}>{regionLine(t, region)}</List.Item>
        ))}
      </List>
      <Text size="sm">{t("accelerator.routing")}</Text>
    </Stack>
  );
}

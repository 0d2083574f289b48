import { Button, Group, MultiSelect, NativeSelect, SimpleGrid, TagsInput, TextInput } from "@mantine/core";
import { useDebouncedCallback } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { ProjectNeed, ProjectStatus, Sector } from "../../graphql/generated/graphql";

import {
  ALL_REGIONS,
  hasFilters,
  isDepartementCode,
  isNeed,
  isSector,
  isStatus,
  normaliseDepartement,
  withoutFilters,
  type ProjectListSearch,
} from "./projectListSearch";
import { byWorkflowOrder } from "./StatusBadge";

export const SEARCH_DEBOUNCE_MS = 350;

/** A region's advisers, whom the « Conseiller » filter offers. */
export interface AdviserRegion {
  slug: string;
  name: string;
  advisers: { id: string; displayName: string }[];
}

interface Props {
  regions: { slug: string; name: string }[];
  /** Region shown in the selector: a slug or ALL_REGIONS. */
  region: string;
  search: ProjectListSearch;
  onChange: (next: ProjectListSearch) => void;
  /** Every region's advisers, or null when the viewer may not list them (no « Conseiller » filter). */
  adviserRegions: AdviserRegion[] | null;
  advisersState: "loading" | "ready" | "failed";
}

/** The advisers of the region shown, or of every region (grouped by region) for « Toutes les régions ». */
function adviserOptions(adviserRegions: AdviserRegion[], region: string) {
  const option = (adviser: { id: string; displayName: string }) => ({ value: adviser.id, label: adviser.displayName });
  if (region !== ALL_REGIONS) return (adviserRegions.find((r) => r.slug === region)?.advisers ?? []).map(option);
  return adviserRegions
    .filter((r) => r.advisers.length > 0)
    .map((r) => ({ group: r.name, items: r.advisers.map(option) }));
}

export function ProjectListFilters({ regions, region, search, onChange, adviserRegions, advisersState }: Props) {
  const { t } = useTranslation(["projects", "enums"]);
  const [invalidCodes, setInvalidCodes] = useState<string[]>([]);
  const [text, setText] = useState(search.text);
  const [committedText, setCommittedText] = useState(search.text);
  // The URL changed under us (back button, a shared link): show its text.
  if (search.text !== committedText) {
    setCommittedText(search.text);
    setText(search.text);
  }
  const commitText = useDebouncedCallback((value: string) => {
    setCommittedText(value.trim());
    onChange({ ...search, text: value.trim() });
  }, SEARCH_DEBOUNCE_MS);

  const statusOptions = Object.values(ProjectStatus)
    .sort(byWorkflowOrder)
    .map((value) => ({
      value,
      label: t(`enums:projectStatus.${value}`),
    }));
  const sectorOptions = Object.values(Sector)
    .map((value) => ({ value, label: t(`enums:sector.${value}`) }))
    .sort((a, b) => a.label.localeCompare(b.label, "fr"));
  const needOptions = Object.values(ProjectNeed)
    .map((value) => ({ value, label: t(`enums:projectNeed.${value}`) }))
    .sort((a, b) => a.label.localeCompare(b.label, "fr"));

  const changeRegion = (next: string) => {
    // Another region has other advisers: those chosen elsewhere no longer apply.
    const kept =
      next === ALL_REGIONS || !adviserRegions
        ? search.advisers
        : search.advisers.filter((id) =>
            adviserRegions.find((r) => r.slug === next)?.advisers.some((adviser) => adviser.id === id),
          );
    onChange({ ...search, region: next, advisers: kept });
  };

  const changeDepartements = (values: string[]) => {
    const codes = values.map(normaliseDepartement).filter((code) => code !== "");
    setInvalidCodes(codes.filter((code) => !isDepartementCode(code)));
    onChange({ ...search, departements: [...new Set(codes.filter(isDepartementCode))] });
  };

  return (
    <form
      role="search"
      aria-label={t("list.filters")}
      onSubmit={(event) => {
        // Enter in the search field applies it at once.
        event.preventDefault();
        commitText.flush();
      }}
    >
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
        <NativeSelect
          label={t("list.region")}
          value={region}
          onChange={(event) => changeRegion(event.currentTarget.value)}
          data={[
            ...regions.map((r) => ({ value: r.slug, label: r.name })),
            { value: ALL_REGIONS, label: t("list.allRegions") },
          ]}
        />
        <MultiSelect
          label={t("list.status")}
          placeholder={search.statuses.length ? undefined : t("list.anyValue")}
          data={statusOptions}
          value={search.statuses}
          onChange={(values) => onChange({ ...search, statuses: values.filter(isStatus) })}
          searchable
          clearable
          clearButtonProps={{ "aria-label": t("list.clearStatus") }}
          // In the page's landmarks, not in a portal at the end of <body>.
          comboboxProps={{ withinPortal: false }}
        />
        <MultiSelect
          label={t("list.sector")}
          placeholder={search.sectors.length ? undefined : t("list.anyValue")}
          data={sectorOptions}
          value={search.sectors}
          onChange={(values) => onChange({ ...search, sectors: values.filter(isSector) })}
          searchable
          clearable
          clearButtonProps={{ "aria-label": t("list.clearSector") }}
          comboboxProps={{ withinPortal: false }}
        />
        <MultiSelect
          label={t("list.need")}
          placeholder={search.needs.length ? undefined : t("list.anyValue")}
          data={needOptions}
          value={search.needs}
          onChange={(values) => onChange({ ...search, needs: values.filter(isNeed) })}
          searchable
          clearable
          clearButtonProps={{ "aria-label": t("list.clearNeed") }}
          comboboxProps={{ withinPortal: false }}
        />
        {adviserRegions && (
          <MultiSelect
            label={t("list.adviser")}
            placeholder={search.advisers.length ? undefined : t("list.anyValue")}
            data={adviserOptions(adviserRegions, region)}
            // Until the advisers are known, the chosen ones have no name to show.
            value={advisersState === "loading" ? [] : search.advisers}
            onChange={(values) => onChange({ ...search, advisers: values })}
            loading={advisersState === "loading"}
            disabled={advisersState !== "ready"}
            error={advisersState === "failed" ? t("list.advisersUnavailable") : undefined}
            nothingFoundMessage={t("list.noAdviserFound")}
            searchable
            clearable
            clearButtonProps={{ "aria-label": t("list.clearAdviser") }}
            comboboxProps={{ withinPortal: false }}
          />
        )}
        <TagsInput
          label={t("list.departement")}
          description={t("list.departementDescription")}
          placeholder={search.departements.length ? undefined : t("list.anyValue")}
          value={search.departements}
          onChange={changeDepartements}
          splitChars={[",", " ", ";"]}
          error={invalidCodes.length ? t("list.departementInvalid", { codes: invalidCodes.join(", ") }) : undefined}
          clearable
          clearButtonProps={{ "aria-label": t("list.clearDepartement") }}
          comboboxProps={{ withinPortal: false }}
        />
        <TextInput
          type="search"
          label={t("list.search")}
          description={t("list.searchDescription")}
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value);
            commitText(event.currentTarget.value);
          }}
        />
      </SimpleGrid>
      {hasFilters(search) && (
        <Group mt="sm">
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={() => {
              commitText.cancel();
              setText("");
              setCommittedText("");
              setInvalidCodes([]);
              onChange(withoutFilters(search));
            }}
          >
            {t("list.clearFilters")}
          </Button>
        </Group>
      )}
    </form>
  );
}

import { Button, Group, MultiSelect, NativeSelect, SimpleGrid, TextInput } from "@mantine/core";
import { useDebouncedCallback } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { ProjectStatus, Sector } from "../../graphql/generated/graphql";

import { ALL_REGIONS, hasFilters, isSector, isStatus, type ProjectListSearch } from "./projectListSearch";
import { byWorkflowOrder } from "./StatusBadge";

export const SEARCH_DEBOUNCE_MS = 350;

interface Props {
  regions: { slug: string; name: string }[];
  /** Region shown in the selector: a slug or ALL_REGIONS. */
  region: string;
  search: ProjectListSearch;
  onChange: (next: ProjectListSearch) => void;
}

export function ProjectListFilters({ regions, region, search, onChange }: Props) {
  const { t } = useTranslation(["projects", "enums"]);
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
          onChange={(event) => onChange({ ...search, region: event.currentTarget.value })}
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
              onChange({ ...search, statuses: [], sectors: [], text: "" });
            }}
          >
            {t("list.clearFilters")}
          </Button>
        </Group>
      )}
    </form>
  );
}

import {
  Button,
  Group,
  MultiSelect,
  NativeSelect,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  TextInput,
} from "@mantine/core";
import { useDebouncedCallback } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { SupplierCertification } from "../../graphql/generated/graphql";
import { NAF_SECTIONS } from "../../lib/naf";

import { FRENCH_REGIONS, isRegionCode } from "./frenchRegions";
import {
  DISTANCES_KM,
  WORKFORCE_BANDS,
  hasFilters,
  isCertification,
  isCommuneCode,
  isDepartementCode,
  isNaf,
  isNafSection,
  isWorkforceBand,
  normaliseCommuneCode,
  normaliseDepartement,
  normaliseNaf,
  withoutFilters,
  type SupplierSearch,
} from "./supplierSearch";

export const SEARCH_DEBOUNCE_MS = 350;

type NearMode = "region" | "project" | "commune";

function modeOf(search: SupplierSearch): NearMode {
  if (search.projectId) return "project";
  if (search.communeCode) return "commune";
  return "region";
}

/** Messages of the API's refusal of a filter (`extensions.field`), shown under that filter. */
export interface FilterErrors {
  departements?: string;
  regionCodes?: string;
}

export interface ProjectOption {
  id: string;
  label: string;
}

interface Props {
  search: SupplierSearch;
  onChange: (next: SupplierSearch) => void;
  /** The projects one may search around: the viewer's region's. */
  projects: ProjectOption[];
  projectsState: "loading" | "ready" | "failed";
  /** The server's refusal of a filter, by filter. */
  filterErrors?: FilterErrors;
}

/** The words (applied as one types, or at once with Enter), the place searched around, and the filters.
 * Every change goes to the URL through `onChange`. */
export function SupplierSearchForm({ search, onChange, projects, projectsState, filterErrors = {} }: Props) {
  const { t } = useTranslation(["suppliers", "enums"]);

  // The words: typed here, applied after a pause; a new URL (back button, shared link) shows its own.
  const [text, setText] = useState(search.text);
  const [committedText, setCommittedText] = useState(search.text);
  if (search.text !== committedText) {
    setCommittedText(search.text);
    setText(search.text);
  }
  const commitText = useDebouncedCallback((value: string) => {
    setCommittedText(value.trim());
    onChange({ ...search, text: value.trim() });
  }, SEARCH_DEBOUNCE_MS);
  /** Any other change carries the words typed so far: a pending commit of the words, made from an
   * older URL, would otherwise undo it (a place chosen right after typing). */
  const change = (next: SupplierSearch) => {
    commitText.cancel();
    setCommittedText(text.trim());
    onChange({ ...next, text: text.trim() });
  };

  // The place: « Un projet » or « Une commune » chosen before the project or the code is.
  const searchMode = modeOf(search);
  const [pendingMode, setPendingMode] = useState<NearMode | null>(null);
  const [seenMode, setSeenMode] = useState(searchMode);
  if (seenMode !== searchMode) {
    setSeenMode(searchMode);
    if (searchMode !== "region") setPendingMode(null);
  }
  const mode = pendingMode ?? searchMode;

  const [commune, setCommune] = useState(search.communeCode ?? "");
  const [seenCommune, setSeenCommune] = useState(search.communeCode);
  if (seenCommune !== search.communeCode) {
    setSeenCommune(search.communeCode);
    if (search.communeCode) setCommune(search.communeCode);
  }
  const [communeError, setCommuneError] = useState(false);

  const [invalidNaf, setInvalidNaf] = useState<string[]>([]);
  const [invalidDepartements, setInvalidDepartements] = useState<string[]>([]);

  const changeMode = (next: string) => {
    const place = { projectId: null, communeCode: null, stageId: null, withinKm: null };
    if (next === "region") {
      setPendingMode(null);
      setCommuneError(false);
      change({ ...search, ...place });
    } else if (next === "project" || next === "commune") {
      setPendingMode(next);
      if (searchMode !== next && searchMode !== "region") change({ ...search, ...place });
    }
  };

  const changeCommune = (value: string) => {
    setCommune(value);
    const code = normaliseCommuneCode(value);
    if (isCommuneCode(code)) {
      setCommuneError(false);
      if (code !== search.communeCode) change({ ...search, projectId: null, stageId: null, communeCode: code });
    }
  };

  const sections = search.naf.filter(isNafSection);
  const codes = search.naf.filter((code) => !isNafSection(code));
  const changeNafCodes = (values: string[]) => {
    const typed = values.map(normaliseNaf).filter((code) => code !== "");
    setInvalidNaf(typed.filter((code) => !isNaf(code)));
    change({ ...search, naf: [...new Set([...sections, ...typed.filter(isNaf)])] });
  };
  const changeDepartements = (values: string[]) => {
    const typed = values.map(normaliseDepartement).filter((code) => code !== "");
    setInvalidDepartements(typed.filter((code) => !isDepartementCode(code)));
    change({ ...search, departements: [...new Set(typed.filter(isDepartementCode))] });
  };

  const distances = [...DISTANCES_KM.map(Number)];
  if (search.withinKm !== null && !distances.includes(search.withinKm)) {
    distances.push(search.withinKm);
    distances.sort((a, b) => a - b);
  }

  return (
    <form
      role="search"
      aria-label={t("form.label")}
      onSubmit={(event) => {
        // « Chercher » (or Enter) applies the words at once.
        event.preventDefault();
        commitText.flush();
        if (mode === "commune" && !isCommuneCode(normaliseCommuneCode(commune))) setCommuneError(true);
      }}
    >
      <Stack gap="md">
        <Group align="flex-end" gap="sm" wrap="nowrap">
          <TextInput
            type="search"
            style={{ flexGrow: 1 }}
            label={t("form.query")}
            description={t("form.queryDescription")}
            value={text}
            onChange={(event) => {
              setText(event.currentTarget.value);
              commitText(event.currentTarget.value);
            }}
          />
          <Button type="submit">{t("form.submit")}</Button>
        </Group>

        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
          <Radio.Group label={t("form.near")} value={mode} onChange={changeMode}>
            <Stack gap={6} mt={6}>
              <Radio value="region" label={t("form.nearRegion")} />
              <Radio value="project" label={t("form.nearProject")} />
              <Radio value="commune" label={t("form.nearCommune")} />
            </Stack>
          </Radio.Group>
          {mode === "project" && (
            <Select
              label={t("form.project")}
              description={t("form.projectDescription")}
              placeholder={t("form.projectPlaceholder")}
              data={projects.map((project) => ({ value: project.id, label: project.label }))}
              value={search.projectId}
              onChange={(value) =>
                change({
                  ...search,
                  projectId: value,
                  communeCode: null,
                  // A stage belongs to its project.
                  stageId: value === search.projectId ? search.stageId : null,
                })
              }
              searchable
              nothingFoundMessage={t("form.noProjectFound")}
              disabled={projectsState === "loading" && projects.length === 0}
              error={projectsState === "failed" ? t("form.projectsUnavailable") : undefined}
              comboboxProps={{ withinPortal: false }}
            />
          )}
          {mode === "commune" && (
            <TextInput
              label={t("form.commune")}
              description={t("form.communeDescription")}
              value={commune}
              maxLength={5}
              autoComplete="off"
              onChange={(event) => changeCommune(event.currentTarget.value)}
              onBlur={() => setCommuneError(commune.trim() !== "" && !isCommuneCode(normaliseCommuneCode(commune)))}
              error={communeError ? t("form.communeInvalid") : undefined}
            />
          )}
          {(search.projectId || search.communeCode) && (
            <NativeSelect
              label={t("form.withinKm")}
              description={t("form.withinKmDescription")}
              value={search.withinKm === null ? "" : String(search.withinKm)}
              onChange={(event) => {
                const value = event.currentTarget.value;
                change({ ...search, withinKm: value === "" ? null : Number(value) });
              }}
              data={[
                { value: "", label: t("form.withinKmAny") },
                ...distances.map((km) => ({ value: String(km), label: t("form.withinKmOption", { km }) })),
              ]}
            />
          )}
        </SimpleGrid>

        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          <MultiSelect
            label={t("form.nafSections")}
            placeholder={sections.length ? undefined : t("form.anyValue")}
            data={NAF_SECTIONS.map((code) => ({
              value: code,
              label: t("form.nafSectionOption", { code, label: t(`enums:nafSection.${code}`) }),
            }))}
            value={sections}
            onChange={(values) => change({ ...search, naf: [...values.filter(isNafSection), ...codes] })}
            searchable
            clearable
            clearButtonProps={{ "aria-label": t("form.clearNafSections") }}
            comboboxProps={{ withinPortal: false }}
          />
          <TagsInput
            label={t("form.nafCodes")}
            description={t("form.nafCodesDescription")}
            placeholder={codes.length ? undefined : t("form.anyValue")}
            value={codes}
            onChange={changeNafCodes}
            splitChars={[",", " ", ";"]}
            error={invalidNaf.length ? t("form.nafInvalid", { codes: invalidNaf.join(", ") }) : undefined}
            clearable
            clearButtonProps={{ "aria-label": t("form.clearNafCodes") }}
            comboboxProps={{ withinPortal: false }}
          />
          <MultiSelect
            label={t("form.workforce")}
            placeholder={search.workforceBands.length ? undefined : t("form.anyValue")}
            data={WORKFORCE_BANDS.map((band) => ({ value: band, label: t(`enums:workforceBand.${band}`) }))}
            value={search.workforceBands}
            onChange={(values) => change({ ...search, workforceBands: values.filter(isWorkforceBand) })}
            searchable
            clearable
            clearButtonProps={{ "aria-label": t("form.clearWorkforce") }}
            comboboxProps={{ withinPortal: false }}
          />
          <TagsInput
            label={t("form.departements")}
            description={t("form.departementsDescription")}
            placeholder={search.departements.length ? undefined : t("form.anyValue")}
            value={search.departements}
            onChange={changeDepartements}
            splitChars={[",", " ", ";"]}
            error={
              invalidDepartements.length
                ? t("form.departementInvalid", { codes: invalidDepartements.join(", ") })
                : filterErrors.departements
            }
            clearable
            clearButtonProps={{ "aria-label": t("form.clearDepartements") }}
            comboboxProps={{ withinPortal: false }}
          />
          <MultiSelect
            label={t("form.regions")}
            description={t("form.regionsDescription")}
            placeholder={search.regionCodes.length ? undefined : t("form.anyValue")}
            data={FRENCH_REGIONS.map((region) => ({ value: region.code, label: region.name }))}
            value={search.regionCodes}
            onChange={(values) => change({ ...search, regionCodes: values.filter(isRegionCode) })}
            error={filterErrors.regionCodes}
            searchable
            clearable
            clearButtonProps={{ "aria-label": t("form.clearRegions") }}
            comboboxProps={{ withinPortal: false }}
          />
          <MultiSelect
            label={t("form.certifications")}
            description={t("form.certificationsDescription")}
            placeholder={search.certifications.length ? undefined : t("form.anyValue")}
            data={Object.values(SupplierCertification).map((value) => ({
              value,
              label: t(`enums:supplierCertification.${value}`),
            }))}
            value={search.certifications}
            onChange={(values) => change({ ...search, certifications: values.filter(isCertification) })}
            searchable
            clearable
            clearButtonProps={{ "aria-label": t("form.clearCertifications") }}
            comboboxProps={{ withinPortal: false }}
          />
        </SimpleGrid>
        {hasFilters(search) && (
          <Group>
            <Button
              variant="subtle"
              size="compact-sm"
              onClick={() => {
                setInvalidNaf([]);
                setInvalidDepartements([]);
                change(withoutFilters(search));
              }}
            >
              {t("form.clearFilters")}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}

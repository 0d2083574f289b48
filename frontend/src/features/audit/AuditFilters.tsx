import { Button, Group, NativeSelect, SimpleGrid } from "@mantine/core";
import { useTranslation } from "react-i18next";

import { DateField } from "../../components/DateField";
import { useAuditTrail } from "../../lib/auditTrail";
import { parseIsoDate } from "../../lib/dates";

import { hasAuditFilters, type AuditSearch } from "./auditSearch";

export const ALL = "";

export interface StaffRegion {
  slug: string;
  name: string;
  staff: { id: string; displayName: string }[];
}

interface Props {
  /** Every region the viewer may choose (CCI France), or null: the viewer's own region only. */
  regions: StaffRegion[] | null;
  /** The region the trail shows (null: every region); its staff are the people to choose from. */
  region: string | null;
  /** Whose staff the person select offers (one region, or every region for CCI France). */
  staff: StaffRegion[];
  search: AuditSearch;
  onChange: (next: AuditSearch) => void;
}

export function AuditFilters({ regions, region, staff, search, onChange }: Props) {
  const { t } = useTranslation("audit");
  const trail = useAuditTrail();
  type Option = { value: string; label: string };
  const people: (Option | { group: string; items: Option[] })[] =
    staff.length === 1
      ? staff[0]!.staff.map((person) => ({ value: person.id, label: person.displayName }))
      : staff
          .filter((r) => r.staff.length > 0)
          .map((r) => ({
            group: r.name,
            items: r.staff.map((person) => ({ value: person.id, label: person.displayName })),
          }));
  const set = (patch: Partial<AuditSearch>) => onChange({ ...search, ...patch });

  return (
    <form role="search" aria-label={t("filters.label")} onSubmit={(event) => event.preventDefault()}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: regions ? 6 : 5 }} spacing="md">
        {regions && (
          <NativeSelect
            label={t("filters.region")}
            value={region ?? ALL}
            // Another region has other people: the chosen person no longer applies.
            onChange={(event) => set({ region: event.currentTarget.value || null, actor: null })}
            data={[
              { value: ALL, label: t("filters.allRegions") },
              ...regions.map((r) => ({ value: r.slug, label: r.name })),
            ]}
          />
        )}
        <NativeSelect
          label={t("filters.entityType")}
          value={search.entityType ?? ALL}
          onChange={(event) => set({ entityType: event.currentTarget.value || null })}
          data={[
            { value: ALL, label: t("filters.anyEntityType") },
            ...trail.entityTypes.map((type) => ({ value: type, label: trail.entityTypeLabel(type) })),
          ]}
        />
        <NativeSelect
          label={t("filters.person")}
          value={search.actor ?? ALL}
          onChange={(event) => set({ actor: event.currentTarget.value || null })}
          data={[{ value: ALL, label: t("filters.anyPerson") }, ...people]}
        />
        <NativeSelect
          label={t("filters.action")}
          value={search.action ?? ALL}
          onChange={(event) => set({ action: event.currentTarget.value || null })}
          data={[
            { value: ALL, label: t("filters.anyAction") },
            ...trail.actions.map((action) => ({ value: action, label: trail.actionName(action) })),
          ]}
        />
        <DateField
          label={t("filters.from")}
          value={search.from ?? ""}
          // A date being typed is not a filter yet: the list changes once it is one, or is cleared.
          onChange={(value) => (value === "" || parseIsoDate(value)) && set({ from: value || null })}
        />
        <DateField
          label={t("filters.to")}
          description={t("filters.toHelp")}
          value={search.to ?? ""}
          onChange={(value) => (value === "" || parseIsoDate(value)) && set({ to: value || null })}
        />
      </SimpleGrid>
      {hasAuditFilters(search) && (
        <Group mt="sm">
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={() =>
              onChange({ ...search, entityType: null, actor: null, action: null, from: null, to: null, entity: null })
            }
          >
            {t("filters.clear")}
          </Button>
        </Group>
      )}
    </form>
  );
}

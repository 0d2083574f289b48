import { Anchor, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";

import { type FragmentType, useFragment } from "../../graphql/generated/fragment-masking";
import type { SupplierTier } from "../../graphql/generated/graphql";

import { AddToStageControl } from "./AddToStageControl";
import { SupplierProfileFragment } from "./SupplierProfileView";
import {
  SupplierBadges,
  SupplierSummaryFragment,
  activityOf,
  distanceOf,
  placeOf,
  workforceOf,
} from "./SupplierSummary";
import type { AddToStage } from "./useAddToStage";

export interface ResultItem {
  siret: string;
  tier: SupplierTier;
  supplier: FragmentType<typeof SupplierSummaryFragment>;
  /** The region's profile, as last read or saved. */
  profile: FragmentType<typeof SupplierProfileFragment> | null;
}

interface Group {
  tier: SupplierTier;
  items: ResultItem[];
}

/** The API sorts by tier first: a heading starts wherever the tier changes. */
export function groupByTier(items: readonly ResultItem[]): Group[] {
  const groups: Group[] = [];
  for (const item of items) {
    const last = groups.at(-1);
    if (last && last.tier === item.tier) last.items.push(item);
    else groups.push({ tier: item.tier, items: [item] });
  }
  return groups;
}

/** Id of the element naming a result (describes its « Ajouter à l'étape »). */
export const resultNameId = (siret: string) => `fournisseur-${siret}`;

interface Props {
  items: ResultItem[];
  totalCount: number;
  /** False when the API stopped counting at its cap: there are at least `totalCount`. */
  totalCountIsExact: boolean;
  onOpen: (siret: string) => void;
  /** With a stage to add to (`etape` in the URL): « Ajouter à l'étape » on each result. */
  addToStage: AddToStage | null;
  hasMore: boolean;
  loadingMore: boolean;
  onMore: () => void;
  busy: boolean;
}

export function SupplierResults({
  items,
  totalCount,
  totalCountIsExact,
  onOpen,
  addToStage,
  hasMore,
  loadingMore,
  onMore,
  busy,
}: Props) {
  const { t } = useTranslation("suppliers");
  return (
    <Stack gap="lg" aria-busy={busy || undefined}>
      {groupByTier(items).map((group, index) => {
        const headingId = `palier-${index}-${group.tier}`;
        return (
          <Stack gap="sm" component="section" aria-labelledby={headingId} key={headingId}>
            <Title order={2} size="h4" id={headingId}>
              {t(`results.tiers.${group.tier}`)}
            </Title>
            <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: "none" }}>
              {group.items.map((item) => (
                <SupplierResult key={item.siret} item={item} onOpen={onOpen} addToStage={addToStage} />
              ))}
            </Stack>
          </Stack>
        );
      })}
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t(totalCountIsExact ? "results.shown" : "results.shownOfAtLeast", {
            shown: items.length,
            total: totalCount,
          })}
        </Text>
        {hasMore && (
          <Button variant="default" onClick={onMore} loading={loadingMore}>
            {t("results.more")}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

function SupplierResult({
  item,
  onOpen,
  addToStage,
}: {
  item: ResultItem;
  onOpen: (siret: string) => void;
  addToStage: AddToStage | null;
}) {
  const { t } = useTranslation(["suppliers", "enums"]);
  const supplier = useFragment(SupplierSummaryFragment, item.supplier);
  const profile = useFragment(SupplierProfileFragment, item.profile);
  const distance = distanceOf(t, supplier.distanceKm);
  const nameId = resultNameId(supplier.siret);
  return (
    <Paper component="li" withBorder p="sm">
      <Stack gap={6}>
        <Title order={3} size="h5">
          <Anchor
            component="button"
            type="button"
            id={nameId}
            fw={700}
            ta="left"
            onClick={() => onOpen(supplier.siret)}
          >
            {supplier.name}
          </Anchor>
        </Title>
        {supplier.tradeNames.length > 0 && (
          <Text size="sm">{t("supplier.tradeNames", { names: supplier.tradeNames.join(", ") })}</Text>
        )}
        <Text size="sm">{activityOf(t, supplier)}</Text>
        <Text size="sm" c="dimmed">
          {[
            placeOf(t, supplier),
            distance,
            t("supplier.workforceLine", { band: workforceOf(t, supplier.workforceBand) }),
          ]
            .filter(Boolean)
            .join(" · ")}
        </Text>
        <SupplierBadges
          isHeadOffice={supplier.isHeadOffice}
          certifications={profile?.certifications ?? []}
          tags={profile?.tags ?? []}
        />
        {addToStage && (
          <AddToStageControl
            describedBy={nameId}
            state={addToStage.states[supplier.siret]}
            onAdd={() => void addToStage.add(supplier.siret)}
          />
        )}
      </Stack>
    </Paper>
  );
}

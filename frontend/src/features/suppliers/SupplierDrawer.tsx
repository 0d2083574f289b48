import { Alert, Button, Drawer, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { FieldList } from "../../components/FieldList";
import { type FragmentType, useFragment } from "../../graphql/generated/fragment-masking";
import { graphql } from "../../graphql/generated/gql";

import { AddToStageControl } from "./AddToStageControl";
import { type SavedProfile, SupplierProfileForm } from "./SupplierProfileForm";
import { SupplierProfileFragment, SupplierProfileView } from "./SupplierProfileView";
import {
  SupplierBadges,
  SupplierSummaryFragment,
  activityOf,
  distanceOf,
  placeOf,
  workforceOf,
} from "./SupplierSummary";
import type { AddToStage } from "./useAddToStage";

/** What only the drawer shows: the address (none for a non-diffusible establishment), the SIREN, and
 * whether the viewer's region may keep a profile. */
export const SupplierDetailsFragment = graphql(`
  fragment SupplierDetails_supplier on Supplier {
    siren
    street
    postalCode
    viewerCanEnrich
  }
`);

/** « 829 153 410 00012 » */
export function formatSiret(siret: string): string {
  return siret.length === 14
    ? `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}`
    : siret;
}

interface Props {
  supplier: FragmentType<typeof SupplierSummaryFragment> & FragmentType<typeof SupplierDetailsFragment>;
  profile: FragmentType<typeof SupplierProfileFragment> | null;
  onClose: () => void;
  addToStage: AddToStage | null;
  onProfileSaved: (siret: string, profile: SavedProfile) => void;
  /** Reads the results again (after a conflict, to get the profile's new version). */
  onReload: () => Promise<unknown>;
}

/** A supplier of the directory: everything the result shows, its address, and the region's profile with
 * its history — completed or corrected here by the region's staff. */
export function SupplierDrawer({ supplier: supplierRef, profile: profileRef, onClose, addToStage, ...props }: Props) {
  const { t } = useTranslation(["suppliers", "enums", "common"]);
  const supplier = useFragment(SupplierSummaryFragment, supplierRef);
  const details = useFragment(SupplierDetailsFragment, supplierRef);
  const profile = useFragment(SupplierProfileFragment, profileRef);
  const [editing, setEditing] = useState(false);
  // Someone else changed the profile meanwhile: their change is read again, the form shows it.
  const [conflict, setConflict] = useState<{ message: string; reloaded: boolean } | null>(null);

  const onConflict = async (message: string) => {
    setConflict({ message, reloaded: false });
    await props.onReload().catch(() => undefined);
    setConflict({ message, reloaded: true });
  };

  const address = details.street
    ? [details.street, [details.postalCode, supplier.communeName].filter(Boolean).join(" ")].join(", ")
    : null;
  const distance = distanceOf(t, supplier.distanceKm);
  const nameId = `fiche-${supplier.siret}`;

  return (
    <Drawer
      opened
      onClose={onClose}
      position="right"
      size="lg"
      title={
        <Title order={2} size="h3" component="span" id={nameId}>
          {supplier.name}
        </Title>
      }
      closeButtonProps={{ "aria-label": t("drawer.close") }}
    >
      <Stack gap="lg">
        <Stack gap="sm">
          <SupplierBadges
            isHeadOffice={supplier.isHeadOffice}
            certifications={profile?.certifications ?? []}
            tags={profile?.tags ?? []}
          />
          <FieldList
            items={[
              ...(supplier.tradeNames.length
                ? [{ term: t("supplier.tradeNamesTerm"), value: supplier.tradeNames.join(", ") }]
                : []),
              { term: t("supplier.siret"), value: formatSiret(supplier.siret) },
              { term: t("supplier.activity"), value: activityOf(t, supplier) },
              { term: t("supplier.workforce"), value: workforceOf(t, supplier.workforceBand) },
              {
                term: t("supplier.address"),
                value: address ?? (
                  <Text span c="dimmed" size="sm">
                    {t("supplier.addressUnknown")}
                  </Text>
                ),
              },
              { term: t("supplier.place"), value: placeOf(t, supplier) },
              { term: t("supplier.region"), value: supplier.regionName },
              {
                term: t("supplier.tier"),
                value: [t(`enums:supplierTier.${supplier.tier}`), distance].filter(Boolean).join(", "),
              },
            ]}
          />
          {addToStage && (
            <AddToStageControl
              describedBy={nameId}
              state={addToStage.states[supplier.siret]}
              onAdd={() => void addToStage.add(supplier.siret)}
            />
          )}
        </Stack>

        <Stack gap="sm" component="section" aria-labelledby="fiche-region">
          <Title order={3} size="h4" id="fiche-region">
            {t("profile.heading")}
          </Title>
          <Text size="sm">{t("profile.intro")}</Text>
          {conflict && (
            <Alert color="orange" title={t("profileForm.conflictTitle")} role="alert">
              <Stack gap={4}>
                <span>{conflict.message}</span>
                {conflict.reloaded && <span>{t("profileForm.conflictReloaded")}</span>}
              </Stack>
            </Alert>
          )}
          {editing ? (
            <SupplierProfileForm
              // A profile read again (after a conflict) starts the form over from its values.
              key={profile?.version ?? "nouvelle"}
              siret={supplier.siret}
              profile={profile ?? null}
              onCancel={() => {
                setEditing(false);
                setConflict(null);
              }}
              onSaved={(saved) => {
                props.onProfileSaved(supplier.siret, saved);
                setEditing(false);
                setConflict(null);
              }}
              onConflict={(message) => void onConflict(message)}
            />
          ) : (
            <>
              {profile ? (
                <SupplierProfileView profile={profile} />
              ) : (
                <Text size="sm">{details.viewerCanEnrich ? t("profile.none") : t("profile.noneReadOnly")}</Text>
              )}
              {details.viewerCanEnrich && (
                <div>
                  <Button variant="outline" onClick={() => setEditing(true)}>
                    {profile ? t("profile.edit") : t("profile.create")}
                  </Button>
                </div>
              )}
            </>
          )}
        </Stack>
      </Stack>
    </Drawer>
  );
}

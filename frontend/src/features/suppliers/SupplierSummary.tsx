import { Badge, Group } from "@mantine/core";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";

import { graphql } from "../../graphql/generated/gql";
import type { SupplierCertification, SupplierSummary_SupplierFragment } from "../../graphql/generated/graphql";

import { formatKm, isWorkforceBand } from "./supplierSearch";

/** What a result shows of an establishment, in the list and at the top of its drawer. */
export const SupplierSummaryFragment = graphql(`
  fragment SupplierSummary_supplier on Supplier {
    siret
    name
    tradeNames
    nafCode
    nafLabel
    workforceBand
    isHeadOffice
    communeName
    departement
    regionName
    tier
    distanceKm
  }
`);

type Summary = SupplierSummary_SupplierFragment;

/** « 13.10Z — Préparation de fibres textiles et filature », or the code alone, or « non renseignée ». */
export function activityOf(t: TFunction<"suppliers">, supplier: Pick<Summary, "nafCode" | "nafLabel">): string {
  if (!supplier.nafCode) return t("supplier.nafUnknown");
  return supplier.nafLabel ? t("supplier.naf", { code: supplier.nafCode, label: supplier.nafLabel }) : supplier.nafCode;
}

export function workforceOf(t: TFunction<["suppliers", "enums"]>, band: string | null | undefined): string {
  return band && isWorkforceBand(band) ? t(`enums:workforceBand.${band}`) : t("supplier.workforceUnknown");
}

export function placeOf(t: TFunction<"suppliers">, supplier: Pick<Summary, "communeName" | "departement">): string {
  return t("supplier.commune", { commune: supplier.communeName, departement: supplier.departement });
}

export function distanceOf(t: TFunction<"suppliers">, km: number | null | undefined): string | null {
  return km == null ? null : t("supplier.distance", { km: formatKm(km) });
}

/** « Siège », then the labels and the know-how the region noted in its profile. */
export function SupplierBadges({
  isHeadOffice,
  certifications,
  tags,
}: {
  isHeadOffice: boolean;
  certifications: readonly SupplierCertification[];
  tags: readonly string[];
}) {
  const { t } = useTranslation(["suppliers", "enums"]);
  if (!isHeadOffice && certifications.length === 0 && tags.length === 0) return null;
  return (
    <Group gap={6}>
      {isHeadOffice && (
        <Badge variant="filled" color="filiere">
          {t("supplier.headOffice")}
        </Badge>
      )}
      {certifications.map((value) => (
        <Badge key={value} variant="light" color="teal">
          {t(`enums:supplierCertification.${value}`)}
        </Badge>
      ))}
      {tags.map((tag) => (
        <Badge key={tag} variant="outline" color="gray" tt="none">
          {tag}
        </Badge>
      ))}
    </Group>
  );
}

import type { SupplierTier } from "../../graphql/generated/graphql";

/** A result drawn on the map: only those the API locates (non-diffusible establishments have no
 * coordinates). */
export interface SupplierMapPoint {
  siret: string;
  name: string;
  /** « Elbeuf (76) », shown in the popup (the map has no glyphs: every label is HTML). */
  place: string;
  tier: SupplierTier;
  longitude: number;
  latitude: number;
}

/** The place searched from (a project's site, a commune), when it is located. */
export interface SupplierMapOrigin {
  label: string;
  longitude: number;
  latitude: number;
}

export interface SupplierMapProps {
  points: SupplierMapPoint[];
  origin: SupplierMapOrigin | null;
  /** Opens the supplier's drawer. */
  onSelect: (siret: string) => void;
}

/** One colour per tier, dark enough on the pale background and told apart in the legend. */
export const TIER_COLOURS: Record<SupplierTier, string> = {
  SAME_DEPARTEMENT: "#1f4c8a",
  SAME_REGION: "#2b8a3e",
  NEIGHBOURING_REGION: "#d9480f",
  REST_OF_FRANCE: "#6c757d",
};

export const ORIGIN_COLOUR = "#c2255c";

interface Locatable {
  siret: string;
  name: string;
  tier: SupplierTier;
  longitude?: number | null;
  latitude?: number | null;
}

/** The results that have coordinates, in the list's order. */
export function mapPointsOf<T extends Locatable>(suppliers: readonly T[], placeOf: (supplier: T) => string) {
  const points: SupplierMapPoint[] = [];
  for (const supplier of suppliers) {
    if (supplier.longitude == null || supplier.latitude == null) continue;
    points.push({
      siret: supplier.siret,
      name: supplier.name,
      place: placeOf(supplier),
      tier: supplier.tier,
      longitude: supplier.longitude,
      latitude: supplier.latitude,
    });
  }
  return points;
}

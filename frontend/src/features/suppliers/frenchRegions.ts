/** The régions of France (INSEE COG codes since 2016) and their names: the supplier search filters by them
 * (`SupplierFilter.regionCodes`). Proper names, so they live here rather than in the translations. */
const REGIONS = {
  "01": "Guadeloupe",
  "02": "Martinique",
  "03": "Guyane",
  "04": "La Réunion",
  "06": "Mayotte",
  "11": "Île-de-France",
  "24": "Centre-Val de Loire",
  "27": "Bourgogne-Franche-Comté",
  "28": "Normandie",
  "32": "Hauts-de-France",
  "44": "Grand Est",
  "52": "Pays de la Loire",
  "53": "Bretagne",
  "75": "Nouvelle-Aquitaine",
  "76": "Occitanie",
  "84": "Auvergne-Rhône-Alpes",
  "93": "Provence-Alpes-Côte d'Azur",
  "94": "Corse",
} as const;

export type RegionCode = keyof typeof REGIONS;

export interface FrenchRegion {
  code: RegionCode;
  name: string;
}

const collator = new Intl.Collator("fr");

/** Every région, in the order of their French names (« Île-de-France » among the I). */
export const FRENCH_REGIONS: readonly FrenchRegion[] = (Object.keys(REGIONS) as RegionCode[])
  .map((code) => ({ code, name: REGIONS[code] }))
  .sort((a, b) => collator.compare(a.name, b.name));

export function isRegionCode(value: string): value is RegionCode {
  return Object.hasOwn(REGIONS, value);
}

export function regionName(code: RegionCode): string {
  return REGIONS[code];
}

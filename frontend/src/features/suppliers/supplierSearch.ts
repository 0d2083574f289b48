import {
  SupplierCertification,
  type SupplierFilter,
  type SupplierNearInput,
  type SupplierTier,
} from "../../graphql/generated/graphql";
import { NAF_SECTIONS, type NafSection } from "../../lib/naf";
import { formatNumber } from "../../lib/numbers";

import { isRegionCode, type RegionCode } from "./frenchRegions";

/** The supplier search lives in the URL, so that a search can be shared or reloaded. French parameter
 * names: `q` (the words), `projet` (a project's global id: search around its site) or `commune` (an
 * INSEE code), `etape` (a supply-chain stage to add the suppliers to: the board links here with it),
 * and the filters `naf` (codes « 13.10Z » and sections « C »), `effectif` (INSEE workforce bands),
 * `departement`, `region` (INSEE codes: « 28 » Normandie), `certification` (repeated) and `km` (distance
 * from the place searched around). */
export const PARAM = {
  text: "q",
  project: "projet",
  stage: "etape",
  commune: "commune",
  naf: "naf",
  workforce: "effectif",
  departement: "departement",
  region: "region",
  certification: "certification",
  withinKm: "km",
} as const;

export interface SupplierSearch {
  text: string;
  /** Global id of a project: the search ranks suppliers from its company's site. */
  projectId: string | null;
  /** Global id of a stage of that project's supply chain: results get « Ajouter à l'étape ». */
  stageId: string | null;
  /** INSEE code of a commune to search around (when no project is chosen). */
  communeCode: string | null;
  /** NAF sections (« C ») and codes (« 13.10Z »). */
  naf: string[];
  workforceBands: string[];
  /** Départements and régions add up: an establishment matches if it lies in either. */
  departements: string[];
  /** INSEE codes of régions (« 32 » Hauts-de-France). */
  regionCodes: RegionCode[];
  certifications: SupplierCertification[];
  /** Maximum distance from the place searched around; only with a project or a commune. */
  withinKm: number | null;
}

export const EMPTY_SEARCH: SupplierSearch = {
  text: "",
  projectId: null,
  stageId: null,
  communeCode: null,
  naf: [],
  workforceBands: [],
  departements: [],
  regionCodes: [],
  certifications: [],
  withinKm: null,
};

/** INSEE « tranches d'effectif salarié », in increasing order (NN: a unit without employees). */
export const WORKFORCE_BANDS = [
  "00",
  "01",
  "02",
  "03",
  "11",
  "12",
  "21",
  "22",
  "31",
  "32",
  "41",
  "42",
  "51",
  "52",
  "53",
  "NN",
] as const;
export type WorkforceBand = (typeof WORKFORCE_BANDS)[number];

/** Distances offered by « Distance maximale » (a shared link may carry another one: it is kept). */
export const DISTANCES_KM = [5, 10, 25, 50, 100, 200, 500] as const;
const MAX_KM = 1000;

/** Tiers in the order the API ranks them. */
export const TIERS: readonly SupplierTier[] = [
  "SAME_DEPARTEMENT",
  "SAME_REGION",
  "NEIGHBOURING_REGION",
  "REST_OF_FRANCE",
];

const CERTIFICATIONS = new Set<string>(Object.values(SupplierCertification));
const BANDS = new Set<string>(WORKFORCE_BANDS);
const SECTIONS = new Set<string>(NAF_SECTIONS);
/** A global id as the API writes them (unpadded base64url); anything else names nothing. */
const GLOBAL_ID = /^[A-Za-z0-9_-]+={0,2}$/;
const DEPARTEMENT = /^(\d{2}|2A|2B|97\d)$/;
const COMMUNE = /^(\d{2}|2A|2B)\d{3}$/;
const NAF_CODE = /^\d{2}\.\d{2}[A-Z]$/;

export function isCertification(value: string): value is SupplierCertification {
  return CERTIFICATIONS.has(value);
}

export function isWorkforceBand(value: string): value is WorkforceBand {
  return BANDS.has(value);
}

export function isNafSection(value: string): value is NafSection {
  return SECTIONS.has(value);
}

export function isNafCode(value: string): boolean {
  return NAF_CODE.test(value);
}

/** « 1310z », « 13 10 Z » and « 13.10Z » are the same code; « c » is section C. */
export function normaliseNaf(value: string): string {
  const compact = value.replace(/\s+/g, "").toUpperCase();
  const undotted = /^(\d{2})(\d{2}[A-Z])$/.exec(compact);
  return undotted ? `${undotted[1]}.${undotted[2]}` : compact;
}

export function isNaf(value: string): boolean {
  return isNafSection(value) || isNafCode(value);
}

/** « 2a » and « 76 » as typed: the code as the API knows it. */
export function normaliseDepartement(value: string): string {
  return value.trim().toUpperCase();
}

export function isDepartementCode(value: string): boolean {
  return DEPARTEMENT.test(value);
}

export function normaliseCommuneCode(value: string): string {
  return value.replace(/\s+/g, "").toUpperCase();
}

/** A commune's INSEE code: two digits (or 2A, 2B) then three digits — not a postal code's shape check. */
export function isCommuneCode(value: string): boolean {
  return COMMUNE.test(value);
}

const unique = <T>(values: T[]): T[] => [...new Set(values)];

function parseKm(value: string | null): number | null {
  if (value === null || value.trim() === "") return null;
  const km = Number(value);
  return Number.isFinite(km) && km > 0 && km <= MAX_KM ? km : null;
}

/** Unknown values (an old link, a typo) are dropped rather than sent to the API. A project wins over a
 * commune; the distance needs one of them. */
export function parseSupplierSearch(params: URLSearchParams): SupplierSearch {
  const projectId = params.get(PARAM.project)?.trim() || null;
  const validProject = projectId && GLOBAL_ID.test(projectId) ? projectId : null;
  const stageId = params.get(PARAM.stage)?.trim() || null;
  const commune = normaliseCommuneCode(params.get(PARAM.commune) ?? "");
  const communeCode = !validProject && isCommuneCode(commune) ? commune : null;
  return {
    text: (params.get(PARAM.text) ?? "").trim(),
    projectId: validProject,
    stageId: stageId && GLOBAL_ID.test(stageId) ? stageId : null,
    communeCode,
    naf: unique(params.getAll(PARAM.naf).map(normaliseNaf)).filter(isNaf),
    workforceBands: unique(params.getAll(PARAM.workforce).map((band) => band.trim().toUpperCase())).filter(
      isWorkforceBand,
    ),
    departements: unique(params.getAll(PARAM.departement).map(normaliseDepartement)).filter(isDepartementCode),
    regionCodes: unique(params.getAll(PARAM.region).map((code) => code.trim())).filter(isRegionCode),
    certifications: unique(params.getAll(PARAM.certification).map((value) => value.trim())).filter(isCertification),
    withinKm: validProject || communeCode ? parseKm(params.get(PARAM.withinKm)) : null,
  };
}

export function serializeSupplierSearch(search: SupplierSearch): URLSearchParams {
  const params = new URLSearchParams();
  if (search.text.trim()) params.set(PARAM.text, search.text.trim());
  if (search.projectId) params.set(PARAM.project, search.projectId);
  else if (search.communeCode) params.set(PARAM.commune, search.communeCode);
  if (search.stageId) params.set(PARAM.stage, search.stageId);
  search.naf.forEach((code) => params.append(PARAM.naf, code));
  search.workforceBands.forEach((band) => params.append(PARAM.workforce, band));
  search.departements.forEach((code) => params.append(PARAM.departement, code));
  search.regionCodes.forEach((code) => params.append(PARAM.region, code));
  search.certifications.forEach((value) => params.append(PARAM.certification, value));
  if (search.withinKm !== null && (search.projectId || search.communeCode)) {
    params.set(PARAM.withinKm, String(search.withinKm));
  }
  return params;
}

export function hasFilters(search: SupplierSearch): boolean {
  return (
    search.naf.length > 0 ||
    search.workforceBands.length > 0 ||
    search.departements.length > 0 ||
    search.regionCodes.length > 0 ||
    search.certifications.length > 0 ||
    search.withinKm !== null
  );
}

/** The same search without any filter (the words and the place kept): what « Effacer les filtres » leaves. */
export function withoutFilters(search: SupplierSearch): SupplierSearch {
  return {
    ...search,
    naf: [],
    workforceBands: [],
    departements: [],
    regionCodes: [],
    certifications: [],
    withinKm: null,
  };
}

/** The place the API ranks from; null for the viewer's region. */
export function supplierNearOf(search: SupplierSearch): SupplierNearInput | null {
  if (search.projectId) return { projectId: search.projectId };
  if (search.communeCode) return { communeCode: search.communeCode };
  return null;
}

/** The API's `SupplierFilter` (an empty list filters nothing: sent as null); null when nothing is filtered. */
export function supplierFilterOf(search: SupplierSearch): SupplierFilter | null {
  if (!hasFilters(search)) return null;
  const list = <T>(values: T[]) => (values.length ? values : null);
  return {
    naf: list(search.naf),
    workforceBands: list(search.workforceBands),
    departements: list(search.departements),
    regionCodes: list(search.regionCodes),
    certifications: list(search.certifications),
    withinKm: supplierNearOf(search) ? search.withinKm : null,
  };
}

/** Whether there is anything to search for: opening the page does not list the whole of France. */
export function hasCriteria(search: SupplierSearch): boolean {
  return search.text.trim() !== "" || supplierNearOf(search) !== null || hasFilters(search);
}

/** « à 2,5 km » below 10 km, « à 12 km » above: the API rounds to 100 m. */
export function formatKm(km: number): string {
  return formatNumber(km, km < 10 ? 1 : 0);
}

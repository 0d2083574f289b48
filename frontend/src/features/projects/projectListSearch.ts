import { ProjectNeed, ProjectStatus, Sector, type ProjectFilter } from "../../graphql/generated/graphql";

/** The project list's state lives in the URL, so that a filtered list can be shared as a link.
 * French parameter names: `region` (a slug, or `toutes`), `statut`, `filiere`, `besoin`, `conseiller`
 * (a User's global id, or `tous`) and `departement` (an INSEE code), all repeated, and `q`. */
export const ALL_REGIONS = "toutes";
/** `conseiller=tous`: every adviser's projects, asked for by someone whose list opens on their own. */
export const ALL_ADVISERS = "tous";

export interface ProjectListSearch {
  /** A region slug, ALL_REGIONS, or null for the viewer's default. */
  region: string | null;
  statuses: ProjectStatus[];
  sectors: Sector[];
  needs: ProjectNeed[];
  /** Global ids of the advisers who follow the projects. */
  advisers: string[];
  /** No adviser chosen, on purpose (`conseiller=tous`): an adviser's list then shows everyone's projects. */
  everyAdviser: boolean;
  /** INSEE codes of the companies' départements: « 76 », « 2A », « 971 ». */
  departements: string[];
  text: string;
}

const PARAM = {
  region: "region",
  status: "statut",
  sector: "filiere",
  need: "besoin",
  adviser: "conseiller",
  departement: "departement",
  text: "q",
} as const;
const STATUSES = new Set<string>(Object.values(ProjectStatus));
const SECTORS = new Set<string>(Object.values(Sector));
const NEEDS = new Set<string>(Object.values(ProjectNeed));
/** A global id as the API writes them (unpadded base64url); anything else names nobody. */
const GLOBAL_ID = /^[A-Za-z0-9_-]+={0,2}$/;
/** Metropolitan départements (two digits, Corsica 2A and 2B) and overseas ones (971 to 976). */
const DEPARTEMENT = /^(\d{2}|2A|2B|97\d)$/;

export function isStatus(value: string): value is ProjectStatus {
  return STATUSES.has(value);
}

export function isSector(value: string): value is Sector {
  return SECTORS.has(value);
}

export function isNeed(value: string): value is ProjectNeed {
  return NEEDS.has(value);
}

/** « 2a » and « 76 » as typed: the code as the API knows it, upper case and trimmed. */
export function normaliseDepartement(value: string): string {
  return value.trim().toUpperCase();
}

export function isDepartementCode(value: string): boolean {
  return DEPARTEMENT.test(value);
}

const unique = <T>(values: T[]): T[] => [...new Set(values)];

/** Unknown values (an old link, a typo) are dropped rather than sent to the API. */
export function parseProjectListSearch(params: URLSearchParams): ProjectListSearch {
  const region = params.get(PARAM.region)?.trim() || null;
  const adviserValues = params.getAll(PARAM.adviser).map((id) => id.trim());
  const advisers = unique(adviserValues).filter((id) => id !== ALL_ADVISERS && GLOBAL_ID.test(id));
  return {
    region,
    statuses: unique(params.getAll(PARAM.status).filter(isStatus)),
    sectors: unique(params.getAll(PARAM.sector).filter(isSector)),
    needs: unique(params.getAll(PARAM.need).filter(isNeed)),
    advisers,
    everyAdviser: advisers.length === 0 && adviserValues.includes(ALL_ADVISERS),
    departements: unique(params.getAll(PARAM.departement).map(normaliseDepartement)).filter(isDepartementCode),
    text: (params.get(PARAM.text) ?? "").trim(),
  };
}

export function serializeProjectListSearch(search: ProjectListSearch): URLSearchParams {
  const params = new URLSearchParams();
  if (search.region) params.set(PARAM.region, search.region);
  search.statuses.forEach((status) => params.append(PARAM.status, status));
  search.sectors.forEach((sector) => params.append(PARAM.sector, sector));
  search.needs.forEach((need) => params.append(PARAM.need, need));
  search.advisers.forEach((adviser) => params.append(PARAM.adviser, adviser));
  if (search.everyAdviser && search.advisers.length === 0) params.set(PARAM.adviser, ALL_ADVISERS);
  search.departements.forEach((code) => params.append(PARAM.departement, code));
  if (search.text.trim()) params.set(PARAM.text, search.text.trim());
  return params;
}

export function hasFilters(search: ProjectListSearch): boolean {
  return (
    search.statuses.length > 0 ||
    search.sectors.length > 0 ||
    search.needs.length > 0 ||
    search.advisers.length > 0 ||
    search.departements.length > 0 ||
    search.text.trim() !== ""
  );
}

/** The same search without any filter (the region kept): what « Effacer les filtres » leaves. */
export function withoutFilters(search: ProjectListSearch): ProjectListSearch {
  return { ...search, statuses: [], sectors: [], needs: [], advisers: [], departements: [], text: "" };
}

/** The API's `ProjectFilter` for the search (an empty list filters nothing: sent as null); null when
 * nothing is filtered. */
export function projectFilterOf(search: ProjectListSearch): ProjectFilter | null {
  if (!hasFilters(search)) return null;
  const list = <T>(values: T[]) => (values.length ? values : null);
  return {
    status: list(search.statuses),
    sector: list(search.sectors),
    need: list(search.needs),
    adviser: list(search.advisers),
    departement: list(search.departements),
    text: search.text.trim() || null,
  };
}

/** An export's query: the filters the page shows, under the API's parameter names (repeated for lists).
 * `region` is the region shown, null for every region. */
function exportParams(region: string | null, search: ProjectListSearch): URLSearchParams {
  const params = new URLSearchParams();
  if (region) params.set("region", region);
  const lists: [string, readonly string[]][] = [
    ["status", search.statuses],
    ["sector", search.sectors],
    ["need", search.needs],
    ["adviser", search.advisers],
    ["departement", search.departements],
  ];
  for (const [name, values] of lists) values.forEach((value) => params.append(name, value));
  if (search.text.trim()) params.set("text", search.text.trim());
  return params;
}

const withQuery = (path: string, params: URLSearchParams) => {
  const query = params.toString();
  return `${path}${query ? `?${query}` : ""}`;
};

/** `GET /exports/projects.xlsx`: the list as the staff see it. */
export function projectExportUrl(region: string | null, search: ProjectListSearch): string {
  return withQuery("/exports/projects.xlsx", exportParams(region, search));
}

/** `GET /exports/shared-projects.xlsx`: a partner's shared projects with what each grant opens (those of
 * `scope` if one is chosen). */
export function sharedProjectsExportUrl(
  region: string | null,
  search: ProjectListSearch,
  scope: string | null,
): string {
  const params = exportParams(region, search);
  if (scope) params.set("scope", scope);
  return withQuery("/exports/shared-projects.xlsx", params);
}

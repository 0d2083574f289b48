import { ProjectStatus, Sector } from "../../graphql/generated/graphql";

/** The project list's state lives in the URL, so that a filtered list can be shared as a link.
 * French parameter names: `region` (a slug, or `toutes`), `statut` and `filiere` (repeated), `q`. */
export const ALL_REGIONS = "toutes";

export interface ProjectListSearch {
  /** A region slug, ALL_REGIONS, or null for the viewer's default. */
  region: string | null;
  statuses: ProjectStatus[];
  sectors: Sector[];
  text: string;
}

const PARAM = { region: "region", status: "statut", sector: "filiere", text: "q" } as const;
const STATUSES = new Set<string>(Object.values(ProjectStatus));
const SECTORS = new Set<string>(Object.values(Sector));

export function isStatus(value: string): value is ProjectStatus {
  return STATUSES.has(value);
}

export function isSector(value: string): value is Sector {
  return SECTORS.has(value);
}

/** Unknown values (an old link, a typo) are dropped rather than sent to the API. */
export function parseProjectListSearch(params: URLSearchParams): ProjectListSearch {
  const region = params.get(PARAM.region)?.trim() || null;
  return {
    region,
    statuses: [...new Set(params.getAll(PARAM.status).filter(isStatus))],
    sectors: [...new Set(params.getAll(PARAM.sector).filter(isSector))],
    text: (params.get(PARAM.text) ?? "").trim(),
  };
}

export function serializeProjectListSearch(search: ProjectListSearch): URLSearchParams {
  const params = new URLSearchParams();
  if (search.region) params.set(PARAM.region, search.region);
  search.statuses.forEach((status) => params.append(PARAM.status, status));
  search.sectors.forEach((sector) => params.append(PARAM.sector, sector));
  if (search.text.trim()) params.set(PARAM.text, search.text.trim());
  return params;
}

export function hasFilters(search: ProjectListSearch): boolean {
  return search.statuses.length > 0 || search.sectors.length > 0 || search.text.trim() !== "";
}

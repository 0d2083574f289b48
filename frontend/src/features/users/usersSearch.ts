import { Role } from "../../graphql/generated/graphql";

/** The accounts list's filters live in the URL, so that a filtered list can be shared as a link. French
 * parameter names: `role` (the API's value), `region` (a slug) and `actif` (`oui` / `non`). */
export interface UsersSearch {
  role: Role | null;
  region: string | null;
  active: boolean | null;
}

const PARAM = { role: "role", region: "region", active: "actif" } as const;
const ROLES = new Set<string>(Object.values(Role));
const YES = "oui";
const NO = "non";

function isRole(value: string): value is Role {
  return ROLES.has(value);
}

/** Unknown values (an old link, a typo) are dropped rather than sent to the API. */
export function parseUsersSearch(params: URLSearchParams): UsersSearch {
  const role = params.get(PARAM.role)?.trim() ?? "";
  const active = params.get(PARAM.active)?.trim();
  return {
    role: isRole(role) ? role : null,
    region: params.get(PARAM.region)?.trim() || null,
    active: active === YES ? true : active === NO ? false : null,
  };
}

export function serializeUsersSearch(search: UsersSearch): URLSearchParams {
  const params = new URLSearchParams();
  if (search.role) params.set(PARAM.role, search.role);
  if (search.region) params.set(PARAM.region, search.region);
  if (search.active !== null) params.set(PARAM.active, search.active ? YES : NO);
  return params;
}

export function hasUsersFilters(search: UsersSearch): boolean {
  return search.role !== null || search.region !== null || search.active !== null;
}

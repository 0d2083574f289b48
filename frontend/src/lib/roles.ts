import type { Role } from "../graphql/generated/graphql";

/** Who works with which part of the app. The API decides what each one may read; these lists only
 * shape navigation and defaults. */
export const PROJECT_ROLES: readonly Role[] = ["ADVISER", "REGIONAL_ADMIN", "NATIONAL", "PARTNER"];
export const EVENT_ROLES: readonly Role[] = ["ADVISER", "REGIONAL_ADMIN", "NATIONAL", "PARTNER"];
export const PARTNER_DIRECTORY_ROLES: readonly Role[] = ["ADVISER", "REGIONAL_ADMIN", "NATIONAL"];
/** « Fournisseurs »: the supplier directory is searched by the CCI staff (partners and jurors are not
 * sourcing; the API refuses them). */
export const SUPPLIER_ROLES: readonly Role[] = ["ADVISER", "REGIONAL_ADMIN", "NATIONAL"];
/** « Demandes de sourcing »: the regions' staff ask each other for suppliers; CCI France reads them all. */
export const SOURCING_REQUEST_ROLES: readonly Role[] = ["ADVISER", "REGIONAL_ADMIN", "NATIONAL"];
/** The national method: read by the CCI staff, edited by CCI France (the API says who may edit). */
export const METHOD_ROLES: readonly Role[] = ["ADVISER", "REGIONAL_ADMIN", "NATIONAL"];
/** Cohorts and their retroplanning: each region's staff, and CCI France (read-only). */
export const COHORT_ROLES: readonly Role[] = ["ADVISER", "REGIONAL_ADMIN", "NATIONAL"];
/** « Mes jalons »: those who carry milestones. */
export const MY_MILESTONES_ROLES: readonly Role[] = ["ADVISER", "REGIONAL_ADMIN"];
/** « Rythme national »: every region side by side. */
export const RHYTHM_ROLES: readonly Role[] = ["ADVISER", "REGIONAL_ADMIN", "NATIONAL"];
/** « Journal d'audit »: the region's head reads their region's trail, CCI France every one. */
export const AUDIT_ROLES: readonly Role[] = ["REGIONAL_ADMIN", "NATIONAL"];
/** « Notifications » (mentions in comments): the CCI staff. */
export const INBOX_ROLES: readonly Role[] = ["ADVISER", "REGIONAL_ADMIN", "NATIONAL"];
/** Roles attached to one region: their project list opens on that region. */
export const REGIONAL_ROLES: readonly Role[] = ["ADVISER", "REGIONAL_ADMIN"];

export function hasRole(role: Role | null | undefined, allowed: readonly Role[]): boolean {
  return role != null && allowed.includes(role);
}

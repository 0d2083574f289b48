import type { ParseKeys } from "i18next";

import type { Role } from "../../graphql/generated/graphql";
import {
  AUDIT_ROLES,
  COHORT_ROLES,
  EVENT_ROLES,
  METHOD_ROLES,
  MY_MILESTONES_ROLES,
  PARTNER_DIRECTORY_ROLES,
  PROJECT_ROLES,
  REGIONAL_ROLES,
  RHYTHM_ROLES,
  SOURCING_REQUEST_ROLES,
  SUPPLIER_ROLES,
  hasRole,
} from "../../lib/roles";
import { routes } from "../../lib/routes";

export interface NavItem {
  to: string;
  label: ParseKeys<"common">;
}

/** What each role finds in the navigation. Roles without tools yet get the home page only. */
export function navigationFor(role: Role): NavItem[] {
  const items: NavItem[] = [];
  if (hasRole(role, PROJECT_ROLES)) {
    items.push({ to: routes.projects(), label: role === "PARTNER" ? "nav.sharedProjects" : "nav.projects" });
  }
  // Those who carry milestones see theirs right after their projects.
  if (hasRole(role, MY_MILESTONES_ROLES)) items.push({ to: routes.myMilestones(), label: "nav.myMilestones" });
  // The candidates of one region are reviewed by its staff.
  if (hasRole(role, REGIONAL_ROLES)) items.push({ to: routes.candidates(), label: "nav.candidates" });
  if (hasRole(role, COHORT_ROLES)) items.push({ to: routes.cohorts(), label: "nav.cohorts" });
  if (hasRole(role, RHYTHM_ROLES)) items.push({ to: routes.rhythm(), label: "nav.rhythm" });
  if (hasRole(role, METHOD_ROLES)) items.push({ to: routes.method(), label: "nav.method" });
  if (hasRole(role, EVENT_ROLES)) items.push({ to: routes.events(), label: "nav.events" });
  if (hasRole(role, PARTNER_DIRECTORY_ROLES)) items.push({ to: routes.partners(), label: "nav.partners" });
  if (hasRole(role, SUPPLIER_ROLES)) items.push({ to: routes.suppliers(), label: "nav.suppliers" });
  if (hasRole(role, SOURCING_REQUEST_ROLES)) {
    items.push({ to: routes.sourcingRequests(), label: "nav.sourcingRequests" });
  }
  if (hasRole(role, AUDIT_ROLES)) items.push({ to: routes.audit(), label: "nav.audit" });
  if (items.length === 0) items.push({ to: routes.home(), label: "nav.home" });
  return items;
}

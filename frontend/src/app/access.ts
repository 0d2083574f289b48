import { can, type Capable, regionsWhere } from "../lib/capabilities";

/** Who uses each section of the app, read from the API's capabilities (`Viewer.capabilities`): the
 * navigation lists it, its routes open (`CapabilityGate`). Each section asks for the actions its pages'
 * root queries need, so that nobody is sent to a page whose data the API refuses them. */
export type Section =
  | "dashboard"
  | "projects"
  | "myMilestones"
  | "candidates"
  | "cohorts"
  | "rhythm"
  | "method"
  | "events"
  | "partners"
  | "suppliers"
  | "sourcingRequests"
  | "users"
  | "audit"
  | "notifications";

export const SECTIONS: Record<Section, (viewer: Capable) => boolean> = {
  // « Mon tableau de bord »: the staff who work on the regions' projects (not a partner's shared ones);
  // each of its blocks asks for its own action.
  dashboard: (viewer) => regionsWhere(viewer, "VIEW_PROJECT_SUMMARY").length > 0,
  // The regions' projects (staff), or those shared with one's organisation (partners).
  projects: (viewer) => can(viewer, "VIEW_PROJECT_SUMMARY"),
  // Those who carry milestones (`myMilestones` needs UPDATE_MILESTONE).
  myMilestones: (viewer) => can(viewer, "UPDATE_MILESTONE"),
  // The candidates of a region are scored and decided on by those who edit its projects.
  candidates: (viewer) => can(viewer, "EDIT_PROJECT"),
  cohorts: (viewer) => can(viewer, "VIEW_COHORT") && can(viewer, "VIEW_EDITION"),
  rhythm: (viewer) => can(viewer, "VIEW_COHORT") && can(viewer, "VIEW_EDITION"),
  method: (viewer) => can(viewer, "VIEW_METHOD"),
  events: (viewer) => can(viewer, "VIEW_EVENT"),
  // Every role but the jury's: a partner reads who else the programme works with, the operators manage them.
  partners: (viewer) => can(viewer, "VIEW_ORGANISATION"),
  suppliers: (viewer) => can(viewer, "SEARCH_SUPPLIERS"),
  sourcingRequests: (viewer) => can(viewer, "VIEW_SOURCING_REQUEST"),
  // The accounts the viewer manages: every one for the operators, their region's advisers for its admin.
  users: (viewer) => can(viewer, "MANAGE_USER"),
  audit: (viewer) => can(viewer, "VIEW_AUDIT"),
  // Everyone reads their own inbox (staff get mentions and assignments, partners what is shared with them).
  notifications: (viewer) => can(viewer, "READ_INBOX"),
};

export function mayUse(viewer: Capable, section: Section): boolean {
  return SECTIONS[section](viewer);
}

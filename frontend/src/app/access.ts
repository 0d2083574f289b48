import { can, type Capable, onlyAttached, regionsWhere } from "../lib/capabilities";

/** Who uses each section of the app, read from the API's capabilities (`Viewer.capabilities`): the
 * navigation lists it, its routes open (`CapabilityGate`). Each section asks for the actions its pages'
 * root queries need, so that nobody is sent to a page whose data the API refuses them. */
export type Section =
  | "dashboard"
  | "projects"
  | "project"
  | "myAttachedProjects"
  | "myMilestones"
  | "candidates"
  | "cohorts"
  | "rhythm"
  | "method"
  | "events"
  | "jury"
  | "partners"
  | "suppliers"
  | "sourcingRequests"
  | "financingSchemes"
  | "organisations"
  | "users"
  | "audit"
  | "notifications";

export const SECTIONS: Record<Section, (viewer: Capable) => boolean> = {
  // « Mon tableau de bord »: the staff who work on the regions' projects (not a partner's shared ones);
  // each of its blocks asks for its own action.
  dashboard: (viewer) => regionsWhere(viewer, "VIEW_PROJECT_SUMMARY").length > 0,
  // The regions' projects (staff), or those shared with one's organisation (partners).
  projects: (viewer) => can(viewer, "VIEW_PROJECT_SUMMARY") && !onlyAttached(viewer, "VIEW_PROJECT_SUMMARY"),
  // A project's page: also for the coaches, experts and students attached to it.
  project: (viewer) => can(viewer, "VIEW_PROJECT_SUMMARY"),
  // « Mes projets » of a coach, an expert, a student: the projects they are attached to, on their home page.
  myAttachedProjects: (viewer) => onlyAttached(viewer, "VIEW_PROJECT_SUMMARY"),
  // Those who carry milestones (`myMilestones` needs UPDATE_MILESTONE).
  myMilestones: (viewer) => can(viewer, "UPDATE_MILESTONE"),
  // The candidates of a region are scored and decided on by those who edit its projects.
  candidates: (viewer) => can(viewer, "EDIT_PROJECT"),
  cohorts: (viewer) => can(viewer, "VIEW_COHORT") && can(viewer, "VIEW_EDITION"),
  rhythm: (viewer) => can(viewer, "VIEW_COHORT") && can(viewer, "VIEW_EDITION"),
  method: (viewer) => can(viewer, "VIEW_METHOD"),
  events: (viewer) => can(viewer, "VIEW_EVENT"),
  // « Mes jurys »: the jurors, who score the pitches of the events they are invited to.
  jury: (viewer) => can(viewer, "SCORE_PITCH"),
  // Every role but the jury's: a partner reads who else the programme works with. The operators manage
  // them on « Organisations », which lists the same organisations with what they edit.
  partners: (viewer) => can(viewer, "VIEW_ORGANISATION") && !can(viewer, "MANAGE_ORGANISATION"),
  organisations: (viewer) => can(viewer, "MANAGE_ORGANISATION") && can(viewer, "VIEW_ORGANISATION"),
  suppliers: (viewer) => can(viewer, "SEARCH_SUPPLIERS"),
  sourcingRequests: (viewer) => can(viewer, "VIEW_SOURCING_REQUEST"),
  // The catalogue of financing schemes: the national one for all who finance projects, a region's own
  // schemes for its team and CCI France.
  financingSchemes: (viewer) => can(viewer, "VIEW_FINANCING_SCHEMES"),
  // The accounts the viewer manages: every one for the operators, their region's advisers for its admin.
  users: (viewer) => can(viewer, "MANAGE_USER"),
  audit: (viewer) => can(viewer, "VIEW_AUDIT"),
  // Everyone reads their own inbox (staff get mentions and assignments, partners what is shared with them).
  notifications: (viewer) => can(viewer, "READ_INBOX"),
};

export function mayUse(viewer: Capable, section: Section): boolean {
  return SECTIONS[section](viewer);
}

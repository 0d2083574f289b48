import type { ParseKeys } from "i18next";

import { type Capable, onlyShared } from "../../lib/capabilities";
import { routes } from "../../lib/routes";
import { mayUse, type Section } from "../access";

export interface NavItem {
  to: string;
  label: ParseKeys<"common">;
}

/** The sections in the navigation's order: the dashboard first, « Mes jalons » right after the projects. */
const ITEMS: readonly { section: Section; to: string; label: ParseKeys<"common"> }[] = [
  { section: "dashboard", to: routes.home(), label: "nav.dashboard" },
  { section: "projects", to: routes.projects(), label: "nav.projects" },
  { section: "myAttachedProjects", to: routes.home(), label: "nav.myAttachedProjects" },
  { section: "myMilestones", to: routes.myMilestones(), label: "nav.myMilestones" },
  { section: "candidates", to: routes.candidates(), label: "nav.candidates" },
  { section: "cohorts", to: routes.cohorts(), label: "nav.cohorts" },
  { section: "rhythm", to: routes.rhythm(), label: "nav.rhythm" },
  { section: "method", to: routes.method(), label: "nav.method" },
  { section: "events", to: routes.events(), label: "nav.events" },
  { section: "jury", to: routes.jury(), label: "nav.jury" },
  { section: "partners", to: routes.partners(), label: "nav.partners" },
  { section: "suppliers", to: routes.suppliers(), label: "nav.suppliers" },
  { section: "sourcingRequests", to: routes.sourcingRequests(), label: "nav.sourcingRequests" },
  { section: "financingSchemes", to: routes.financingSchemes(), label: "nav.financingSchemes" },
  { section: "organisations", to: routes.organisations(), label: "nav.organisations" },
  { section: "users", to: routes.users(), label: "nav.users" },
  { section: "audit", to: routes.audit(), label: "nav.audit" },
];

/** What the viewer finds in the navigation, from what the API lets them do. Without any section (no
 * tools yet for their role), the home page. */
export function navigationFor(viewer: Capable): NavItem[] {
  const items = ITEMS.filter((item) => mayUse(viewer, item.section)).map(({ to, label }) => ({
    to,
    // Who reads only the projects shared with their organisation (partners): « Projets partagés ».
    label: label === "nav.projects" && onlyShared(viewer, "VIEW_PROJECT_SUMMARY") ? "nav.sharedProjects" : label,
  }));
  return items.length ? items : [{ to: routes.home(), label: "nav.home" }];
}

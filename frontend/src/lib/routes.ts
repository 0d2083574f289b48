/** Every path of the SPA, in one place: components build links with these functions, the router
 * uses the patterns. */
export const paths = {
  home: "/",
  projects: "/projets",
  project: "/projets/:projectId",
  financingPrint: "/projets/:projectId/plan-de-financement",
  candidates: "/candidatures",
  events: "/evenements",
  eventPublic: "/evenements/:slug",
  eventManage: "/evenements/:slug/gestion",
  eventPresenter: "/evenements/:slug/presentation",
  jury: "/jury",
  juryEvent: "/jury/:eventId",
  eventMeetings: "/evenements/:slug/rendez-vous",
  partners: "/partenaires",
  suppliers: "/fournisseurs",
  sourcingRequests: "/demandes-de-sourcing",
  financingSchemes: "/dispositifs-de-financement",
  method: "/methode",
  cohorts: "/cohortes",
  cohort: "/cohortes/:cohortId",
  myMilestones: "/mes-jalons",
  rhythm: "/rythme",
  audit: "/audit",
  organisations: "/organisations",
  users: "/utilisateurs",
  notifications: "/notifications",
  mySessions: "/mes-sessions",
  signInCallback: "/connexion/retour",
  signedOut: "/au-revoir",
  candidacy: "/candidater",
  eventRegistration: "/evenements/:slug/inscription",
  myEventRegistration: "/evenements/:slug/inscription/:token",
} as const;

/** The search parameter naming a project's open tab: « /projets/<id>?onglet=commentaires » can be linked. */
export const PROJECT_TAB_PARAM = "onglet";

export const routes = {
  home: () => paths.home,
  projects: (search?: URLSearchParams) => {
    const query = search?.toString();
    return query ? `${paths.projects}?${query}` : paths.projects;
  },
  /** A project's page, on one of its tabs (`onglet`, e.g. « commentaires ») when given. */
  project: (projectId: string, tab?: string) =>
    `${paths.projects}/${encodeURIComponent(projectId)}${tab ? `?${PROJECT_TAB_PARAM}=${encodeURIComponent(tab)}` : ""}`,
  /** The printable page of a project's investment and financing plans. */
  financingPrint: (projectId: string) => `${paths.projects}/${encodeURIComponent(projectId)}/plan-de-financement`,
  candidates: () => paths.candidates,
  events: () => paths.events,
  /** An event's public page (no account): its programme and « S'inscrire ». */
  eventPublic: (slug: string) => `${paths.events}/${encodeURIComponent(slug)}`,
  /** The organisers' page of an event, on one of its tabs (`onglet`) when given. */
  eventManage: (slug: string, tab?: string) =>
    `${paths.events}/${encodeURIComponent(slug)}/gestion${tab ? `?onglet=${encodeURIComponent(tab)}` : ""}`,
  /** The public registration form of an event (no account). */
  eventRegistration: (slug: string) => `${paths.events}/${encodeURIComponent(slug)}/inscription`,
  /** The calendar file of the whole event, or of one of its sessions, served by the API (no account). */
  eventCalendar: (slug: string) => `${paths.events}/${encodeURIComponent(slug)}.ics`,
  sessionCalendar: (slug: string, sessionId: string) =>
    `${paths.events}/${encodeURIComponent(slug)}/sessions/${encodeURIComponent(sessionId)}.ics`,
  /** The room's screen during the pitches. */
  eventPresenter: (slug: string) => `${paths.events}/${encodeURIComponent(slug)}/presentation`,
  /** The juror's events, and the scoring of one. */
  jury: () => paths.jury,
  juryEvent: (eventId: string) => `${paths.jury}/${encodeURIComponent(eventId)}`,
  /** A partner's B2B meetings at an event. */
  eventMeetings: (slug: string) => `${paths.events}/${encodeURIComponent(slug)}/rendez-vous`,
  partners: () => paths.partners,
  organisations: () => paths.organisations,
  suppliers: (search?: URLSearchParams) => {
    const query = search?.toString();
    return query ? `${paths.suppliers}?${query}` : paths.suppliers;
  },
  /** « Demandes de sourcing », on the tab `posted` (by the viewer's region) or `addressed` (the default). */
  sourcingRequests: (tab?: "addressed" | "posted") =>
    tab === "posted" ? `${paths.sourcingRequests}?onglet=postees` : paths.sourcingRequests,
  financingSchemes: () => paths.financingSchemes,
  method: () => paths.method,
  cohorts: (search?: URLSearchParams) => {
    const query = search?.toString();
    return query ? `${paths.cohorts}?${query}` : paths.cohorts;
  },
  cohort: (cohortId: string) => `${paths.cohorts}/${encodeURIComponent(cohortId)}`,
  myMilestones: () => paths.myMilestones,
  rhythm: () => paths.rhythm,
  mySessions: () => paths.mySessions,
  audit: (search?: URLSearchParams) => {
    const query = search?.toString();
    return query ? `${paths.audit}?${query}` : paths.audit;
  },
  /** « Utilisateurs », with its filters (`usersSearch.ts`). */
  users: (search?: URLSearchParams) => {
    const query = search?.toString();
    return query ? `${paths.users}?${query}` : paths.users;
  },
  notifications: () => paths.notifications,
  signInCallback: () => paths.signInCallback,
  signedOut: () => paths.signedOut,
  candidacy: () => paths.candidacy,
};

/** Where to land after sign-in when no page was asked for: « / » opens what the role starts with (the
 * staff's dashboard, the partners' shared projects — `app/HomeRoute.tsx`). */
export const defaultLandingPath = paths.home;

/** A path inside the SPA (never another origin: the value travels through the OIDC state). */
export function isInternalPath(value: unknown): value is string {
  return typeof value === "string" && value.startsWith("/") && !value.startsWith("//") && !value.includes("\\");
}

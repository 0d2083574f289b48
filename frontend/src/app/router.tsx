import type { RouteObject } from "react-router";

import { MySessionsPage } from "../features/account/MySessionsPage";
import { AuditPage } from "../features/audit/AuditPage";
import { CandidacyPage } from "../features/candidacy/CandidacyPage";
import { EventListPage } from "../features/events/EventListPage";
import { JuryHomePage } from "../features/events/jury/JuryHomePage";
import { JuryScoringPage } from "../features/events/jury/JuryScoringPage";
import { EventManagePage } from "../features/events/manage/EventManagePage";
import { MyMeetingsPage } from "../features/events/meetings/MyMeetingsPage";
import { PresenterPage } from "../features/events/presenter/PresenterPage";
import { PublicEventPage } from "../features/events/PublicEventPage";
import { MyRegistrationPage } from "../features/events/registration/MyRegistrationPage";
import { RegistrationPage } from "../features/events/registration/RegistrationPage";
import { FinancingPrintPage } from "../features/financing/FinancingPrintPage";
import { FinancingSchemesPage } from "../features/financing/FinancingSchemesPage";
import { InboxPage } from "../features/inbox/InboxPage";
import { MethodPage } from "../features/method/MethodPage";
import { OrganisationsPage } from "../features/partners/OrganisationsPage";
import { PartnerListPage } from "../features/partners/PartnerListPage";
import { CohortListPage } from "../features/planning/CohortListPage";
import { CohortPage } from "../features/planning/CohortPage";
import { MyMilestonesPage } from "../features/planning/MyMilestonesPage";
import { RhythmPage } from "../features/planning/RhythmPage";
import { CandidatesPage } from "../features/projects/CandidatesPage";
import { ProjectPage } from "../features/projects/ProjectPage";
import { SignedOutPage } from "../features/session/SignedOutPage";
import { SignInCallbackPage } from "../features/session/SignInCallbackPage";
import { SourcingRequestsPage } from "../features/sourcingRequests/SourcingRequestsPage";
import { SupplierSearchPage } from "../features/suppliers/SupplierSearchPage";
import { UsersPage } from "../features/users/UsersPage";
import { paths } from "../lib/routes";

import { CapabilityGate } from "./CapabilityGate";
import { HomeRoute } from "./HomeRoute";
import { AppLayout } from "./layout/AppLayout";
import { PublicLayout } from "./layout/PublicLayout";
import { NotFoundPage } from "./NotFoundPage";
import { ProjectsRoute } from "./ProjectsRoute";
import { RequireAuth } from "./RequireAuth";

export const appRoutes: RouteObject[] = [
  {
    element: <PublicLayout />,
    children: [
      { path: paths.signInCallback, element: <SignInCallbackPage /> },
      { path: paths.signedOut, element: <SignedOutPage /> },
      { path: paths.candidacy, element: <CandidacyPage /> },
      { path: paths.eventPublic, element: <PublicEventPage /> },
      { path: paths.eventRegistration, element: <RegistrationPage /> },
      { path: paths.myEventRegistration, element: <MyRegistrationPage /> },
    ],
  },
  {
    element: <RequireAuth />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <HomeRoute /> },
          {
            element: <CapabilityGate section="projects" />,
            children: [{ path: paths.projects, element: <ProjectsRoute /> }],
          },
          {
            element: <CapabilityGate section="project" />,
            children: [
              { path: paths.project, element: <ProjectPage /> },
              { path: paths.financingPrint, element: <FinancingPrintPage /> },
            ],
          },
          {
            element: <CapabilityGate section="candidates" />,
            children: [{ path: paths.candidates, element: <CandidatesPage /> }],
          },
          {
            element: <CapabilityGate section="events" />,
            children: [
              { path: paths.events, element: <EventListPage /> },
              { path: paths.eventManage, element: <EventManagePage /> },
              // The room's screen: « Plein écran » shows it alone (Fullscreen API).
              { path: paths.eventPresenter, element: <PresenterPage /> },
              { path: paths.eventMeetings, element: <MyMeetingsPage /> },
            ],
          },
          {
            element: <CapabilityGate section="jury" />,
            children: [
              { path: paths.jury, element: <JuryHomePage /> },
              { path: paths.juryEvent, element: <JuryScoringPage /> },
            ],
          },
          {
            element: <CapabilityGate section="partners" />,
            children: [{ path: paths.partners, element: <PartnerListPage /> }],
          },
          {
            element: <CapabilityGate section="suppliers" />,
            children: [{ path: paths.suppliers, element: <SupplierSearchPage /> }],
          },
          {
            element: <CapabilityGate section="sourcingRequests" />,
            children: [{ path: paths.sourcingRequests, element: <SourcingRequestsPage /> }],
          },
          {
            element: <CapabilityGate section="financingSchemes" />,
            children: [{ path: paths.financingSchemes, element: <FinancingSchemesPage /> }],
          },
          { element: <CapabilityGate section="method" />, children: [{ path: paths.method, element: <MethodPage /> }] },
          {
            element: <CapabilityGate section="cohorts" />,
            children: [
              { path: paths.cohorts, element: <CohortListPage /> },
              { path: paths.cohort, element: <CohortPage /> },
            ],
          },
          {
            element: <CapabilityGate section="myMilestones" />,
            children: [{ path: paths.myMilestones, element: <MyMilestonesPage /> }],
          },
          { element: <CapabilityGate section="rhythm" />, children: [{ path: paths.rhythm, element: <RhythmPage /> }] },
          {
            element: <CapabilityGate section="organisations" />,
            children: [{ path: paths.organisations, element: <OrganisationsPage /> }],
          },
          { element: <CapabilityGate section="users" />, children: [{ path: paths.users, element: <UsersPage /> }] },
          { element: <CapabilityGate section="audit" />, children: [{ path: paths.audit, element: <AuditPage /> }] },
          {
            element: <CapabilityGate section="notifications" />,
            children: [{ path: paths.notifications, element: <InboxPage /> }],
          },
          // Everyone's own sessions (MANAGE_OWN_SESSIONS is every role's).
          { path: paths.mySessions, element: <MySessionsPage /> },
          { path: "*", element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

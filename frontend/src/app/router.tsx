import type { RouteObject } from "react-router";

import { AuditPage } from "../features/audit/AuditPage";
import { CandidacyPage } from "../features/candidacy/CandidacyPage";
import { EventListPage } from "../features/events/EventListPage";
import { InboxPage } from "../features/inbox/InboxPage";
import { MethodPage } from "../features/method/MethodPage";
import { PartnerListPage } from "../features/partners/PartnerListPage";
import { CohortListPage } from "../features/planning/CohortListPage";
import { CohortPage } from "../features/planning/CohortPage";
import { MyMilestonesPage } from "../features/planning/MyMilestonesPage";
import { RhythmPage } from "../features/planning/RhythmPage";
import { CandidatesPage } from "../features/projects/CandidatesPage";
import { ProjectListPage } from "../features/projects/ProjectListPage";
import { ProjectPage } from "../features/projects/ProjectPage";
import { SignedOutPage } from "../features/session/SignedOutPage";
import { SignInCallbackPage } from "../features/session/SignInCallbackPage";
import { SourcingRequestsPage } from "../features/sourcingRequests/SourcingRequestsPage";
import { SupplierSearchPage } from "../features/suppliers/SupplierSearchPage";
import {
  AUDIT_ROLES,
  COHORT_ROLES,
  EVENT_ROLES,
  INBOX_ROLES,
  METHOD_ROLES,
  MY_MILESTONES_ROLES,
  PARTNER_DIRECTORY_ROLES,
  PROJECT_ROLES,
  REGIONAL_ROLES,
  RHYTHM_ROLES,
  SOURCING_REQUEST_ROLES,
  SUPPLIER_ROLES,
} from "../lib/roles";
import { paths } from "../lib/routes";

import { HomeRoute } from "./HomeRoute";
import { AppLayout } from "./layout/AppLayout";
import { PublicLayout } from "./layout/PublicLayout";
import { NotFoundPage } from "./NotFoundPage";
import { RequireAuth } from "./RequireAuth";
import { RoleGate } from "./RoleGate";

export const appRoutes: RouteObject[] = [
  {
    element: <PublicLayout />,
    children: [
      { path: paths.signInCallback, element: <SignInCallbackPage /> },
      { path: paths.signedOut, element: <SignedOutPage /> },
      { path: paths.candidacy, element: <CandidacyPage /> },
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
            element: <RoleGate allow={PROJECT_ROLES} />,
            children: [
              { path: paths.projects, element: <ProjectListPage /> },
              { path: paths.project, element: <ProjectPage /> },
            ],
          },
          {
            element: <RoleGate allow={REGIONAL_ROLES} />,
            children: [{ path: paths.candidates, element: <CandidatesPage /> }],
          },
          { element: <RoleGate allow={EVENT_ROLES} />, children: [{ path: paths.events, element: <EventListPage /> }] },
          {
            element: <RoleGate allow={PARTNER_DIRECTORY_ROLES} />,
            children: [{ path: paths.partners, element: <PartnerListPage /> }],
          },
          {
            element: <RoleGate allow={SUPPLIER_ROLES} />,
            children: [{ path: paths.suppliers, element: <SupplierSearchPage /> }],
          },
          {
            element: <RoleGate allow={SOURCING_REQUEST_ROLES} />,
            children: [{ path: paths.sourcingRequests, element: <SourcingRequestsPage /> }],
          },
          { element: <RoleGate allow={METHOD_ROLES} />, children: [{ path: paths.method, element: <MethodPage /> }] },
          {
            element: <RoleGate allow={COHORT_ROLES} />,
            children: [
              { path: paths.cohorts, element: <CohortListPage /> },
              { path: paths.cohort, element: <CohortPage /> },
            ],
          },
          {
            element: <RoleGate allow={MY_MILESTONES_ROLES} />,
            children: [{ path: paths.myMilestones, element: <MyMilestonesPage /> }],
          },
          { element: <RoleGate allow={RHYTHM_ROLES} />, children: [{ path: paths.rhythm, element: <RhythmPage /> }] },
          { element: <RoleGate allow={AUDIT_ROLES} />, children: [{ path: paths.audit, element: <AuditPage /> }] },
          {
            element: <RoleGate allow={INBOX_ROLES} />,
            children: [{ path: paths.notifications, element: <InboxPage /> }],
          },
          { path: "*", element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

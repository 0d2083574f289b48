import type { RouteObject } from "react-router";

import { EventListPage } from "../features/events/EventListPage";
import { MethodPage } from "../features/method/MethodPage";
import { PartnerListPage } from "../features/partners/PartnerListPage";
import { CohortListPage } from "../features/planning/CohortListPage";
import { CohortPage } from "../features/planning/CohortPage";
import { MyMilestonesPage } from "../features/planning/MyMilestonesPage";
import { RhythmPage } from "../features/planning/RhythmPage";
import { ProjectListPage } from "../features/projects/ProjectListPage";
import { ProjectPage } from "../features/projects/ProjectPage";
import { SignedOutPage } from "../features/session/SignedOutPage";
import { SignInCallbackPage } from "../features/session/SignInCallbackPage";
import {
  COHORT_ROLES,
  EVENT_ROLES,
  METHOD_ROLES,
  MY_MILESTONES_ROLES,
  PARTNER_DIRECTORY_ROLES,
  PROJECT_ROLES,
  RHYTHM_ROLES,
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
          { element: <RoleGate allow={EVENT_ROLES} />, children: [{ path: paths.events, element: <EventListPage /> }] },
          {
            element: <RoleGate allow={PARTNER_DIRECTORY_ROLES} />,
            children: [{ path: paths.partners, element: <PartnerListPage /> }],
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
          { path: "*", element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

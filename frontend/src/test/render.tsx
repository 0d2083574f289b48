import type { MockLink } from "@apollo/client/testing";
import { MockedProvider } from "@apollo/client/testing/react";
import { render, type RenderResult } from "@testing-library/react";
import type { User, UserManager } from "oidc-client-ts";
import type { ReactElement } from "react";
import { createMemoryRouter, RouterProvider, type RouteObject } from "react-router";
import { vi } from "vitest";

import { BaseProviders } from "../app/AppProviders";
import { createI18n } from "../i18n/i18n";
import { createCache } from "../lib/apollo";
import { AuthProvider } from "../lib/auth/AuthContext";
import { AuthSession } from "../lib/auth/session";
import { type Viewer, ViewerContext } from "../lib/viewer";

import { type Role, viewer as viewerFixture } from "./fixtures";

/** A UserManager that never leaves the page: sign-in and sign-out are recorded, not performed. */
export function fakeUserManager(user: Partial<User> | null = { access_token: "token", expired: false }) {
  const events = {
    addUserLoaded: vi.fn(),
    removeUserLoaded: vi.fn(),
    addUserUnloaded: vi.fn(),
    removeUserUnloaded: vi.fn(),
    addSilentRenewError: vi.fn(),
    removeSilentRenewError: vi.fn(),
  };
  const manager = {
    events,
    getUser: vi.fn(() => Promise.resolve(user)),
    signinRedirect: vi.fn(() => Promise.resolve()),
    signoutRedirect: vi.fn(() => Promise.resolve()),
    signinRedirectCallback: vi.fn(() => Promise.resolve({ state: { returnTo: "/projets" } })),
  };
  return manager as typeof manager & UserManager;
}

interface Options {
  /** Where the router starts, e.g. "/projets?region=normandie". */
  route?: string;
  /** Route pattern the element is mounted at, e.g. "/projets/:projectId". */
  path?: string;
  mocks?: ReadonlyArray<MockLink.MockedResponse>;
  /** Extra routes (to land on after a redirect, for instance). */
  routes?: RouteObject[];
  manager?: ReturnType<typeof fakeUserManager>;
  /** The signed-in viewer the shell provides (`useViewer`): a role of the demo (its capabilities as the
   * API answers them, `test/fixtures.ts`), or a viewer as wanted. An adviser of Normandie by default. */
  viewer?: Role | Viewer;
}

export interface Rendered extends RenderResult {
  router: ReturnType<typeof createMemoryRouter>;
  manager: ReturnType<typeof fakeUserManager>;
  session: AuthSession;
}

/** Renders `ui` with everything the app provides: theme, French, Apollo (mocked), auth, router. */
export function renderWithProviders(ui: ReactElement, options: Options = {}): Rendered {
  const { route = "/", path = "/", mocks = [], routes = [], viewer = "ADVISER" } = options;
  const manager = options.manager ?? fakeUserManager();
  const session = new AuthSession(manager);
  const router = createMemoryRouter([{ path, element: ui }, ...routes], { initialEntries: [route] });
  const result = render(
    <BaseProviders i18n={createI18n()} env="test">
      <AuthProvider session={session}>
        <MockedProvider mocks={mocks} cache={createCache()} mockLinkDefaultOptions={{ delay: 0 }}>
          <ViewerContext value={typeof viewer === "string" ? (viewerFixture(viewer) as Viewer) : viewer}>
            <RouterProvider router={router} />
          </ViewerContext>
        </MockedProvider>
      </AuthProvider>
    </BaseProviders>,
  );
  return { ...result, router, manager, session };
}

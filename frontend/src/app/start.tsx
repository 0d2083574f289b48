import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createBrowserRouter } from "react-router";
import { RouterProvider } from "react-router/dom";

import { createI18n } from "../i18n/i18n";
import { createApolloClient } from "../lib/apollo";
import { currentPath } from "../lib/auth/AuthContext";
import { AuthSession } from "../lib/auth/session";
import { createUserManager } from "../lib/auth/userManager";
import { loadRuntimeConfig, type RuntimeConfig } from "../lib/config";

import { AppProviders, BaseProviders } from "./AppProviders";
import { appRoutes } from "./router";
import { StartupError } from "./StartupError";

/** Reads and validates the runtime configuration, then mounts the app (or a clear error). */
export async function start(container: HTMLElement): Promise<void> {
  const i18n = createI18n();
  const root = createRoot(container);
  let config: RuntimeConfig;
  try {
    config = await loadRuntimeConfig();
  } catch (error) {
    console.error(error);
    root.render(
      <BaseProviders i18n={i18n}>
        <StartupError />
      </BaseProviders>,
    );
    return;
  }

  const session = new AuthSession(createUserManager(config, window.location.origin, window.sessionStorage));
  const client = createApolloClient({
    graphqlUrl: config.graphqlUrl,
    accessToken: () => session.accessToken(),
    onUnauthenticated: () => session.signInAfterRejection(currentPath()),
  });
  const router = createBrowserRouter(appRoutes);

  root.render(
    <StrictMode>
      <AppProviders i18n={i18n} session={session} client={client}>
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>,
  );
}

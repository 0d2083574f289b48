import { InMemoryWebStorage, UserManager, WebStorageStateStore } from "oidc-client-ts";

import type { RuntimeConfig } from "../config";
import { paths } from "../routes";

export const OIDC_SCOPE = "openid profile email offline_access";

/** Authorization code + PKCE against the configured issuer (embedded, Keycloak, ProConnect…).
 *
 * Tokens live in memory only: a script injected later cannot read them from storage, and a reload
 * signs in again (silently, through the issuer's session cookie). Only the short-lived sign-in
 * state (PKCE verifier, target page) goes to sessionStorage, because it must survive the full-page
 * redirect to the issuer and back. */
export function createUserManager(config: RuntimeConfig, origin: string, stateStorage: Storage): UserManager {
  return new UserManager({
    authority: config.oidcAuthority,
    client_id: config.oidcClientId,
    redirect_uri: `${origin}${paths.signInCallback}`,
    post_logout_redirect_uri: `${origin}${paths.signedOut}`,
    response_type: "code",
    scope: OIDC_SCOPE,
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    stateStore: new WebStorageStateStore({ store: stateStorage }),
    // Renews with the refresh token (offline_access) shortly before the access token expires.
    automaticSilentRenew: true,
    // The ID token carries name and e-mail; `viewer` gives the rest.
    loadUserInfo: false,
    monitorSession: false,
  });
}

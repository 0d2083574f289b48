import type { User, UserManager } from "oidc-client-ts";
import { z } from "zod";

import { defaultLandingPath, isInternalPath } from "../routes";

const signInState = z.object({ returnTo: z.string().refine(isInternalPath) });

const REJECTED_AT_KEY = "filiere.tokenRejectedAt";
/** A token refused again this soon after a fresh sign-in means the API refuses this issuer's tokens
 * (wrong audience, clock skew…): redirecting again would loop. */
const REJECTION_LOOP_MS = 60_000;

/** The one place that starts and finishes OIDC redirects. Several parts of the app may ask for a
 * sign-in at once (a route guard, a 401 from the API): only the first redirect is sent. */
export class AuthSession {
  private redirecting = false;
  private callbacks = new Map<string, Promise<string>>();

  readonly manager: UserManager;
  private readonly guardStorage: Storage;

  constructor(manager: UserManager, guardStorage: Storage = window.sessionStorage) {
    this.manager = manager;
    this.guardStorage = guardStorage;
  }

  async currentUser(): Promise<User | null> {
    const user = await this.manager.getUser();
    return user && !user.expired ? user : null;
  }

  async accessToken(): Promise<string | null> {
    return (await this.currentUser())?.access_token ?? null;
  }

  /** Full-page redirect to the issuer; `returnTo` is where the user lands afterwards. */
  async signIn(returnTo: string): Promise<void> {
    if (this.redirecting) return;
    this.redirecting = true;
    try {
      await this.manager.signinRedirect({
        state: { returnTo: isInternalPath(returnTo) ? returnTo : defaultLandingPath },
      });
    } catch (error) {
      this.redirecting = false;
      throw error;
    }
  }

  /** The API refused the token (HTTP 401): sign in again, unless that already happened a moment ago.
   * Answers whether a redirect was started; if not, the page shows the error and a sign-in button. */
  signInAfterRejection(returnTo: string, now: number = Date.now()): boolean {
    const last = Number(this.guardStorage.getItem(REJECTED_AT_KEY) ?? 0);
    if (now - last < REJECTION_LOOP_MS) return false;
    this.guardStorage.setItem(REJECTED_AT_KEY, String(now));
    void this.signIn(returnTo);
    return true;
  }

  /** Finishes the redirect on /connexion/retour and answers the path to go to. Idempotent per URL,
   * because React may run the effect that calls it twice and the state can only be used once. */
  completeSignIn(url: string): Promise<string> {
    let pending = this.callbacks.get(url);
    if (!pending) {
      pending = this.manager.signinRedirectCallback(url).then((user) => {
        const state = signInState.safeParse(user.state);
        return state.success ? state.data.returnTo : defaultLandingPath;
      });
      this.callbacks.set(url, pending);
    }
    return pending;
  }

  /** Ends the session at the issuer too (id_token_hint), which then sends the browser to /au-revoir.
   *
   * `client_id` goes along with the hint (RP-Initiated Logout §2 allows both): an issuer that cannot
   * tell the client from the ID token's `aud` (a list, for Authlib) would not redirect back otherwise.
   * oidc-client-ts only adds it itself when there is no hint. */
  async signOut(): Promise<void> {
    this.redirecting = true;
    try {
      const user = await this.manager.getUser();
      await this.manager.signoutRedirect(
        user?.id_token ? { extraQueryParams: { client_id: this.manager.settings.client_id } } : undefined,
      );
    } catch (error) {
      this.redirecting = false;
      throw error;
    }
  }
}

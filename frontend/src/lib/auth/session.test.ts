import type { UserManager } from "oidc-client-ts";
import { describe, expect, it, vi } from "vitest";

import { fakeUserManager } from "../../test/render";

import { AuthSession } from "./session";

describe("AuthSession", () => {
  it("remembers the page asked for and sends one redirect only", async () => {
    const manager = fakeUserManager(null);
    const session = new AuthSession(manager);
    await Promise.all([session.signIn("/projets?region=normandie"), session.signIn("/evenements")]);
    expect(manager.signinRedirect).toHaveBeenCalledTimes(1);
    expect(manager.signinRedirect).toHaveBeenCalledWith({ state: { returnTo: "/projets?region=normandie" } });
  });

  it("never sends the user to another site after sign-in", async () => {
    const manager = fakeUserManager(null);
    manager.signinRedirectCallback.mockResolvedValue({ state: { returnTo: "//evil.example/" } });
    const session = new AuthSession(manager);
    await expect(session.completeSignIn("http://app/connexion/retour?code=1&state=2")).resolves.toBe("/");

    const other = new AuthSession(fakeUserManager(null));
    await other.signIn("https://evil.example/");
    expect(vi.mocked(other.manager.signinRedirect)).toHaveBeenCalledWith({ state: { returnTo: "/" } });
  });

  it("finishes a callback once even if asked twice (React strict mode)", async () => {
    const manager = fakeUserManager(null);
    manager.signinRedirectCallback.mockResolvedValue({ state: { returnTo: "/projets/UHJv" } });
    const session = new AuthSession(manager);
    const url = "http://app/connexion/retour?code=1&state=2";
    const [first, second] = await Promise.all([session.completeSignIn(url), session.completeSignIn(url)]);
    expect(first).toBe("/projets/UHJv");
    expect(second).toBe("/projets/UHJv");
    expect(manager.signinRedirectCallback).toHaveBeenCalledTimes(1);
  });

  it("hands out no access token once it has expired", async () => {
    const expired = new AuthSession(fakeUserManager({ access_token: "old", expired: true }));
    await expect(expired.accessToken()).resolves.toBeNull();
    const valid = new AuthSession(fakeUserManager({ access_token: "fresh", expired: false }));
    await expect(valid.accessToken()).resolves.toBe("fresh");
  });

  it("keeps tokens in memory and only the sign-in state in sessionStorage", async () => {
    const { createUserManager } = await import("./userManager");
    const manager: UserManager = createUserManager(
      { oidcAuthority: "http://127.0.0.1:8000", oidcClientId: "filiere-spa", graphqlUrl: "/graphql" },
      "http://127.0.0.1:8000",
      window.sessionStorage,
    );
    expect(manager.settings.redirect_uri).toBe("http://127.0.0.1:8000/connexion/retour");
    expect(manager.settings.post_logout_redirect_uri).toBe("http://127.0.0.1:8000/au-revoir");
    expect(manager.settings.scope).toBe("openid profile email offline_access");
    expect(manager.settings.response_type).toBe("code");
    expect(manager.settings.automaticSilentRenew).toBe(true);
    await manager.storeUser(null);
    window.sessionStorage.clear();
    window.localStorage.clear();
    const { User } = await import("oidc-client-ts");
    await manager.storeUser(
      new User({
        access_token: "secret-token",
        token_type: "Bearer",
        profile: { sub: "1", iss: "x", aud: "y", exp: 0, iat: 0 },
      }),
    );
    expect(JSON.stringify({ ...window.sessionStorage })).not.toContain("secret-token");
    expect(JSON.stringify({ ...window.localStorage })).not.toContain("secret-token");
    expect((await manager.getUser())?.access_token).toBe("secret-token");
  });
});

describe("sign-in after the API refused the token", () => {
  it("redirects once, then not again within a minute (no redirect loop)", () => {
    const manager = fakeUserManager();
    const storage = window.sessionStorage;
    storage.clear();
    const session = new AuthSession(manager, storage);
    expect(session.signInAfterRejection("/projets", 1_000_000)).toBe(true);
    expect(new AuthSession(manager, storage).signInAfterRejection("/projets", 1_030_000)).toBe(false);
    expect(new AuthSession(manager, storage).signInAfterRejection("/projets", 1_070_000)).toBe(true);
    expect(manager.signinRedirect).toHaveBeenCalledTimes(2);
  });
});

import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { SignedOutPage } from "../features/session/SignedOutPage";
import { SignInCallbackPage } from "../features/session/SignInCallbackPage";
import { fakeUserManager, renderWithProviders } from "../test/render";

import { RequireAuth } from "./RequireAuth";

describe("sign-in flow", () => {
  it("sends a visitor without a session to the issuer, remembering the page", async () => {
    const manager = fakeUserManager(null);
    renderWithProviders(<RequireAuth />, { route: "/projets?region=normandie", path: "/projets", manager });
    await waitFor(() =>
      expect(manager.signinRedirect).toHaveBeenCalledWith({ state: { returnTo: "/projets?region=normandie" } }),
    );
    expect(screen.getByText("Connexion en cours…")).toBeInTheDocument();
  });

  it("does not redirect a signed-in user", async () => {
    const manager = fakeUserManager();
    renderWithProviders(<RequireAuth />, {
      route: "/projets",
      path: "/projets",
      manager,
    });
    await waitFor(() => expect(manager.getUser).toHaveBeenCalled());
    expect(manager.signinRedirect).not.toHaveBeenCalled();
  });

  it("lands on the remembered page after /connexion/retour", async () => {
    const manager = fakeUserManager(null);
    manager.signinRedirectCallback.mockResolvedValue({ state: { returnTo: "/evenements" } });
    const { router } = renderWithProviders(<SignInCallbackPage />, {
      route: "/connexion/retour?code=abc&state=xyz",
      path: "/connexion/retour",
      manager,
      routes: [{ path: "/evenements", element: <p>arrivé</p> }],
    });
    await waitFor(() => expect(router.state.location.pathname).toBe("/evenements"));
  });

  it("explains a failed callback and offers to sign in again", async () => {
    const manager = fakeUserManager(null);
    manager.signinRedirectCallback.mockRejectedValue(new Error("No matching state found in storage"));
    renderWithProviders(<SignInCallbackPage />, {
      route: "/connexion/retour?code=abc&state=old",
      path: "/connexion/retour",
      manager,
    });
    expect(await screen.findByText("La connexion n'a pas abouti.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Se reconnecter" })).toBeInTheDocument();
  });

  it("says goodbye on /au-revoir and signs in again on demand", async () => {
    const manager = fakeUserManager(null);
    renderWithProviders(<SignedOutPage />, { route: "/au-revoir", path: "/au-revoir", manager });
    expect(screen.getByRole("heading", { level: 1, name: "Vous êtes déconnecté" })).toBeInTheDocument();
    screen.getByRole("button", { name: "Se reconnecter" }).click();
    await waitFor(() => expect(manager.signinRedirect).toHaveBeenCalledWith({ state: { returnTo: "/" } }));
  });
});

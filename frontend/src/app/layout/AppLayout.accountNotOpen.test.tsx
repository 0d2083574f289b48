import { ServerError } from "@apollo/client";
import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { fakeUserManager, renderWithProviders } from "../../test/render";

import { AppLayout, AppShellQuery } from "./AppLayout";

const body = JSON.stringify({
  errors: [
    {
      message: "Votre compte Filière n'est pas encore ouvert : demandez-le à votre responsable régional.",
      extensions: { code: "ACCOUNT_NOT_OPEN" },
    },
  ],
});

describe("application shell of a person without a Filière account", () => {
  it("shows « Votre compte Filière n'est pas encore ouvert » instead of the application, without signing in again", async () => {
    const error = new ServerError("refused", { response: new Response(body, { status: 403 }), bodyText: body });
    const manager = fakeUserManager({
      access_token: "token",
      expired: false,
      profile: { sub: "pc-1", iss: "https://proconnect", aud: "filiere", exp: 0, iat: 0, email: "camille.roux@cci.fr" },
    });
    renderWithProviders(<AppLayout />, { manager, mocks: [{ request: { query: AppShellQuery }, error }] });
    expect(
      await screen.findByRole("heading", { level: 1, name: "Votre compte Filière n'est pas encore ouvert" }),
    ).toBeInTheDocument();
    expect(screen.queryByRole("navigation")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Se déconnecter" })).toBeInTheDocument();
    expect(await screen.findByText("Vous êtes connecté avec l'adresse camille.roux@cci.fr.")).toBeInTheDocument();
    expect(manager.signinRedirect).not.toHaveBeenCalled();
  });
});

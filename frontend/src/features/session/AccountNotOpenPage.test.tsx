import { ServerError } from "@apollo/client";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { describe, expect, it } from "vitest";

import { fakeUserManager, renderWithProviders } from "../../test/render";

import { isAccountNotOpen } from "./accountNotOpen";
import { AccountNotOpenPage } from "./AccountNotOpenPage";

const NOT_OPEN_BODY = JSON.stringify({
  errors: [
    {
      message: "Votre compte Filière n'est pas encore ouvert : demandez-le à votre responsable régional.",
      extensions: { code: "ACCOUNT_NOT_OPEN" },
    },
  ],
});

function refused(status: number, body: string): ServerError {
  return new ServerError("refused", { response: new Response(body, { status }), bodyText: body });
}

describe("account not open", () => {
  it("tells a person ProConnect signed in, without a Filière account, whom to ask, and lets them sign out", async () => {
    const manager = fakeUserManager({
      access_token: "token",
      expired: false,
      profile: { sub: "pc-1", iss: "https://proconnect", aud: "filiere", exp: 0, iat: 0, email: "camille.roux@cci.fr" },
    });
    const { container } = renderWithProviders(<AccountNotOpenPage />, { manager });
    expect(
      screen.getByRole("heading", { level: 1, name: "Votre compte Filière n'est pas encore ouvert" }),
    ).toBeInTheDocument();
    expect(
      screen.getByText("Votre compte Filière n'est pas encore ouvert : demandez-le à votre responsable régional."),
    ).toBeInTheDocument();
    expect(await screen.findByText("Vous êtes connecté avec l'adresse camille.roux@cci.fr.")).toBeInTheDocument();
    expect((await axe.run(container)).violations).toEqual([]);

    await userEvent.click(screen.getByRole("button", { name: "Se déconnecter" }));
    expect(manager.signoutRedirect).toHaveBeenCalled();
    expect(manager.signinRedirect).not.toHaveBeenCalled();
  });

  it("tells ACCOUNT_NOT_OPEN from the API's other refusals", () => {
    expect(isAccountNotOpen(refused(403, NOT_OPEN_BODY))).toBe(true);
    expect(isAccountNotOpen(refused(401, NOT_OPEN_BODY))).toBe(false);
    expect(isAccountNotOpen(refused(403, "<html>Forbidden</html>"))).toBe(false);
    expect(isAccountNotOpen(new Error("network"))).toBe(false);
  });
});

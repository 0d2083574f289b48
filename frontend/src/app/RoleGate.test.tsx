import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { renderWithProviders } from "../test/render";

import { RoleGate } from "./RoleGate";
import { ViewerContext } from "./viewer";

describe("RoleGate", () => {
  it("politely refuses a page to a role that has no use for it", () => {
    renderWithProviders(
      <ViewerContext.Provider value={{ role: "PARTNER" }}>
        <RoleGate allow={["ADVISER", "NATIONAL"]} />
      </ViewerContext.Provider>,
      { route: "/rythme", path: "/rythme" },
    );
    expect(screen.getByRole("heading", { level: 1, name: "Accès réservé" })).toBeInTheDocument();
    expect(screen.getByText(/Votre rôle \(Partenaire\) n'y donne pas accès/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Revenir à l'accueil" })).toHaveAttribute("href", "/");
  });
});

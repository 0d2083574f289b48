import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import type { Role } from "../test/fixtures";
import { renderWithProviders } from "../test/render";

import { HomeRoute } from "./HomeRoute";

function renderHome(role: Role) {
  return renderWithProviders(<HomeRoute />, {
    viewer: role,
    routes: [{ path: "/projets", element: <h1>Projets partagés</h1> }],
  });
}

describe("HomeRoute", () => {
  it("opens the staff's dashboard", async () => {
    for (const role of ["ADVISER", "REGIONAL_ADMIN", "NATIONAL"] as const) {
      const { unmount } = renderHome(role);
      expect(await screen.findByRole("heading", { level: 1, name: "Mon tableau de bord" })).toBeInTheDocument();
      unmount();
    }
  });

  it("sends partners to their shared projects, and tells the others what awaits them", async () => {
    const partner = renderHome("PARTNER");
    expect(await screen.findByRole("heading", { level: 1, name: "Projets partagés" })).toBeInTheDocument();
    expect(partner.router.state.location.pathname).toBe("/projets");
    partner.unmount();

    renderHome("JUROR");
    expect(screen.getByRole("heading", { level: 1, name: "Bienvenue sur Filière" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Ouvrir mes jurys" })).toBeInTheDocument();
  });

  it("keeps coaches, experts and students on their home page, which lists their projects", () => {
    for (const role of ["COACH", "EXPERT", "STUDENT"] as const) {
      const { router, unmount } = renderHome(role);
      expect(screen.getByRole("heading", { level: 1, name: "Bienvenue sur Filière" })).toBeInTheDocument();
      expect(screen.getByRole("region", { name: "Mes projets" })).toBeInTheDocument();
      expect(router.state.location.pathname).toBe("/");
      unmount();
    }
  });
});

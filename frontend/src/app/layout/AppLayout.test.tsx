import type { MockLink } from "@apollo/client/testing";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { afterEach, describe, expect, it, vi } from "vitest";

import { InboxUnreadCountQuery } from "../../features/inbox/InboxButton";
import type { Viewer } from "../../lib/viewer";
import { capabilities, viewer } from "../../test/fixtures";
import { renderWithProviders } from "../../test/render";

import { AppLayout, AppShellQuery } from "./AppLayout";
import { navigationFor } from "./navigation";

type Role = Parameters<typeof viewer>[0];

function renderShell(role: Role, overrides: Record<string, unknown> = {}) {
  const mocks: MockLink.MockedResponse[] = [
    { request: { query: AppShellQuery }, result: { data: { viewer: viewer(role, overrides) } } },
    { request: { query: InboxUnreadCountQuery }, result: { data: { inboxUnreadCount: 2 } } },
  ];
  return renderWithProviders(<AppLayout />, { route: "/", path: "/", mocks });
}

async function navigationLinks() {
  const nav = await screen.findByRole("navigation", { name: "Navigation principale" });
  return within(nav)
    .getAllByRole("link")
    .map((link) => link.textContent);
}

describe("application shell", () => {
  it("shows advisers their name, role and region, their dashboard first, « Mes jalons » right after projects", async () => {
    renderShell("ADVISER");
    expect(await screen.findByText("Camille Lemoine")).toBeInTheDocument();
    expect(screen.getByText("Conseiller CCI · Normandie")).toBeInTheDocument();
    expect(await navigationLinks()).toEqual([
      "Tableau de bord",
      "Projets",
      "Mes jalons",
      "Candidatures",
      "Cohortes",
      "Rythme",
      "Méthode",
      "Événements",
      "Partenaires",
      "Fournisseurs",
      "Demandes de sourcing",
      "Dispositifs de financement",
    ]);
    expect(screen.getByRole("link", { name: "Aller au contenu" })).toHaveAttribute("href", "#contenu");
    expect(screen.getByRole("main")).toHaveAttribute("id", "contenu");
  });

  it("gives regional admins the audit trail, and the staff their notifications with the unread count", async () => {
    renderShell("REGIONAL_ADMIN");
    expect((await navigationLinks()).slice(-2)).toEqual(["Utilisateurs", "Journal d'audit"]);
    expect(await screen.findByRole("link", { name: "Notifications 2 non lues" })).toHaveAttribute(
      "href",
      "/notifications",
    );
  });

  it("shows partners their organisation, the shared projects and their notifications", async () => {
    renderShell("PARTNER", { displayName: "Karim Benali" });
    expect(await screen.findByText("Partenaire · Bpifrance")).toBeInTheDocument();
    expect(await navigationLinks()).toEqual([
      "Projets partagés",
      "Événements",
      "Partenaires",
      "Dispositifs de financement",
    ]);
    expect(await screen.findByRole("link", { name: /Notifications/ })).toHaveAttribute("href", "/notifications");
  });

  it("gives CCI France its dashboard and the regional sections but « Mes jalons »", async () => {
    renderShell("NATIONAL");
    expect(await navigationLinks()).toEqual([
      "Tableau de bord",
      "Projets",
      "Cohortes",
      "Rythme",
      "Méthode",
      "Événements",
      "Partenaires",
      "Fournisseurs",
      "Demandes de sourcing",
      "Dispositifs de financement",
      "Journal d'audit",
    ]);
    expect(screen.getByText("CCI France")).toBeInTheDocument();
  });

  it("gives the jury its juries only", async () => {
    renderShell("JUROR");
    expect(await navigationLinks()).toEqual(["Mes jurys"]);
  });

  it("gives the operators the partner organisations and the accounts they manage", async () => {
    renderShell("PLATFORM_ADMIN");
    expect(await navigationLinks()).toEqual(["Organisations", "Utilisateurs"]);
  });

  it("signs out through the issuer", async () => {
    const user = userEvent.setup();
    const { manager } = renderShell("ADVISER");
    await user.click(await screen.findByRole("button", { name: "Se déconnecter" }));
    expect(manager.signoutRedirect).toHaveBeenCalledTimes(1);
  });

  describe("on a phone (390 px)", () => {
    const matchMedia = window.matchMedia;
    afterEach(() => {
      window.matchMedia = matchMedia;
    });

    it("puts who is signed in and « Se déconnecter » in a menu behind a named button", async () => {
      const user = userEvent.setup();
      const narrow = vi.fn((query: string) => ({ ...matchMedia(query), matches: query.includes("max-width") }));
      window.matchMedia = narrow;
      const { manager } = renderShell("ADVISER");
      const account = await screen.findByRole("button", { name: "Mon compte" });
      // The initials, drawn by CSS: the name « Mon compte » holds all of the button's text (WCAG 2.5.3).
      expect(account.querySelector("[data-initials]")).toHaveAttribute("data-initials", "CL");
      expect(account.textContent).toBe("");
      expect(screen.queryByRole("button", { name: "Se déconnecter" })).not.toBeInTheDocument();
      await user.click(account);
      const menu = await screen.findByRole("menu");
      expect(menu).toHaveTextContent("Camille Lemoine — Conseiller CCI · Normandie");
      const results = await axe.run(menu, { rules: { "color-contrast": { enabled: false } } });
      expect(results.violations.map((violation) => violation.id)).toEqual([]);
      await user.click(within(menu).getByRole("menuitem", { name: "Se déconnecter" }));
      expect(manager.signoutRedirect).toHaveBeenCalledTimes(1);
    });
  });

  it("covers every role of the schema", () => {
    for (const role of ["ADVISER", "REGIONAL_ADMIN", "NATIONAL", "PARTNER", "JUROR", "PLATFORM_ADMIN"] as const) {
      const answer = capabilities(role) as unknown as Viewer["capabilities"];
      expect(navigationFor({ capabilities: answer }).length).toBeGreaterThan(0);
    }
  });

  it("reads the capabilities, not the role: a section the API opens is listed, one it closes is not", async () => {
    const adviserAnswer = capabilities("ADVISER").filter((capability) => capability.action !== "SEARCH_SUPPLIERS");
    renderShell("ADVISER", {
      capabilities: [...adviserAnswer, ...capabilities("REGIONAL_ADMIN").filter((c) => c.action === "VIEW_AUDIT")],
    });
    const links = await navigationLinks();
    expect(links).toContain("Journal d'audit");
    expect(links).not.toContain("Fournisseurs");
  });

  it("names the projects « Projets partagés » for who reads them through shares only", () => {
    const answer = capabilities("PARTNER") as unknown as Viewer["capabilities"];
    expect(navigationFor({ capabilities: answer })[0]).toEqual({ to: "/projets", label: "nav.sharedProjects" });
    const staff = capabilities("NATIONAL") as unknown as Viewer["capabilities"];
    expect(navigationFor({ capabilities: staff }).slice(0, 2)).toEqual([
      { to: "/", label: "nav.dashboard" },
      { to: "/projets", label: "nav.projects" },
    ]);
  });
});

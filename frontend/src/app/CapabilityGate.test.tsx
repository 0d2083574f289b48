import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import type { Viewer } from "../lib/viewer";
import { capabilities, type Role, viewer } from "../test/fixtures";
import { renderWithProviders } from "../test/render";

import { SECTIONS } from "./access";
import { CapabilityGate } from "./CapabilityGate";
import { navigationFor } from "./layout/navigation";

const asCapabilities = (role: Role) => capabilities(role) as unknown as Viewer["capabilities"];

function renderGate(section: Parameters<typeof CapabilityGate>[0]["section"], who: Role | Viewer) {
  return renderWithProviders(<CapabilityGate section={section} />, {
    route: "/journal-audit",
    path: "/journal-audit",
    viewer: who,
  });
}

describe("CapabilityGate", () => {
  it("politely refuses a section the API gives the viewer no capability for", () => {
    renderGate("audit", "PARTNER");
    expect(screen.getByRole("heading", { level: 1, name: "Accès réservé" })).toBeInTheDocument();
    expect(screen.getByText(/Votre rôle \(Partenaire\) n'y donne pas accès/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Revenir à l'accueil" })).toHaveAttribute("href", "/");
  });

  it("opens the section to whoever the API lets take its action, whatever the role", () => {
    // A role the SPA never heard of for the journal: the capability decides, not the role.
    renderGate("audit", {
      ...(viewer("ADVISER") as unknown as Viewer),
      capabilities: asCapabilities("REGIONAL_ADMIN"),
    });
    expect(screen.queryByRole("heading", { name: "Accès réservé" })).not.toBeInTheDocument();
  });
});

describe("sections", () => {
  const sections = (role: Role) =>
    Object.entries(SECTIONS)
      .filter(([, open]) => open({ capabilities: asCapabilities(role) }))
      .map(([section]) => section);

  it("opens to each role of the demo the sections whose data the API gives it", () => {
    expect(sections("ADVISER")).toEqual([
      "dashboard",
      "projects",
      "project",
      "myMilestones",
      "candidates",
      "cohorts",
      "rhythm",
      "method",
      "events",
      "partners",
      "suppliers",
      "sourcingRequests",
      "financingSchemes",
      "notifications",
    ]);
    expect(sections("REGIONAL_ADMIN")).toEqual([
      ...sections("ADVISER").slice(0, -1),
      "users",
      "audit",
      "notifications",
    ]);
    expect(sections("NATIONAL")).toEqual([
      "dashboard",
      "projects",
      "project",
      "cohorts",
      "rhythm",
      "method",
      "events",
      "partners",
      "suppliers",
      "sourcingRequests",
      "financingSchemes",
      "audit",
      "notifications",
    ]);
    expect(sections("PARTNER")).toEqual([
      "projects",
      "project",
      "events",
      "partners",
      "financingSchemes",
      "notifications",
    ]);
    expect(sections("JUROR")).toEqual(["jury", "notifications"]);
    expect(sections("PLATFORM_ADMIN")).toEqual(["organisations", "users", "notifications"]);
    // Coaches, experts and students: the pages of their projects, listed on their home page, and their inbox;
    // coaches also the catalogue of financing schemes, to find their projects' financing.
    expect(sections("COACH")).toEqual(["project", "myAttachedProjects", "financingSchemes", "notifications"]);
    for (const role of ["EXPERT", "STUDENT"] as const) {
      expect(sections(role)).toEqual(["project", "myAttachedProjects", "notifications"]);
    }
  });

  it("lists « Mes projets » (their home page) to those attached to projects, and not the projects' list", () => {
    for (const role of ["EXPERT", "STUDENT"] as const) {
      expect(navigationFor({ capabilities: asCapabilities(role) })).toEqual([
        { to: "/", label: "nav.myAttachedProjects" },
      ]);
    }
    expect(navigationFor({ capabilities: asCapabilities("COACH") })).toEqual([
      { to: "/", label: "nav.myAttachedProjects" },
      { to: "/dispositifs-de-financement", label: "nav.financingSchemes" },
    ]);
  });

  it("lists and opens « Utilisateurs » to whoever has MANAGE_USER, whatever the role, and to nobody else", () => {
    const labels = (answer: Viewer["capabilities"]) =>
      navigationFor({ capabilities: answer }).map((item) => item.label);
    expect(labels(asCapabilities("PLATFORM_ADMIN"))).toContain("nav.users");
    expect(labels(asCapabilities("REGIONAL_ADMIN"))).toContain("nav.users");
    for (const role of ["ADVISER", "NATIONAL", "PARTNER", "JUROR"] as const) {
      expect(labels(asCapabilities(role))).not.toContain("nav.users");
      expect(SECTIONS.users({ capabilities: asCapabilities(role) })).toBe(false);
    }
    const manage = asCapabilities("REGIONAL_ADMIN").filter((capability) => capability.action === "MANAGE_USER");
    expect(labels([...asCapabilities("ADVISER"), ...manage])).toContain("nav.users");
    renderGate("users", "ADVISER");
    expect(screen.getByRole("heading", { level: 1, name: "Accès réservé" })).toBeInTheDocument();
  });
});

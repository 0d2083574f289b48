import type { MockLink } from "@apollo/client/testing";
import { screen, within } from "@testing-library/react";
import axe from "axe-core";
import { describe, expect, it } from "vitest";

import { regionNormandie, type Role } from "../../test/fixtures";
import { renderWithProviders } from "../../test/render";

import { ATTACHED_PROJECTS_READ, AttachedProjectsQuery, HomePage } from "./HomePage";

const MIJUIN = {
  __typename: "Project",
  id: "UHJvamVjdDpub3JtYW5kaWU6MQ",
  name: "Fabrication de marques complémentaires en lin",
  status: "FOLLOW_UP",
  company: { __typename: "Company", id: "Q29tcGFueTox", name: "MIJUIN" },
  region: { __typename: "Region", id: regionNormandie.id, name: "Normandie" },
};

function projectsMock(nodes: object[]): MockLink.MockedResponse {
  return {
    request: { query: AttachedProjectsQuery, variables: { first: ATTACHED_PROJECTS_READ } },
    result: {
      data: {
        projects: {
          __typename: "ProjectConnection",
          totalCount: nodes.length,
          edges: nodes.map((node) => ({ __typename: "ProjectEdge", node })),
        },
      },
    },
  };
}

function renderHome(role: Role, mocks: MockLink.MockedResponse[] = []) {
  return renderWithProviders(<HomePage />, { mocks, viewer: role });
}

describe("HomePage", () => {
  it.each([
    ["COACH", "Vous accompagnez ces projets en tant que coach."],
    ["EXPERT", "Vous accompagnez ces projets en tant qu'expert."],
    ["STUDENT", "Votre équipe mène l'étude de marché de ce projet"],
  ] as const)("greets a %s by their role and lists the projects they are attached to", async (role, greeting) => {
    const { container } = renderHome(role, [projectsMock([MIJUIN])]);
    expect(screen.getByText(new RegExp(greeting.replace(/[.()]/g, "\\$&")))).toBeInTheDocument();
    const mine = screen.getByRole("region", { name: "Mes projets" });
    const link = await within(mine).findByRole("link", { name: "Fabrication de marques complémentaires en lin" });
    expect(link).toHaveAttribute("href", `/projets/${MIJUIN.id}`);
    expect(within(mine).getByText("Suivi")).toBeInTheDocument();
    expect(within(mine).getByText("MIJUIN · Normandie")).toBeInTheDocument();
    const results = await axe.run(container, { rules: { "color-contrast": { enabled: false } } });
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });

  it("says so when no project is open to them yet", async () => {
    renderHome("EXPERT", [projectsMock([])]);
    expect(await screen.findByText(/Aucun projet ne vous est ouvert pour le moment/)).toBeInTheDocument();
  });

  it("lists no projects to the roles that have none (the jury)", () => {
    renderHome("JUROR");
    expect(screen.getByRole("link", { name: "Ouvrir mes jurys" })).toHaveAttribute("href", "/jury");
    expect(screen.queryByRole("region", { name: "Mes projets" })).not.toBeInTheDocument();
  });
});

import type { MockLink } from "@apollo/client/testing";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { regionNormandie } from "../../test/fixtures";
import { renderWithProviders } from "../../test/render";

import { AssignProjectAdviserMutation } from "./AssignAdviserModal";
import { adviser, pageData, pageProject } from "./projectFixtures";
import { AssignableAdvisersQuery, ProjectPage, ProjectPageQuery } from "./ProjectPage";

const ID = "UHJvamVjdDpub3JtYW5kaWU6OQ";
const LEA = adviser("VXNlcjoy", "Léa Dupuis");
const HUGO = adviser("VXNlcjo1", "Hugo Marchand");

function pageMock(overrides: Record<string, unknown>): MockLink.MockedResponse {
  return {
    request: { query: ProjectPageQuery, variables: { id: ID } },
    result: { data: pageData(pageProject({ id: ID, ...overrides })) },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

const advisersMock: MockLink.MockedResponse = {
  request: { query: AssignableAdvisersQuery, variables: { id: ID } },
  result: {
    data: {
      node: {
        __typename: "Project",
        id: ID,
        region: {
          ...regionNormandie,
          assignableAdvisers: {
            __typename: "UserConnection",
            edges: [LEA, HUGO].map((node) => ({ __typename: "UserEdge", node })),
          },
        },
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function assignMock(payloads: Record<string, unknown>[], inputs: unknown[]): MockLink.MockedResponse {
  return {
    request: { query: AssignProjectAdviserMutation, variables: () => true },
    result: (variables: Record<string, unknown>) => {
      inputs.push(variables["input"]);
      return { data: { assignProjectAdviser: payloads[inputs.length - 1] } };
    },
    maxUsageCount: payloads.length,
  };
}

function renderPage(mocks: MockLink.MockedResponse[], viewer: "ADVISER" | "REGIONAL_ADMIN" = "REGIONAL_ADMIN") {
  return renderWithProviders(<ProjectPage />, {
    route: `/projets/${ID}`,
    path: "/projets/:projectId",
    mocks,
    viewer,
  });
}

describe("the project's adviser", () => {
  it("assigns an adviser of the region from a dialog, sending the version read; a refusal lands on the field", async () => {
    const user = userEvent.setup();
    const inputs: unknown[] = [];
    const project = { adviser: null, viewerCanAssignAdviser: true, version: 7 };
    renderPage([
      pageMock(project),
      advisersMock,
      assignMock(
        [
          {
            __typename: "ProjectInvalid",
            field: "adviserId",
            message: "Pas de cette région.",
            code: "ADVISER_NOT_IN_REGION",
          },
          {
            __typename: "AssignProjectAdviserSuccess",
            project: pageProject({ id: ID, ...project, adviser: HUGO, version: 8 }),
          },
        ],
        inputs,
      ),
    ]);
    const details = await screen.findByRole("region", { name: "Projet" });
    expect(within(details).getByText("Non attribué")).toBeInTheDocument();
    await user.click(within(details).getByRole("button", { name: "Attribuer un conseiller" }));

    const dialog = await screen.findByRole("dialog", { name: "Attribuer le conseiller du projet" });
    expect(within(dialog).getByRole("button", { name: "Fermer" })).toBeInTheDocument();
    const field = await within(dialog).findByRole("combobox", { name: /Conseiller/ });
    expect(
      within(field)
        .getAllByRole("option")
        .map((option) => option.textContent),
    ).toEqual(["Choisir parmi les conseillers de la région", "Léa Dupuis", "Hugo Marchand"]);

    // Nothing chosen: said on the field, nothing sent.
    await user.click(within(dialog).getByRole("button", { name: "Attribuer le projet" }));
    expect(within(dialog).getByText("Choisissez le conseiller qui suivra le projet.")).toBeInTheDocument();
    expect(inputs).toEqual([]);

    await user.selectOptions(field, "Hugo Marchand");
    await user.click(within(dialog).getByRole("button", { name: "Attribuer le projet" }));
    expect(
      await within(dialog).findByText(
        "Cette personne n'est pas un conseiller actif de la région du projet : choisissez parmi les conseillers proposés.",
      ),
    ).toBeInTheDocument();
    expect(field).toHaveAttribute("aria-invalid", "true");

    await user.click(within(dialog).getByRole("button", { name: "Attribuer le projet" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(inputs).toEqual([
      { projectId: ID, adviserId: HUGO.id, expectedVersion: 7 },
      { projectId: ID, adviserId: HUGO.id, expectedVersion: 7 },
    ]);
    expect(within(details).getByText("Hugo Marchand")).toBeInTheDocument();
    expect(within(details).getByRole("button", { name: "Changer de conseiller" })).toHaveTextContent("Changer");
  });

  it("tells a conflict in the dialog, with a way to read the project again", async () => {
    const user = userEvent.setup();
    const inputs: unknown[] = [];
    renderPage([
      pageMock({ adviser: LEA, viewerCanAssignAdviser: true }),
      advisersMock,
      assignMock(
        [
          {
            __typename: "ProjectConflict",
            field: null,
            message: "Mathis Carpentier a modifié ce projet entre-temps.",
            code: "STALE_VERSION",
          },
        ],
        inputs,
      ),
    ]);
    await user.click(await screen.findByRole("button", { name: "Changer de conseiller" }));
    const dialog = await screen.findByRole("dialog", { name: "Changer le conseiller du projet" });
    const field = await within(dialog).findByRole("combobox", { name: /Conseiller/ });
    expect(field).toHaveValue(LEA.id);
    await user.selectOptions(field, "Hugo Marchand");
    await user.click(within(dialog).getByRole("button", { name: "Attribuer le projet" }));
    const alert = await within(dialog).findByRole("alert");
    expect(alert).toHaveTextContent("Ce projet a été modifié entre-temps");
    expect(alert).toHaveTextContent("Mathis Carpentier a modifié ce projet entre-temps.");
    expect(within(alert).getByRole("button", { name: "Recharger le projet" })).toBeInTheDocument();
  });

  it("offers no assignment when the API does not let the viewer assign", async () => {
    renderPage([pageMock({ adviser: null, viewerCanAssignAdviser: false })], "ADVISER");
    const details = await screen.findByRole("region", { name: "Projet" });
    expect(within(details).getByText("Non attribué")).toBeInTheDocument();
    expect(within(details).queryByRole("button", { name: /Attribuer/ })).not.toBeInTheDocument();
  });

  it("proposes the next steps of a selected project: its adviser (the same dialog) and its cohort", async () => {
    const user = userEvent.setup();
    renderPage([
      pageMock({ status: "SELECTED", adviser: null, cohort: null, viewerCanAssignAdviser: true, nextSteps: [] }),
      advisersMock,
    ]);
    const steps = await screen.findByRole("region", { name: "Prochaines étapes" });
    expect(within(steps).getByRole("link", { name: "Ouvrir les cohortes de la région" })).toHaveAttribute(
      "href",
      "/cohortes?region=normandie",
    );
    await user.click(within(steps).getByRole("button", { name: "Attribuer le conseiller" }));
    expect(await screen.findByRole("dialog", { name: "Attribuer le conseiller du projet" })).toBeInTheDocument();
  });

  it("proposes nothing once the selected project has its adviser and its cohort", async () => {
    renderPage([
      pageMock({
        status: "SELECTED",
        adviser: LEA,
        cohort: { __typename: "Cohort", id: "Q29ob3J0OjE", name: "Cohorte 2027" },
        viewerCanAssignAdviser: true,
      }),
    ]);
    await screen.findByRole("region", { name: "Projet" });
    expect(screen.queryByRole("region", { name: "Prochaines étapes" })).not.toBeInTheDocument();
  });
});

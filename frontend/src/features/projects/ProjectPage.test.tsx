import type { MockLink } from "@apollo/client/testing";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { project } from "../../test/fixtures";
import { renderWithProviders } from "../../test/render";

import { UpdateProjectMutation } from "./ProjectEditForm";
import { ProjectPage, ProjectPageQuery } from "./ProjectPage";

const ID = "UHJvamVjdDpub3JtYW5kaWU6Mg";

function pageMock(
  node: ReturnType<typeof project> | null,
  maxUsageCount = Number.POSITIVE_INFINITY,
): MockLink.MockedResponse {
  return { request: { query: ProjectPageQuery, variables: { id: ID } }, result: { data: { node } }, maxUsageCount };
}

function renderPage(mocks: MockLink.MockedResponse[]) {
  return renderWithProviders(<ProjectPage />, { route: `/projets/${ID}`, path: "/projets/:projectId", mocks });
}

function mutationMock(payload: Record<string, unknown>, inputs: unknown[] = []): MockLink.MockedResponse {
  return {
    request: { query: UpdateProjectMutation, variables: () => true },
    result: (variables: Record<string, unknown>) => {
      inputs.push(variables["input"]);
      return { data: { updateProject: payload } };
    },
  };
}

describe("ProjectPage", () => {
  it("shows the full card, internal notes included, to the project's region", async () => {
    renderPage([pageMock(project({ id: ID }))]);
    expect(await screen.findByRole("heading", { level: 1, name: "Vélo taxi innovant" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Notes internes" })).toBeInTheDocument();
    expect(
      within(screen.getByRole("region", { name: "Notes internes" })).getByText("Note interne fictive."),
    ).toBeInTheDocument();
    expect(screen.getByText("829 153 410")).toBeInTheDocument();
    expect(screen.getByText("identifiant de démonstration")).toBeInTheDocument();
    expect(screen.getByText("Nouvelle production industrielle")).toBeInTheDocument();
    expect(screen.getByText("Étude de marché")).toBeInTheDocument();
    expect(screen.getByText("Rouen (76)")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Retour aux projets" })).toHaveAttribute("href", "/projets");
    expect(document.title).toBe("Vélo taxi innovant — Filière");
  });

  it("hides internal notes and the form on a summary card, and says why", async () => {
    renderPage([pageMock(project({ id: ID, access: "SUMMARY", notes: null, viewerCanEdit: false }))]);
    await screen.findByRole("heading", { level: 1, name: "Vélo taxi innovant" });
    expect(screen.queryByRole("heading", { name: "Notes internes" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Enregistrer" })).not.toBeInTheDocument();
    expect(
      screen.getByText(
        /informations confidentielles de ce projet .* sont réservées à la CCI Normandie et à CCI France/,
      ),
    ).toBeInTheDocument();
  });

  it("answers « Projet introuvable » for an unknown or inaccessible id", async () => {
    renderPage([pageMock(null)]);
    expect(await screen.findByRole("heading", { level: 1, name: "Projet introuvable" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Retour aux projets" })).toBeInTheDocument();
  });

  it("validates as the user types, without calling the API", async () => {
    const user = userEvent.setup();
    const inputs: unknown[] = [];
    renderPage([pageMock(project({ id: ID })), mutationMock({ __typename: "ProjectInvalid" }, inputs)]);
    const summary = await screen.findByRole("textbox", { name: /Objectif/ });
    await user.clear(summary);
    expect(await screen.findByText("L'objectif du projet est obligatoire.")).toBeInTheDocument();
    expect(summary).toHaveAttribute("aria-invalid", "true");
    await user.click(screen.getByRole("button", { name: "Enregistrer" }));
    expect(inputs).toHaveLength(0);
  });

  it("sends the edit with expectedVersion and shows a server error next to its field", async () => {
    const user = userEvent.setup();
    const inputs: unknown[] = [];
    renderPage([
      pageMock(project({ id: ID, version: 7 })),
      mutationMock(
        { __typename: "ProjectInvalid", field: "notes", code: "TOO_LONG", message: "Trop long (serveur)." },
        inputs,
      ),
    ]);
    const notes = await screen.findByRole("textbox", { name: "Notes internes" });
    await user.type(notes, " Complément.");
    await user.click(screen.getByRole("button", { name: "Enregistrer" }));

    const error = await screen.findByText("Ce texte est trop long (10000 caractères au maximum).");
    expect(notes).toHaveAttribute("aria-invalid", "true");
    expect(notes.getAttribute("aria-describedby")).toContain(error.id);
    expect(inputs).toEqual([
      {
        projectId: ID,
        expectedVersion: 7,
        summary: "Proposer un nouveau service de transport avec un vélo taxi innovant.",
        notes: "Note interne fictive. Complément.",
      },
    ]);
  });

  it("explains a conflict and reloads the latest version on demand", async () => {
    const user = userEvent.setup();
    renderPage([
      pageMock(project({ id: ID, version: 7 }), 1),
      mutationMock({ __typename: "ProjectConflict", field: "expectedVersion", code: "STALE_VERSION", message: "x" }),
      pageMock(project({ id: ID, version: 8, summary: "Objectif modifié par un collègue." }), 1),
    ]);
    const summary = await screen.findByRole("textbox", { name: /Objectif/ });
    await user.type(summary, " !");
    await user.click(screen.getByRole("button", { name: "Enregistrer" }));

    const alert = await screen.findByRole("alert");
    expect(within(alert).getByText(/Quelqu'un d'autre a enregistré une modification de ce projet/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Enregistrer" })).toBeDisabled();

    await user.click(within(alert).getByRole("button", { name: "Recharger le projet" }));
    await waitFor(() => expect(summary).toHaveValue("Objectif modifié par un collègue."));
    expect(screen.queryByText(/Quelqu'un d'autre a enregistré/)).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Enregistrer" })).toBeEnabled();
  });

  it("confirms a successful save", async () => {
    const user = userEvent.setup();
    const saved = project({ id: ID, version: 8, summary: "Nouvel objectif." });
    renderPage([
      pageMock(project({ id: ID, version: 7 })),
      mutationMock({ __typename: "UpdateProjectSuccess", project: saved }),
    ]);
    const summary = await screen.findByRole("textbox", { name: /Objectif/ });
    await user.clear(summary);
    await user.type(summary, "Nouvel objectif.");
    await user.click(screen.getByRole("button", { name: "Enregistrer" }));
    expect(await screen.findByText("Les modifications du projet ont été enregistrées.")).toBeInTheDocument();
    // The page shows the saved version (the cache was updated by the mutation's answer).
    expect(screen.getAllByText("Nouvel objectif.").length).toBeGreaterThan(0);
  });
});

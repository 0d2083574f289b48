import type { MockLink } from "@apollo/client/testing";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { nextStep } from "../../test/fixtures";
import { renderWithProviders } from "../../test/render";

import { UpdateProjectMutation } from "./ProjectEditForm";
import { pageData, pageProject } from "./projectFixtures";
import { ProjectPage, ProjectPageQuery } from "./ProjectPage";
import { TransitionProjectMutation } from "./projectTransition";

const ID = "UHJvamVjdDpub3JtYW5kaWU6Nw";

function step(from: string, to: string, changedAt: string, changedBy: string, reason = "") {
  return { __typename: "ProjectStatusChange", from, to, reason, changedAt, changedBy };
}

/** A candidate, as an adviser of its region reads it. */
function candidate(overrides: Record<string, unknown> = {}) {
  return pageProject({
    id: ID,
    status: "CANDIDATE",
    nextSteps: [nextStep("SELECTED"), nextStep("REJECTED", true)],
    statusHistory: [],
    version: 3,
    ...overrides,
  });
}

function pageMock(
  node: ReturnType<typeof pageProject>,
  maxUsageCount = Number.POSITIVE_INFINITY,
): MockLink.MockedResponse {
  return {
    request: { query: ProjectPageQuery, variables: { id: ID } },
    result: { data: pageData(node) },
    maxUsageCount,
  };
}

function transitionMock(payload: Record<string, unknown>, inputs: unknown[] = []): MockLink.MockedResponse {
  return {
    request: { query: TransitionProjectMutation, variables: () => true },
    result: (variables: Record<string, unknown>) => {
      inputs.push(variables["input"]);
      return { data: { transitionProject: payload } };
    },
  };
}

function renderPage(mocks: MockLink.MockedResponse[]) {
  return renderWithProviders(<ProjectPage />, { route: `/projets/${ID}`, path: "/projets/:projectId", mocks });
}

function journey() {
  return screen.getByRole("region", { name: "Parcours" });
}

describe("ProjectJourney (« Parcours »)", () => {
  it("shows the current status and the steps done as a readable timeline, reasons included", async () => {
    renderPage([
      pageMock(
        candidate({
          status: "ACCELERATING",
          nextSteps: [nextStep("PITCHED"), nextStep("ABANDONED", true)],
          statusHistory: [
            step("CANDIDATE", "SELECTED", "2026-11-23T09:05:00+00:00", "Léa Dupuis", "Retenu par le comité du 20."),
            step("SELECTED", "ACCELERATING", "2026-12-01T09:00:00+00:00", "Mathis Carpentier"),
          ],
        }),
      ),
    ]);
    const heading = await screen.findByRole("heading", { level: 2, name: "Parcours" });
    expect(heading).toBeInTheDocument();
    const section = journey();
    expect(within(section).getByRole("heading", { level: 3, name: "Étapes franchies" })).toBeInTheDocument();
    expect(within(section).getByText("Statut actuel").nextSibling).toHaveTextContent("En accélération");

    const steps = within(within(section).getByRole("list")).getAllByRole("listitem");
    expect(steps.map((item) => item.textContent)).toEqual([
      "23 novembre 2026 — Léa Dupuis : candidat → sélectionnéCommentaire : Retenu par le comité du 20.",
      "1er décembre 2026 — Mathis Carpentier : sélectionné → en accélération",
    ]);
    expect(within(steps[0]!).getByText("23 novembre 2026")).toHaveAttribute("datetime", "2026-11-23T09:05:00+00:00");
  });

  it("offers one button per status the server allows, and none when it allows none", async () => {
    const { unmount } = renderPage([pageMock(candidate())]);
    const actions = await screen.findByRole("group", { name: "Changer le statut du projet" });
    expect(
      within(actions)
        .getAllByRole("button")
        .map((button) => button.textContent),
    ).toEqual(["Passer à : Sélectionné", "Ne pas retenir le projet…"]);
    expect(screen.queryByRole("button", { name: /Abandonner/ })).not.toBeInTheDocument();
    unmount();

    // A reader of the full card who may not edit it (CCI France): the history, no button.
    renderPage([
      pageMock(
        candidate({
          viewerCanEdit: false,
          nextSteps: [],
          statusHistory: [step("CANDIDATE", "REJECTED", "2026-11-23T09:05:00+00:00", "Léa Dupuis", "Hors périmètre.")],
          status: "REJECTED",
        }),
      ),
    ]);
    const section = await screen.findByRole("region", { name: "Parcours" });
    expect(within(section).getByText("Motif : Hors périmètre.")).toBeInTheDocument();
    expect(screen.queryByRole("group", { name: "Changer le statut du projet" })).not.toBeInTheDocument();
    expect(within(section).queryByRole("button")).not.toBeInTheDocument();
  });

  it("shows neither history nor buttons on a summary card", async () => {
    renderPage([
      pageMock(
        candidate({
          access: "SUMMARY",
          notes: null,
          viewerCanEdit: false,
          nextSteps: [],
          statusHistory: null,
          products: null,
          team: null,
        }),
      ),
    ]);
    await screen.findByRole("heading", { level: 1, name: "Vélo taxi innovant" });
    expect(screen.queryByRole("heading", { name: "Parcours" })).not.toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Étapes franchies" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Passer à|Ne pas retenir|Abandonner/ })).not.toBeInTheDocument();
    // The status itself stays on the card.
    expect(screen.getByText("Candidat")).toBeInTheDocument();
  });

  it("requires a reason to reject a project, checked as the user types, before calling the API", async () => {
    const user = userEvent.setup();
    const inputs: unknown[] = [];
    renderPage([pageMock(candidate()), transitionMock({ __typename: "ProjectInvalid" }, inputs)]);
    await user.click(await screen.findByRole("button", { name: "Ne pas retenir le projet…" }));
    const dialog = await screen.findByRole("dialog", { name: "Ne pas retenir ce projet ?" });
    const reason = within(dialog).getByRole("textbox", { name: /Motif/ });
    expect(reason).toBeRequired();
    expect(within(dialog).getByRole("button", { name: "Fermer" })).toBeInTheDocument();

    await user.click(within(dialog).getByRole("button", { name: "Ne pas retenir le projet" }));
    const error = await within(dialog).findByText(/Indiquez le motif/);
    expect(reason).toHaveAttribute("aria-invalid", "true");
    expect(reason.getAttribute("aria-describedby")).toContain(error.id);
    expect(inputs).toHaveLength(0);

    await user.type(reason, "Projet hors périmètre");
    expect(within(dialog).queryByText(/Indiquez le motif/)).not.toBeInTheDocument();
    await user.clear(reason);
    expect(await within(dialog).findByText(/Indiquez le motif/)).toBeInTheDocument();
    await user.type(reason, "   ");
    await user.click(within(dialog).getByRole("button", { name: "Ne pas retenir le projet" }));
    expect(inputs).toHaveLength(0);
  });

  it("asks for a reason where the API says a step needs one, not from the status alone", async () => {
    const user = userEvent.setup();
    const inputs: unknown[] = [];
    renderPage([
      pageMock(
        candidate({
          status: "SELECTED",
          // Here the server requires a reason to move on, and none to leave.
          nextSteps: [nextStep("ACCELERATING", true), nextStep("ABANDONED", false)],
        }),
      ),
      transitionMock({ __typename: "ProjectInvalid", field: "to", code: "ILLEGAL_TRANSITION", message: "" }, inputs),
    ]);

    await user.click(await screen.findByRole("button", { name: "Passer à : En accélération" }));
    let dialog = await screen.findByRole("dialog", { name: /En accélération/ });
    const reason = within(dialog).getByRole("textbox", { name: /Motif/ });
    expect(reason).toBeRequired();
    await user.click(within(dialog).getByRole("button", { name: "Passer à : En accélération" }));
    expect(await within(dialog).findByText(/Indiquez le motif/)).toBeInTheDocument();
    expect(inputs).toHaveLength(0);
    await user.click(within(dialog).getByRole("button", { name: "Annuler" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());

    await user.click(screen.getByRole("button", { name: "Abandonner le projet…" }));
    dialog = await screen.findByRole("dialog", { name: "Abandonner ce projet ?" });
    expect(within(dialog).getByRole("textbox", { name: "Commentaire (facultatif)" })).not.toBeRequired();
    await user.click(within(dialog).getByRole("button", { name: "Abandonner le projet" }));
    await waitFor(() => expect(inputs).toHaveLength(1));
    expect(inputs[0]).toEqual({ projectId: ID, to: "ABANDONED", reason: null, expectedVersion: 3 });
  });

  it("refuses a reason longer than 2000 characters as it is typed", async () => {
    const user = userEvent.setup();
    renderPage([pageMock(candidate())]);
    await user.click(await screen.findByRole("button", { name: "Ne pas retenir le projet…" }));
    const dialog = await screen.findByRole("dialog", { name: "Ne pas retenir ce projet ?" });
    const reason = within(dialog).getByRole("textbox", { name: /Motif/ });
    await user.click(reason);
    await user.paste("a".repeat(2001));
    expect(await within(dialog).findByText("Ce texte est trop long (2000 caractères au maximum).")).toBeInTheDocument();
    expect(reason).toHaveAttribute("aria-invalid", "true");
  });

  it("sends {projectId, to, reason, expectedVersion} and shows the new status and history", async () => {
    const user = userEvent.setup();
    const inputs: unknown[] = [];
    const moved = candidate({
      status: "REJECTED",
      version: 4,
      nextSteps: [],
      statusHistory: [
        step("CANDIDATE", "REJECTED", "2026-11-23T09:05:00+00:00", "Camille Lemoine", "Projet hors périmètre."),
      ],
    });
    renderPage([
      pageMock(candidate()),
      transitionMock({ __typename: "TransitionProjectSuccess", project: moved }, inputs),
    ]);
    await user.click(await screen.findByRole("button", { name: "Ne pas retenir le projet…" }));
    const dialog = await screen.findByRole("dialog", { name: "Ne pas retenir ce projet ?" });
    await user.type(within(dialog).getByRole("textbox", { name: /Motif/ }), "  Projet hors périmètre.  ");
    await user.click(within(dialog).getByRole("button", { name: "Ne pas retenir le projet" }));

    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(inputs).toEqual([{ projectId: ID, to: "REJECTED", reason: "Projet hors périmètre.", expectedVersion: 3 }]);
    // The cache was updated from the answer: the new status, the step, and no more button.
    const section = journey();
    expect(within(section).getByText("Statut actuel").nextSibling).toHaveTextContent("Non retenu");
    expect(within(section).getByRole("listitem")).toHaveTextContent(
      "23 novembre 2026 — Camille Lemoine : candidat → non retenuMotif : Projet hors périmètre.",
    );
    expect(within(section).queryByRole("button")).not.toBeInTheDocument();
    expect(screen.getByText("Le projet est maintenant « Non retenu ».")).toBeInTheDocument();
    // Focus goes to the section, since the button that opened the dialog is gone.
    expect(screen.getByRole("heading", { name: "Parcours" })).toHaveFocus();
  });

  it("moves a project forward with an optional comment, sent as null when empty", async () => {
    const user = userEvent.setup();
    const inputs: unknown[] = [];
    const moved = candidate({
      status: "SELECTED",
      version: 4,
      nextSteps: [nextStep("ACCELERATING"), nextStep("ABANDONED", true)],
      statusHistory: [step("CANDIDATE", "SELECTED", "2026-11-23T09:05:00+00:00", "Camille Lemoine")],
    });
    renderPage([
      pageMock(candidate()),
      transitionMock({ __typename: "TransitionProjectSuccess", project: moved }, inputs),
    ]);
    await user.click(await screen.findByRole("button", { name: "Passer à : Sélectionné" }));
    const dialog = await screen.findByRole("dialog", { name: "Passer le projet à l'étape « Sélectionné » ?" });
    expect(dialog).toHaveTextContent("Le projet passera de « Candidat » à « Sélectionné ».");
    expect(within(dialog).getByRole("textbox", { name: "Commentaire (facultatif)" })).not.toBeRequired();
    await user.click(within(dialog).getByRole("button", { name: "Passer à : Sélectionné" }));

    expect(await within(journey()).findByRole("button", { name: "Passer à : En accélération" })).toBeInTheDocument();
    expect(within(journey()).getByRole("button", { name: "Abandonner le projet…" })).toBeInTheDocument();
    expect(inputs).toEqual([{ projectId: ID, to: "SELECTED", reason: null, expectedVersion: 3 }]);
  });

  it("shows the server's error on the reason next to the field", async () => {
    const user = userEvent.setup();
    renderPage([
      pageMock(candidate()),
      transitionMock({ __typename: "ProjectInvalid", field: "reason", code: "REQUIRED", message: "Motif requis." }),
    ]);
    await user.click(await screen.findByRole("button", { name: "Ne pas retenir le projet…" }));
    const dialog = await screen.findByRole("dialog", { name: "Ne pas retenir ce projet ?" });
    const reason = within(dialog).getByRole("textbox", { name: /Motif/ });
    await user.type(reason, "Un motif");
    await user.click(within(dialog).getByRole("button", { name: "Ne pas retenir le projet" }));

    const error = await within(dialog).findByText(
      "Indiquez le motif : il est obligatoire pour ne pas retenir ou pour abandonner un projet.",
    );
    expect(reason).toHaveAttribute("aria-invalid", "true");
    expect(reason.getAttribute("aria-describedby")).toContain(error.id);
    expect(reason).toHaveFocus();
  });

  it("shows a step the server refuses (ILLEGAL_TRANSITION) in an alert, with a way to reload", async () => {
    const user = userEvent.setup();
    renderPage([
      pageMock(candidate()),
      transitionMock({
        __typename: "ProjectInvalid",
        field: "to",
        code: "ILLEGAL_TRANSITION",
        message: "Un projet « candidat » ne peut pas passer à « sélectionné ».",
      }),
    ]);
    await user.click(await screen.findByRole("button", { name: "Passer à : Sélectionné" }));
    const dialog = await screen.findByRole("dialog", { name: /Sélectionné/ });
    await user.click(within(dialog).getByRole("button", { name: "Passer à : Sélectionné" }));

    const alert = await within(dialog).findByRole("alert");
    expect(alert).toHaveTextContent("Changement de statut refusé");
    expect(alert).toHaveTextContent(
      "Ce changement de statut n'est pas possible depuis l'étape où se trouve le projet.",
    );
    expect(within(alert).getByRole("button", { name: "Recharger le projet" })).toBeInTheDocument();
    expect(within(dialog).getByRole("button", { name: "Passer à : Sélectionné" })).toBeDisabled();

    // Cancelled and opened again, the dialog starts afresh.
    await user.click(within(dialog).getByRole("button", { name: "Annuler" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    await user.click(screen.getByRole("button", { name: "Passer à : Sélectionné" }));
    const again = await screen.findByRole("dialog", { name: /Sélectionné/ });
    expect(within(again).queryByRole("alert")).not.toBeInTheDocument();
    expect(within(again).getByRole("button", { name: "Passer à : Sélectionné" })).toBeEnabled();
  });

  it("shows the server's message naming who changed the project, and reloads it on demand", async () => {
    const user = userEvent.setup();
    const stale =
      "Mathis Carpentier a modifié cet élément le 23 novembre 2026 à 10 h 05 (statut) depuis que vous l'avez " +
      "ouvert. Vos changements n'ont pas été enregistrés : rechargez la page pour voir sa dernière version.";
    renderPage([
      pageMock(candidate(), 1),
      transitionMock({
        __typename: "ProjectConflict",
        field: "expectedVersion",
        code: "STALE_VERSION",
        message: stale,
      }),
      pageMock(
        candidate({
          status: "SELECTED",
          version: 4,
          nextSteps: [nextStep("ACCELERATING"), nextStep("ABANDONED", true)],
          statusHistory: [step("CANDIDATE", "SELECTED", "2026-11-23T09:05:00+00:00", "Mathis Carpentier")],
        }),
        1,
      ),
    ]);
    await user.click(await screen.findByRole("button", { name: "Ne pas retenir le projet…" }));
    const dialog = await screen.findByRole("dialog", { name: "Ne pas retenir ce projet ?" });
    await user.type(within(dialog).getByRole("textbox", { name: /Motif/ }), "Hors périmètre");
    await user.click(within(dialog).getByRole("button", { name: "Ne pas retenir le projet" }));

    const alert = await within(dialog).findByRole("alert");
    expect(alert).toHaveTextContent("Ce projet a été modifié entre-temps");
    expect(within(alert).getByText(stale)).toBeInTheDocument();
    expect(within(dialog).getByRole("button", { name: "Ne pas retenir le projet" })).toBeDisabled();

    await user.click(within(alert).getByRole("button", { name: "Recharger le projet" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(within(journey()).getByRole("listitem")).toHaveTextContent("Mathis Carpentier : candidat → sélectionné");
    expect(within(journey()).getByRole("button", { name: "Passer à : En accélération" })).toBeInTheDocument();
  });

  it("keeps what is being typed in the edit form when the status changes, and saves it with the new version", async () => {
    const user = userEvent.setup();
    const edits: unknown[] = [];
    const moved = candidate({
      status: "SELECTED",
      version: 4,
      updatedAt: "2026-11-23T09:05:00+00:00",
      nextSteps: [nextStep("ACCELERATING"), nextStep("ABANDONED", true)],
      statusHistory: [step("CANDIDATE", "SELECTED", "2026-11-23T09:05:00+00:00", "Camille Lemoine")],
    });
    renderPage([
      pageMock(candidate()),
      transitionMock({ __typename: "TransitionProjectSuccess", project: moved }),
      {
        request: { query: UpdateProjectMutation, variables: () => true },
        result: (variables: Record<string, unknown>) => {
          edits.push(variables["input"]);
          return { data: { updateProject: { __typename: "UpdateProjectSuccess", project: moved } } };
        },
      },
    ]);
    const notes = await screen.findByRole("textbox", { name: "Notes internes" });
    await user.type(notes, " Suite au comité.");

    await user.click(screen.getByRole("button", { name: "Passer à : Sélectionné" }));
    const dialog = await screen.findByRole("dialog", { name: /Sélectionné/ });
    await user.click(within(dialog).getByRole("button", { name: "Passer à : Sélectionné" }));
    await within(journey()).findByRole("button", { name: "Passer à : En accélération" });

    expect(notes).toHaveValue("Note interne fictive. Suite au comité.");
    await user.click(screen.getByRole("button", { name: "Enregistrer" }));
    await waitFor(() => expect(edits).toHaveLength(1));
    expect(edits[0]).toMatchObject({ expectedVersion: 4, notes: "Note interne fictive. Suite au comité." });
  });
});

import type { MockLink } from "@apollo/client/testing";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { nextStep, project, type Role } from "../../test/fixtures";
import { renderWithProviders } from "../../test/render";

import { CANDIDATES_PAGE_SIZE, CandidatesContextQuery, CandidatesPage, CandidatesQuery } from "./CandidatesPage";
import { TransitionProjectMutation } from "./projectTransition";
import { ScoreCandidateMutation } from "./SelectionGrid";

const CRITERIA = [
  { key: "relocation_potential", label: "Potentiel de relocalisation" },
  { key: "feasibility", label: "Faisabilité technique et industrielle" },
  { key: "market", label: "Marché et clients identifiés" },
  { key: "team", label: "Équipe et capacité à porter le projet" },
  { key: "regional_impact", label: "Retombées régionales" },
].map((criterion) => ({ __typename: "SelectionCriterion", maxPoints: 4, ...criterion }));

function score(total: number, points: number[] = [4, 3, 3, 2, 2]) {
  return {
    __typename: "SelectionScore",
    total,
    comment: "",
    scoredAt: "2026-11-20T10:00:00+00:00",
    scoredBy: "Léa Dupuis",
    scores: CRITERIA.map((criterion, index) => ({
      __typename: "CriterionScore",
      criterion: criterion.key,
      points: points[index] ?? 0,
    })),
  };
}

function candidate(id: number, name: string, selectionScore: unknown, overrides: Record<string, unknown> = {}) {
  return project({
    id: `UHJvamVjdDpub3JtYW5kaWU6${id}`,
    name,
    status: "CANDIDATE",
    nextSteps: [nextStep("SELECTED"), nextStep("REJECTED", true)],
    statusHistory: [],
    version: 2,
    selectionScore,
    ...overrides,
  });
}

const unscored = candidate(1, "Atelier de jeans normand", null, {
  company: {
    __typename: "Company",
    id: "Q29tcGFueTox",
    name: "DENIM ROUEN",
    siren: "829153410",
    sirenIsDemo: true,
    nafCode: null,
    communeName: "Elbeuf",
    departement: "76",
  },
});
const best = candidate(2, "Vélo taxi innovant", score(17, [4, 4, 3, 3, 3]));
const middle = candidate(3, "Conserverie de la Manche", score(11, [3, 2, 2, 2, 2]), { needs: ["FINANCING"] });

function contextMock(): MockLink.MockedResponse {
  return {
    request: { query: CandidatesContextQuery },
    result: { data: { selectionCriteria: CRITERIA } },
  };
}

function listMock(nodes: ReturnType<typeof project>[]): MockLink.MockedResponse {
  return {
    request: { query: CandidatesQuery, variables: { region: "normandie", first: CANDIDATES_PAGE_SIZE } },
    result: {
      data: {
        projects: {
          __typename: "ProjectConnection",
          totalCount: nodes.length,
          pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
          unavailableRegions: [],
          edges: nodes.map((node) => ({ __typename: "ProjectEdge", node })),
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

function mutationMock(
  query: typeof ScoreCandidateMutation | typeof TransitionProjectMutation,
  payload: (input: Record<string, unknown>) => Record<string, unknown>,
  inputs: unknown[],
): MockLink.MockedResponse {
  return {
    request: { query, variables: () => true },
    result: (variables: Record<string, unknown>) => {
      const input = variables["input"] as Record<string, unknown>;
      inputs.push(input);
      return { data: payload(input) };
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

function renderPage(mocks: MockLink.MockedResponse[], viewer: Role = "ADVISER") {
  return renderWithProviders(<CandidatesPage />, { route: "/candidatures", path: "/candidatures", mocks, viewer });
}

/** The rows' project names, top to bottom. */
function rowNames() {
  const table = screen.getByRole("table", { name: /Candidatures à examiner/ });
  return within(table)
    .getAllByRole("rowheader")
    .map((cell) => within(cell).getByRole("button").textContent);
}

async function openPanel(name: string) {
  await userEvent.setup().click(await screen.findByRole("button", { name }));
  return screen.findByRole("dialog", { name });
}

// Whole forms filled in through the user's events: slow when the suite runs in parallel.
describe("CandidatesPage (« Candidatures »)", () => {
  it("lists the region's candidates best score first, unscored ones last, with company, commune, needs and score", async () => {
    renderPage([contextMock(), listMock([unscored, middle, best])]);
    expect(await screen.findByRole("heading", { level: 1, name: "Candidatures" })).toBeInTheDocument();
    await screen.findByRole("button", { name: "Vélo taxi innovant" });
    expect(rowNames()).toEqual(["Vélo taxi innovant", "Conserverie de la Manche", "Atelier de jeans normand"]);
    expect(screen.getByRole("status")).toHaveTextContent("3 candidatures à examiner");

    const rows = within(screen.getByRole("table")).getAllByRole("row").slice(1);
    expect(within(rows[0]!).getByText("17 / 20")).toBeInTheDocument();
    expect(within(rows[1]!).getByText("Financement")).toBeInTheDocument();
    expect(within(rows[2]!).getByText("DENIM ROUEN")).toBeInTheDocument();
    expect(within(rows[2]!).getByText("Elbeuf (76)")).toBeInTheDocument();
    expect(within(rows[2]!).getByText("Non notée")).toBeInTheDocument();
    expect(within(rows[2]!).getByText(unscored.summary)).toBeInTheDocument();
  });

  it("scores a candidate on the five criteria: the total follows the choices, five scores are sent, the list re-sorts", async () => {
    const user = userEvent.setup();
    const inputs: unknown[] = [];
    renderPage([
      contextMock(),
      listMock([unscored, middle, best]),
      mutationMock(
        ScoreCandidateMutation,
        (input) => {
          const scores = input["scores"] as { criterion: string; points: number }[];
          const total = scores.reduce((sum, s) => sum + s.points, 0);
          return {
            scoreCandidate: {
              __typename: "ScoreCandidateSuccess",
              score: {
                ...score(
                  total,
                  scores.map((s) => s.points),
                ),
                comment: input["comment"],
              },
            },
          };
        },
        inputs,
      ),
    ]);
    const dialog = await openPanel("Atelier de jeans normand");
    expect(within(dialog).getByText("Cette candidature n'a pas encore été notée.")).toBeInTheDocument();
    expect(within(dialog).getByText("Total : 0 / 20")).toBeInTheDocument();

    const choose = async (label: string, points: string) =>
      user.click(within(within(dialog).getByRole("radiogroup", { name: label })).getByRole("radio", { name: points }));
    await choose("Potentiel de relocalisation", "4");
    await choose("Faisabilité technique et industrielle", "3");
    await choose("Marché et clients identifiés", "4");
    expect(within(dialog).getByText("Total : 11 / 20")).toBeInTheDocument();

    // Two criteria left unscored: nothing is sent, each says so.
    await user.click(within(dialog).getByRole("button", { name: "Enregistrer la note" }));
    expect(within(dialog).getAllByText("Notez ce critère.")).toHaveLength(2);
    expect(inputs).toHaveLength(0);

    await choose("Équipe et capacité à porter le projet", "2");
    await choose("Retombées régionales", "4");
    expect(within(dialog).getByText("Total : 17 / 20")).toBeInTheDocument();
    await user.click(within(dialog).getByRole("textbox", { name: "Commentaire (facultatif)" }));
    await user.paste("  Dossier solide.  ");
    await user.click(within(dialog).getByRole("button", { name: "Enregistrer la note" }));

    await waitFor(() => expect(inputs).toHaveLength(1));
    expect(inputs[0]).toEqual({
      projectId: unscored.id,
      scores: [
        { criterion: "relocation_potential", points: 4 },
        { criterion: "feasibility", points: 3 },
        { criterion: "market", points: 4 },
        { criterion: "team", points: 2 },
        { criterion: "regional_impact", points: 4 },
      ],
      comment: "Dossier solide.",
    });
    expect(await within(dialog).findByText("Notée 17 / 20 par Léa Dupuis le 20 novembre 2026.")).toBeInTheDocument();
    // The new score orders the list: equal to the best, ahead of it by name.
    expect(rowNames()).toEqual(["Atelier de jeans normand", "Vélo taxi innovant", "Conserverie de la Manche"]);
  });

  it("shows the server's refusal of one criterion next to that criterion", async () => {
    const user = userEvent.setup();
    renderPage([
      contextMock(),
      listMock([best]),
      mutationMock(
        ScoreCandidateMutation,
        () => ({
          scoreCandidate: {
            __typename: "ProjectInvalid",
            field: "scores.market",
            code: "OUT_OF_RANGE",
            message: "Chaque critère se note de 0 à 4 (« Marché et clients identifiés »).",
          },
        }),
        [],
      ),
    ]);
    const dialog = await openPanel("Vélo taxi innovant");
    // Scored already: the grid starts from the saved points.
    expect(within(dialog).getByText("Total : 17 / 20")).toBeInTheDocument();
    await user.click(within(dialog).getByRole("button", { name: "Enregistrer la note" }));
    const group = within(dialog).getByRole("radiogroup", { name: "Marché et clients identifiés" });
    const error = await within(dialog).findByText(
      "Chaque critère se note de 0 à 4 (« Marché et clients identifiés »).",
    );
    expect(group.getAttribute("aria-describedby")).toContain(error.id);
  });

  it("requires a reason to turn a candidate down, then sends it and drops the candidate from the list", async () => {
    const user = userEvent.setup();
    const inputs: unknown[] = [];
    renderPage([
      contextMock(),
      listMock([middle, best]),
      mutationMock(
        TransitionProjectMutation,
        (input) => ({
          transitionProject: {
            __typename: "TransitionProjectSuccess",
            project: { ...middle, status: input["to"], version: 3, nextSteps: [] },
          },
        }),
        inputs,
      ),
    ]);
    const dialog = await openPanel("Conserverie de la Manche");
    await user.click(within(dialog).getByRole("button", { name: "Ne pas retenir…" }));
    const reason = within(dialog).getByRole("textbox", { name: /Motif/ });
    expect(reason).toBeRequired();

    await user.click(within(dialog).getByRole("button", { name: "Ne pas retenir la candidature" }));
    expect(await within(dialog).findByText(/Indiquez le motif/)).toBeInTheDocument();
    expect(reason).toHaveAttribute("aria-invalid", "true");
    await user.type(reason, "   ");
    await user.click(within(dialog).getByRole("button", { name: "Ne pas retenir la candidature" }));
    expect(inputs).toHaveLength(0);

    await user.clear(reason);
    await user.type(reason, "Hors périmètre industriel.");
    await user.click(within(dialog).getByRole("button", { name: "Ne pas retenir la candidature" }));

    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(inputs).toEqual([
      { projectId: middle.id, to: "REJECTED", reason: "Hors périmètre industriel.", expectedVersion: 2 },
    ]);
    expect(rowNames()).toEqual(["Vélo taxi innovant"]);
    expect(screen.getByRole("status")).toHaveTextContent("1 candidature à examiner");
    expect(screen.getByText("« Conserverie de la Manche » n'est pas retenu.")).toBeInTheDocument();
  });

  it("makes the reason optional when the API does not require one to turn a candidate down", async () => {
    const user = userEvent.setup();
    const inputs: unknown[] = [];
    const lenient = candidate(4, "Filature des Vosges", null, {
      nextSteps: [nextStep("SELECTED"), nextStep("REJECTED", false)],
    });
    renderPage([
      contextMock(),
      listMock([lenient]),
      mutationMock(
        TransitionProjectMutation,
        () => ({
          transitionProject: {
            __typename: "TransitionProjectSuccess",
            project: { ...lenient, status: "REJECTED", version: 3, nextSteps: [] },
          },
        }),
        inputs,
      ),
    ]);
    const dialog = await openPanel("Filature des Vosges");
    const decision = within(dialog).getByRole("region", { name: "Décision" });
    await user.click(within(decision).getByRole("button", { name: "Ne pas retenir…" }));
    const comment = within(decision).getByRole("textbox", { name: "Commentaire (facultatif)" });
    expect(comment).not.toBeRequired();
    await user.click(within(decision).getByRole("button", { name: "Ne pas retenir la candidature" }));

    await waitFor(() => expect(inputs).toHaveLength(1));
    expect(inputs[0]).toEqual({ projectId: lenient.id, to: "REJECTED", reason: null, expectedVersion: 2 });
  });

  it("selects a candidate once confirmed: it leaves the list, the last one leaves it empty, and its next steps are proposed", async () => {
    const user = userEvent.setup();
    const inputs: unknown[] = [];
    renderPage(
      [
        contextMock(),
        listMock([best]),
        mutationMock(
          TransitionProjectMutation,
          () => ({
            transitionProject: {
              __typename: "TransitionProjectSuccess",
              project: {
                ...best,
                status: "SELECTED",
                version: 3,
                nextSteps: [nextStep("ACCELERATING"), nextStep("ABANDONED", true)],
              },
            },
          }),
          inputs,
        ),
      ],
      "REGIONAL_ADMIN",
    );
    const dialog = await openPanel("Vélo taxi innovant");
    await user.click(within(dialog).getByRole("button", { name: "Sélectionner" }));
    // Nothing is sent before the confirmation.
    expect(inputs).toEqual([]);
    expect(within(dialog).getByText(/sera sélectionné/)).toBeInTheDocument();
    const confirm = within(dialog).getByRole("button", { name: "Confirmer la sélection" });
    expect(confirm).toHaveFocus();
    await user.click(confirm);
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(inputs).toEqual([{ projectId: best.id, to: "SELECTED", reason: null, expectedVersion: 2 }]);
    expect(screen.getByText("Aucune candidature n'attend de décision dans votre région.")).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 1, name: "Candidatures" })).toHaveFocus();
    // The next steps: its adviser (on the project's page) and its cohort.
    expect(screen.getByText("« Vélo taxi innovant » est sélectionné")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Ouvrir le projet pour attribuer son conseiller" })).toHaveAttribute(
      "href",
      `/projets/${best.id}`,
    );
    expect(screen.getByRole("link", { name: "Ouvrir les cohortes de la région" })).toHaveAttribute(
      "href",
      "/cohortes?region=normandie",
    );
  });
});

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

interface Member {
  scoredBy: string;
  points: number[];
  byViewer?: boolean;
  comment?: string;
  scoredAt?: string;
}

function memberScore({ scoredBy, points, byViewer = false, comment = "", scoredAt }: Member) {
  return {
    __typename: "SelectionScore",
    scoredBy,
    scoredAt: scoredAt ?? "2026-11-20T10:00:00+00:00",
    byViewer,
    total: points.reduce((sum, p) => sum + p, 0),
    comment,
    scores: CRITERIA.map((criterion, index) => ({
      __typename: "CriterionScore",
      criterion: criterion.key,
      points: points[index] ?? 0,
    })),
  };
}

const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

/** The committee's scores as the API answers them: average and spread computed from the members'. */
function review(...members: Member[]) {
  const scores = members.map(memberScore);
  const totals = scores.map((s) => s.total);
  const viewer = scores.find((s) => s.byViewer);
  return {
    __typename: "SelectionReview",
    count: scores.length,
    average: mean(totals),
    lowest: Math.min(...totals),
    highest: Math.max(...totals),
    criteria: CRITERIA.map((criterion, index) => {
      const points = members.map((m) => m.points[index] ?? 0);
      return {
        __typename: "CriterionSpread",
        criterion: criterion.key,
        average: mean(points),
        lowest: Math.min(...points),
        highest: Math.max(...points),
      };
    }),
    scores,
    viewerScore: viewer
      ? {
          __typename: "SelectionScore",
          scoredAt: viewer.scoredAt,
          total: viewer.total,
          comment: viewer.comment,
          scores: viewer.scores,
        }
      : null,
  };
}

const CONTACT_NOTICE = "Données personnelles : elles servent à joindre l'entreprise (notice fictive).";

function company(overrides: Record<string, unknown> = {}) {
  return {
    __typename: "Company",
    id: "Q29tcGFueToy",
    name: "HUMAN MOB",
    siren: "829153410",
    sirenIsDemo: false,
    nafCode: null,
    nafLabel: null,
    communeName: "Rouen",
    departement: "76",
    contact: { __typename: "CompanyContact", name: "", function: "", email: "", phone: "" },
    contactNotice: CONTACT_NOTICE,
    ...overrides,
  };
}

function candidate(id: number, name: string, selectionReview: unknown, overrides: Record<string, unknown> = {}) {
  return project({
    id: `UHJvamVjdDpub3JtYW5kaWU6${id}`,
    name,
    status: "CANDIDATE",
    nextSteps: [nextStep("SELECTED"), nextStep("REJECTED", true)],
    statusHistory: [],
    version: 2,
    createdAt: "2026-10-14T08:30:00+00:00",
    company: company({ id: `Q29tcGFueTo${id}` }),
    selectionReview,
    ...overrides,
  });
}

const unscored = candidate(1, "Atelier de jeans normand", null, {
  kind: "RELOCATION",
  sector: "TEXTILE",
  company: company({
    id: "Q29tcGFueTox",
    name: "DENIM ROUEN",
    siren: "829153410",
    sirenIsDemo: true,
    nafCode: "14.13Z",
    nafLabel: "Fabrication de vêtements de dessus",
    communeName: "Elbeuf",
    contact: {
      __typename: "CompanyContact",
      name: "Claire Lefort",
      function: "Dirigeante",
      email: "claire.lefort@denim.example",
      phone: "02 35 00 00 00",
    },
  }),
});
const best = candidate(
  2,
  "Vélo taxi innovant",
  review(
    { scoredBy: "Camille Lemoine", points: [4, 4, 3, 3, 3], byViewer: true, comment: "Équipe solide." },
    { scoredBy: "Hugo Bertin", points: [4, 3, 3, 2, 3], scoredAt: "2026-11-22T15:00:00+00:00" },
  ),
);
const middle = candidate(3, "Conserverie de la Manche", review({ scoredBy: "Hugo Bertin", points: [3, 2, 2, 2, 2] }), {
  needs: ["FINANCING"],
});

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
  it("lists the region's candidates best average first, unscored ones last, with company, commune, needs and the committee's spread", async () => {
    renderPage([contextMock(), listMock([unscored, middle, best])]);
    expect(await screen.findByRole("heading", { level: 1, name: "Candidatures" })).toBeInTheDocument();
    await screen.findByRole("button", { name: "Vélo taxi innovant" });
    expect(rowNames()).toEqual(["Vélo taxi innovant", "Conserverie de la Manche", "Atelier de jeans normand"]);
    expect(screen.getByRole("status")).toHaveTextContent("3 candidatures à examiner");

    const rows = within(screen.getByRole("table")).getAllByRole("row").slice(1);
    expect(within(rows[0]!).getByText("16 / 20")).toBeInTheDocument();
    expect(within(rows[0]!).getByText("2 notes, de 15 à 17")).toBeInTheDocument();
    expect(within(rows[1]!).getByText("11 / 20")).toBeInTheDocument();
    expect(within(rows[1]!).getByText("1 note")).toBeInTheDocument();
    expect(within(rows[1]!).getByText("Financement")).toBeInTheDocument();
    expect(within(rows[2]!).getByText("DENIM ROUEN")).toBeInTheDocument();
    expect(within(rows[2]!).getByText("Elbeuf (76)")).toBeInTheDocument();
    expect(within(rows[2]!).getByText("Non notée")).toBeInTheDocument();
    expect(within(rows[2]!).getByText(unscored.summary)).toBeInTheDocument();
  });

  it("scores a candidate on the five criteria: the total follows the choices, five scores are sent, the committee's answer re-sorts the list", async () => {
    const user = userEvent.setup();
    const inputs: unknown[] = [];
    renderPage([
      contextMock(),
      listMock([unscored, middle, best]),
      mutationMock(
        ScoreCandidateMutation,
        (input) => {
          const points = (input["scores"] as { criterion: string; points: number }[]).map((s) => s.points);
          const committee = review({
            scoredBy: "Camille Lemoine",
            points,
            byViewer: true,
            comment: input["comment"] as string,
          });
          return {
            scoreCandidate: {
              __typename: "ScoreCandidateSuccess",
              score: { __typename: "SelectionScore", total: committee.lowest },
              project: { __typename: "Project", id: unscored.id, viewerCanEdit: true, selectionReview: committee },
            },
          };
        },
        inputs,
      ),
    ]);
    const dialog = await openPanel("Atelier de jeans normand");
    expect(within(dialog).getByText("Aucun membre du comité n'a encore noté cette candidature.")).toBeInTheDocument();
    expect(within(dialog).getByText(/^Vous n'avez pas encore noté cette candidature/)).toBeInTheDocument();
    expect(within(dialog).queryByRole("table")).not.toBeInTheDocument();
    expect(within(dialog).getByText("Total : 0 / 20")).toBeInTheDocument();

    const choose = async (label: string, points: string) =>
      user.click(within(within(dialog).getByRole("radiogroup", { name: label })).getByRole("radio", { name: points }));
    await choose("Potentiel de relocalisation", "4");
    await choose("Faisabilité technique et industrielle", "3");
    await choose("Marché et clients identifiés", "4");
    expect(within(dialog).getByText("Total : 11 / 20")).toBeInTheDocument();

    // Two criteria left unscored: nothing is sent, each says so.
    await user.click(within(dialog).getByRole("button", { name: "Enregistrer ma note" }));
    expect(within(dialog).getAllByText("Notez ce critère.")).toHaveLength(2);
    expect(inputs).toHaveLength(0);

    await choose("Équipe et capacité à porter le projet", "2");
    await choose("Retombées régionales", "4");
    expect(within(dialog).getByText("Total : 17 / 20")).toBeInTheDocument();
    await user.click(within(dialog).getByRole("textbox", { name: "Commentaire (facultatif)" }));
    await user.paste("  Dossier solide.  ");
    await user.click(within(dialog).getByRole("button", { name: "Enregistrer ma note" }));

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
    expect(await within(dialog).findByText(/^Vous avez noté 17 \/ 20 le 20 novembre 2026\./)).toBeInTheDocument();
    expect(within(dialog).getByText("Moyenne du comité : 17 / 20 (1 membre a noté).")).toBeInTheDocument();
    const table = within(dialog).getByRole("table", { name: /Qui a noté quoi/ });
    expect(within(table).getByRole("columnheader", { name: "Camille Lemoine (vous)" })).toBeInTheDocument();
    // The committee's average orders the list: above the best one's 16.
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
    // Scored already: the grid starts from the viewer's own saved points, not the other member's.
    expect(within(dialog).getByText("Total : 17 / 20")).toBeInTheDocument();
    await user.click(within(dialog).getByRole("button", { name: "Réécrire ma note" }));
    const group = within(dialog).getByRole("radiogroup", { name: "Marché et clients identifiés" });
    const error = await within(dialog).findByText(
      "Chaque critère se note de 0 à 4 (« Marché et clients identifiés »).",
    );
    expect(group.getAttribute("aria-describedby")).toContain(error.id);
  });

  it("shows who scored what: each member's points per criterion, the average, the spread, the dates and comments", async () => {
    renderPage([contextMock(), listMock([best])]);
    const dialog = await openPanel("Vélo taxi innovant");
    expect(
      within(dialog).getByText("Moyenne du comité : 16 / 20, de 15 à 17 selon les 2 membres qui ont noté."),
    ).toBeInTheDocument();
    const committee = within(dialog).getByRole("region", { name: "Notes du comité" });
    const table = within(committee).getByRole("table", { name: /les points de chacun des 2 membres/ });
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((cell) => cell.textContent),
    ).toEqual(["Critère", "Camille Lemoine (vous)", "Hugo Bertin", "Moyenne", "Écart"]);
    const cells = (name: string) =>
      within(within(table).getByRole("row", { name: new RegExp(`^${name}`) }))
        .getAllByRole("cell")
        .map((cell) => cell.textContent);
    expect(cells("Faisabilité technique")).toEqual(["4 / 4", "3 / 4", "3,5", "de 3 à 4"]);
    expect(cells("Potentiel de relocalisation")).toEqual(["4 / 4", "4 / 4", "4", "4"]);
    expect(cells("Total")).toEqual(["17 / 20", "15 / 20", "16 / 20", "de 15 à 17"]);
    expect(cells("Noté le")).toEqual(["20 novembre 2026", "22 novembre 2026", "", ""]);
    expect(within(committee).getByRole("list", { name: "Commentaires des membres" })).toHaveTextContent(
      "Camille Lemoine (vous), le 20 novembre 2026 : Équipe solide.",
    );
  });

  it("shows the candidacy whole in the panel: SIREN, NAF, filière, nature, submission date and the contact with its notice", async () => {
    renderPage([contextMock(), listMock([unscored])]);
    const dialog = await openPanel("Atelier de jeans normand");
    const field = (term: string) => within(dialog).getByText(term, { selector: "dt" }).nextElementSibling?.textContent;
    expect(field("SIREN")).toBe("829 153 410 (identifiant de démonstration)");
    expect(field("Code NAF")).toBe("14.13Z — Fabrication de vêtements de dessus");
    expect(field("Filière")).toBe("Textile et habillement");
    expect(field("Nature")).toBe("Relocalisation");
    expect(field("Candidature déposée le")).toBe("14 octobre 2026");
    const contact = within(dialog).getByRole("region", { name: "Contact dans l'entreprise" });
    expect(within(contact).getByText("Claire Lefort")).toBeInTheDocument();
    expect(within(contact).getByText("Dirigeante")).toBeInTheDocument();
    expect(within(contact).getByRole("link", { name: "claire.lefort@denim.example" })).toHaveAttribute(
      "href",
      "mailto:claire.lefort@denim.example",
    );
    expect(within(contact).getByRole("link", { name: "02 35 00 00 00" })).toHaveAttribute("href", "tel:0235000000");
    expect(within(contact).getByText(CONTACT_NOTICE)).toBeInTheDocument();
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

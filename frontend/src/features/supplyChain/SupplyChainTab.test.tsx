import type { MockLink } from "@apollo/client/testing";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { afterEach, describe, expect, it, vi } from "vitest";

import { ProjectSlotsContext } from "../../lib/projectSlots";
import type { Viewer } from "../../lib/viewer";
import { viewer as viewerOf } from "../../test/fixtures";
import { renderWithProviders } from "../../test/render";

import { AddSupplierCandidateMutation } from "./AddCandidateForm";
import { UpdateSupplierCandidateMutation } from "./CandidateFollowUpForm";
import { TransitionSupplierCandidateMutation } from "./candidateMoves";
import { PROJECT_ID, boardData, boardMock, candidate, indicators, stage, textileStages } from "./supplyChainFixtures";
import { SupplyChainTab } from "./SupplyChainTab";

type Mutation =
  | typeof TransitionSupplierCandidateMutation
  | typeof UpdateSupplierCandidateMutation
  | typeof AddSupplierCandidateMutation;

/** A mutation answered by `payload` (given the input), each input recorded. */
function mutationMock(
  query: Mutation,
  field: string,
  payload: (input: Record<string, unknown>) => unknown,
  inputs: unknown[],
): MockLink.MockedResponse {
  return {
    request: { query, variables: () => true },
    result: (variables: Record<string, unknown>) => {
      const input = variables["input"] as Record<string, unknown>;
      inputs.push(input);
      return { data: { [field]: payload(input) } };
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

/** Stands in for the button features/sourcingRequests provides through the app. */
function AskOtherRegions({ stageId, stageName }: { stageId: string; stageName: string }) {
  return <button type="button" value={stageId}>{`Demander aux autres régions : ${stageName}`}</button>;
}

function renderTab(mocks: MockLink.MockedResponse[], viewer?: Viewer) {
  return renderWithProviders(
    <ProjectSlotsContext value={{ stageSourcingRequest: AskOtherRegions }}>
      <SupplyChainTab projectId={PROJECT_ID} />
    </ProjectSlotsContext>,
    { mocks, ...(viewer ? { viewer } : {}) },
  );
}

/** Intl writes « 67 % » with a narrow no-break space: compared with plain ones. */
const plain = (text: string | null | undefined) => (text ?? "").replace(/[\u00a0\u202f]/g, " ");

const column = (name: RegExp) => screen.getByRole("region", { name });
const lane = (stageName: RegExp, status: RegExp) => within(column(stageName)).getByRole("group", { name: status });

/** The chain with Filature du Nord moved to `status` (and its version moved on). */
function afterMove(status: "QUALIFIED" | "REJECTED", overrides: Record<string, unknown> = {}) {
  const stages = textileStages();
  stages[0]!.candidates[0] = candidate("Q2FuZDox", "Filature du Nord", status, {
    siret: "82915341000012",
    version: 4,
    ...overrides,
  });
  return boardData({ stages });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("SupplyChainTab (« Chaîne d'approvisionnement »)", () => {
  it("shows the indicators, the stages upstream first, and each supplier in its status lane", async () => {
    renderTab([boardMock()]);
    const progress = await screen.findByRole("region", { name: "Avancement de la chaîne" });
    const figures = within(progress)
      .getAllByRole("listitem")
      .map((item) => plain(item.textContent));
    expect(figures).toEqual([
      "3 étapes sur 7 ont un fournisseur retenu",
      "67 % des retenus dans la région",
      "100 % en France",
      "3 fournisseurs retenus",
    ]);

    const board = screen.getByRole("region", { name: "Étapes de la chaîne, de l'amont à l'aval" });
    expect(
      within(board)
        .getAllByRole("heading", { level: 3 })
        .map((heading) => heading.textContent),
    ).toEqual(["1. Filature", "2. Tissage", "3. Confection"]);
    expect(within(column(/Filature$/)).getByText("Besoin : Fil de coton bio, 2 t par an")).toBeInTheDocument();
    expect(within(column(/Confection$/)).getByText("Besoin non précisé.")).toBeInTheDocument();

    const contacted = lane(/Filature$/, /^Contacté/);
    expect(contacted).toHaveAccessibleName("Contacté (1)");
    const card = within(contacted).getByRole("article", { name: "Filature du Nord" });
    expect(within(card).getByText("Roubaix (59)")).toBeInTheDocument();
    expect(within(card).getByText("SIRET 829 153 410 00012")).toBeInTheDocument();
    expect(within(card).getByText("Modifié par Camille Lemoine le 23 novembre 2026")).toBeInTheDocument();

    const abroad = within(lane(/Filature$/, /^Identifié/)).getByRole("article", { name: "Hilaturas Ferre" });
    expect(within(abroad).getByText("Espagne")).toBeInTheDocument();
    expect(within(abroad).getByText("Prochaine action : 1er décembre 2026")).toBeInTheDocument();
    expect(within(abroad).getByText("Fil recyclé, 3 semaines de délai.")).toBeInTheDocument();

    expect(within(lane(/Tissage$/, /^Retenu/)).getByRole("article", { name: "Tissage Dupont" })).toBeInTheDocument();
    const rejected = within(lane(/Tissage$/, /^Écarté/)).getByRole("article", { name: "Tissus Martin" });
    expect(within(rejected).getByText("Motif : Trop cher pour les petites séries.")).toBeInTheDocument();
    expect(within(lane(/Confection$/, /^Identifié/)).getByText("Aucun fournisseur.")).toBeInTheDocument();

    // Retained and rejected suppliers are at the end of their way: no status to change.
    expect(within(rejected).queryByRole("button", { name: /Changer le statut/ })).not.toBeInTheDocument();
    expect(
      screen.getByRole("link", { name: /Chercher dans l'annuaire un fournisseur pour l'étape « Tissage »/ }),
    ).toHaveAttribute("href", "/fournisseurs?projet=UHJvamVjdDpub3JtYW5kaWU6OQ&etape=U3RhZ2U6Mg");
  });

  it("shows « — » for the shares while no supplier is retained", async () => {
    const data = boardData({ stages: [stage("U3RhZ2U6MQ", "Filature")] });
    data.node.supplyChain.indicators = indicators({
      stages: 1,
      stagesWithRetained: 0,
      retained: 0,
      retainedInRegionShare: null,
      retainedInFranceShare: null,
    });
    renderTab([boardMock(data)]);
    const progress = await screen.findByRole("region", { name: "Avancement de la chaîne" });
    expect(
      within(progress)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual([
      "0 étape sur 1 a un fournisseur retenu",
      "— des retenus dans la région",
      "— en France",
      "0 fournisseur retenu",
    ]);
  });

  it("offers no change to a reader who may not edit the chain", async () => {
    renderTab([boardMock(boardData({ viewerCanEdit: false }))]);
    await screen.findByRole("region", { name: "Étapes de la chaîne, de l'amont à l'aval" });
    expect(screen.queryByRole("button", { name: /Changer le statut/ })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Modifier les étapes" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Ajouter un fournisseur/ })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Demander aux autres régions/ })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Exporter (.xlsx)" })).toBeInTheDocument();
  });

  it("offers an editor to ask the other regions for suppliers, stage by stage", async () => {
    renderTab([boardMock()]);
    await screen.findByRole("region", { name: "Étapes de la chaîne, de l'amont à l'aval" });
    const stages = { Filature: "U3RhZ2U6MQ", Tissage: "U3RhZ2U6Mg", Confection: "U3RhZ2U6Mw" };
    for (const [name, id] of Object.entries(stages)) {
      const ask = within(column(new RegExp(`${name}$`))).getByRole("button", { name: /Demander aux autres régions/ });
      expect(ask).toHaveAccessibleName(`Demander aux autres régions : ${name}`);
      // The stage the request will be posted for.
      expect(ask).toHaveValue(id);
    }
  });

  it("asks the other regions only for whom the API lets post sourcing requests in the project's region", async () => {
    const adviser = viewerOf("ADVISER") as unknown as Viewer;
    const withoutPosting = {
      ...adviser,
      capabilities: adviser.capabilities.filter((capability) => capability.action !== "POST_SOURCING_REQUEST"),
    };
    renderTab([boardMock()], withoutPosting);
    await screen.findByRole("region", { name: "Étapes de la chaîne, de l'amont à l'aval" });
    expect(screen.getAllByRole("button", { name: /Ajouter un fournisseur/ }).length).toBeGreaterThan(0);
    expect(screen.queryByRole("button", { name: /Demander aux autres régions/ })).not.toBeInTheDocument();
  });

  it("changes a status from the card's menu with the version read, and shows the card in its new lane", async () => {
    const user = userEvent.setup();
    const inputs: unknown[] = [];
    renderTab([
      boardMock(boardData(), 1),
      mutationMock(
        TransitionSupplierCandidateMutation,
        "transitionSupplierCandidate",
        () => ({
          __typename: "SupplierCandidateSuccess",
          candidate: afterMove("QUALIFIED").node.supplyChain.stages[0]!.candidates[0],
        }),
        inputs,
      ),
      boardMock(afterMove("QUALIFIED")),
    ]);
    const card = await screen.findByRole("article", { name: "Filature du Nord" });
    await user.click(within(card).getByRole("button", { name: "Changer le statut de « Filature du Nord »" }));
    const menu = await screen.findByRole("menu");
    expect(
      within(menu)
        .getAllByRole("menuitem")
        .map((item) => item.textContent),
    ).toEqual(["Passer à « Qualifié »", "Écarter…"]);
    await user.click(within(menu).getByRole("menuitem", { name: "Passer à « Qualifié »" }));

    await waitFor(() => expect(inputs).toHaveLength(1));
    expect(inputs[0]).toEqual({ candidateId: "Q2FuZDox", to: "QUALIFIED", reason: null, expectedVersion: 3 });
    const moved = await within(lane(/Filature$/, /^Qualifié/)).findByRole("article", { name: "Filature du Nord" });
    expect(within(lane(/Filature$/, /^Contacté/)).queryByRole("article")).not.toBeInTheDocument();
    // The card took the focus in its new lane.
    await waitFor(() => expect(within(moved).getByText("Filature du Nord")).toHaveFocus());
  });

  it("opens « Changer le statut » as a menu of menuitems only, focused on the first, that passes axe", async () => {
    const user = userEvent.setup();
    renderTab([boardMock(boardData(), 1)]);
    const card = await screen.findByRole("article", { name: "Filature du Nord" });
    await user.click(within(card).getByRole("button", { name: "Changer le statut de « Filature du Nord »" }));
    const menu = await screen.findByRole("menu");
    // Nothing but menuitems inside the menu (Mantine's focus placeholder was a focusable presentation).
    expect([...menu.children].map((child) => child.getAttribute("role"))).toEqual(["menuitem", "menuitem"]);
    await waitFor(() => expect(within(menu).getAllByRole("menuitem")[0]).toHaveFocus());
    const results = await axe.run(document.body, { rules: { "color-contrast": { enabled: false } } });
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });

  it("asks the reason before rejecting a supplier, and sends it", async () => {
    const user = userEvent.setup();
    const inputs: unknown[] = [];
    const reason = "Pas de certification GOTS.";
    renderTab([
      boardMock(boardData(), 1),
      mutationMock(
        TransitionSupplierCandidateMutation,
        "transitionSupplierCandidate",
        () => ({
          __typename: "SupplierCandidateSuccess",
          candidate: afterMove("REJECTED", { reason }).node.supplyChain.stages[0]!.candidates[0],
        }),
        inputs,
      ),
      boardMock(afterMove("REJECTED", { reason })),
    ]);
    const card = await screen.findByRole("article", { name: "Filature du Nord" });
    await user.click(within(card).getByRole("button", { name: "Changer le statut de « Filature du Nord »" }));
    await user.click(await screen.findByRole("menuitem", { name: "Écarter…" }));

    const dialog = await screen.findByRole("dialog", { name: "Écarter « Filature du Nord »" });
    const field = within(dialog).getByRole("textbox", { name: /Motif/ });
    expect(field).toBeRequired();
    await user.click(within(dialog).getByRole("button", { name: "Écarter le fournisseur" }));
    expect(await within(dialog).findByText(/Indiquez le motif : il est obligatoire/)).toBeInTheDocument();
    expect(field).toHaveFocus();
    expect(inputs).toHaveLength(0);

    await user.type(field, reason);
    await user.click(within(dialog).getByRole("button", { name: "Écarter le fournisseur" }));
    await waitFor(() => expect(inputs).toHaveLength(1));
    expect(inputs[0]).toEqual({ candidateId: "Q2FuZDox", to: "REJECTED", reason, expectedVersion: 3 });
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    const rejected = await within(lane(/Filature$/, /^Écarté/)).findByRole("article", { name: "Filature du Nord" });
    expect(within(rejected).getByText(`Motif : ${reason}`)).toBeInTheDocument();
  });

  it("shows the server's message on a conflict, and reads the chain again", async () => {
    const user = userEvent.setup();
    const stale =
      "Léa Dupuis a modifié cet élément le 23 novembre 2026 à 10 h 05 (statut) depuis que vous l'avez ouvert. " +
      "Vos changements n'ont pas été enregistrés : rechargez la page pour voir sa dernière version.";
    const inputs: unknown[] = [];
    renderTab([
      boardMock(boardData(), 1),
      mutationMock(
        TransitionSupplierCandidateMutation,
        "transitionSupplierCandidate",
        () => ({ __typename: "SourcingConflict", field: "expectedVersion", code: "STALE_VERSION", message: stale }),
        inputs,
      ),
      // Léa Dupuis had qualified it meanwhile.
      boardMock(afterMove("QUALIFIED", { changedBy: "Léa Dupuis" })),
    ]);
    const card = await screen.findByRole("article", { name: "Filature du Nord" });
    await user.click(within(card).getByRole("button", { name: "Changer le statut de « Filature du Nord »" }));
    await user.click(await screen.findByRole("menuitem", { name: "Passer à « Qualifié »" }));

    const alert = await screen.findByRole("alert", { name: "Ce fournisseur a été modifié entre-temps" });
    expect(alert).toHaveTextContent(stale);
    const reread = await within(lane(/Filature$/, /^Qualifié/)).findByRole("article", { name: "Filature du Nord" });
    expect(within(reread).getByText(/^Modifié par Léa Dupuis/)).toBeInTheDocument();
    expect(inputs).toEqual([{ candidateId: "Q2FuZDox", to: "QUALIFIED", reason: null, expectedVersion: 3 }]);
  });

  it("adds a supplier outside the directory, by name and commune code", async () => {
    const user = userEvent.setup();
    const inputs: unknown[] = [];
    const added = candidate("Q2FuZDo1", "Atelier Lemaire", "IDENTIFIED", { communeName: "Elbeuf", departement: "76" });
    const stages = textileStages();
    stages[2]!.candidates.push(added);
    renderTab([
      boardMock(boardData(), 1),
      mutationMock(
        AddSupplierCandidateMutation,
        "addSupplierCandidate",
        (input) =>
          input["communeCode"] === "76231"
            ? { __typename: "SupplierCandidateSuccess", candidate: added }
            : {
                __typename: "SourcingInvalid",
                field: "communeCode",
                code: "UNKNOWN_COMMUNE",
                message: "Aucune commune n'a le code 76999.",
              },
        inputs,
      ),
      boardMock(boardData({ stages })),
    ]);
    await user.click(await screen.findByRole("button", { name: "Ajouter un fournisseur à l'étape « Confection »" }));
    const dialog = await screen.findByRole("dialog", { name: "Ajouter un fournisseur à « Confection »" });
    expect(within(dialog).getByRole("link", { name: "Chercher dans l'annuaire" })).toHaveAttribute(
      "href",
      "/fournisseurs?projet=UHJvamVjdDpub3JtYW5kaWU6OQ&etape=U3RhZ2U6Mw",
    );
    await user.click(within(dialog).getByRole("radio", { name: "Hors annuaire" }));
    await user.type(within(dialog).getByRole("textbox", { name: /Nom du fournisseur/ }), "Atelier Lemaire");
    const commune = within(dialog).getByRole("textbox", { name: /Code commune INSEE/ });
    await user.type(commune, "76999");
    await user.click(within(dialog).getByRole("button", { name: "Ajouter le fournisseur" }));
    // The server's refusal is shown under the commune code.
    expect(await within(dialog).findByText(/Aucune commune n'a ce code INSEE/)).toBeInTheDocument();
    expect(commune).toHaveAttribute("aria-invalid", "true");

    await user.clear(commune);
    await user.type(commune, "76231");
    await user.click(within(dialog).getByRole("button", { name: "Ajouter le fournisseur" }));
    await waitFor(() => expect(inputs).toHaveLength(2));
    expect(inputs[1]).toEqual({
      stageId: "U3RhZ2U6Mw",
      name: "Atelier Lemaire",
      communeCode: "76231",
      country: "France",
      notes: "",
    });
    const card = await within(lane(/Confection$/, /^Identifié/)).findByRole("article", { name: "Atelier Lemaire" });
    expect(within(card).getByText("Elbeuf (76)")).toBeInTheDocument();
  });

  it("adds a supplier of the directory by its SIRET", async () => {
    const user = userEvent.setup();
    const inputs: unknown[] = [];
    renderTab([
      boardMock(),
      mutationMock(
        AddSupplierCandidateMutation,
        "addSupplierCandidate",
        () => ({
          __typename: "SourcingInvalid",
          field: "siret",
          code: "UNKNOWN_SUPPLIER",
          message: "Aucun établissement actif de l'annuaire n'a le SIRET 82915341000020.",
        }),
        inputs,
      ),
    ]);
    await user.click(await screen.findByRole("button", { name: "Ajouter un fournisseur à l'étape « Tissage »" }));
    const dialog = await screen.findByRole("dialog", { name: "Ajouter un fournisseur à « Tissage »" });
    const siret = within(dialog).getByRole("textbox", { name: /SIRET/ });
    await user.type(siret, "829 153 410");
    await user.click(within(dialog).getByRole("button", { name: "Ajouter le fournisseur" }));
    expect(await within(dialog).findByText(/il faut 14 chiffres/)).toBeInTheDocument();
    expect(inputs).toHaveLength(0);

    await user.type(siret, " 00020");
    await user.click(within(dialog).getByRole("button", { name: "Ajouter le fournisseur" }));
    await waitFor(() => expect(inputs).toHaveLength(1));
    expect(inputs[0]).toEqual({ stageId: "U3RhZ2U6Mg", siret: "82915341000020", notes: "" });
    expect(
      await within(dialog).findByText("Aucun établissement actif de l'annuaire n'a le SIRET 82915341000020."),
    ).toBeInTheDocument();
  });

  it("edits a supplier's notes and next action with the version read", async () => {
    const user = userEvent.setup();
    const inputs: unknown[] = [];
    renderTab([
      boardMock(),
      mutationMock(
        UpdateSupplierCandidateMutation,
        "updateSupplierCandidate",
        (input) => ({
          __typename: "SupplierCandidateSuccess",
          candidate: candidate("Q2FuZDoy", "Hilaturas Ferre", "IDENTIFIED", {
            communeName: "",
            departement: null,
            country: "Espagne",
            notes: input["notes"],
            nextActionOn: null,
            version: 4,
          }),
        }),
        inputs,
      ),
    ]);
    const card = await screen.findByRole("article", { name: "Hilaturas Ferre" });
    await user.click(within(card).getByRole("button", { name: "Modifier le suivi de « Hilaturas Ferre »" }));
    const dialog = await screen.findByRole("dialog", { name: "Suivi de « Hilaturas Ferre »" });
    const notes = within(dialog).getByRole("textbox", { name: "Notes" });
    await user.clear(notes);
    await user.type(notes, "Échantillons reçus.");
    await user.clear(within(dialog).getByLabelText("Date de la prochaine action"));
    await user.click(within(dialog).getByRole("button", { name: "Enregistrer le suivi" }));

    await waitFor(() => expect(inputs).toHaveLength(1));
    expect(inputs[0]).toEqual({
      candidateId: "Q2FuZDoy",
      expectedVersion: 3,
      notes: "Échantillons reçus.",
      nextActionOn: null,
      clearNextAction: true,
    });
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(within(card).getByText("Échantillons reçus.")).toBeInTheDocument();
    expect(within(card).queryByText(/Prochaine action/)).not.toBeInTheDocument();
  });

  it("downloads the chain as a workbook, with the bearer token", async () => {
    const user = userEvent.setup();
    const fetchMock = vi.fn((_url: string, _init?: RequestInit) =>
      Promise.resolve(
        new Response("xlsx", {
          status: 200,
          headers: { "Content-Disposition": 'attachment; filename="chaine-velo-taxi-2026-11-23.xlsx"' },
        }),
      ),
    );
    vi.stubGlobal("fetch", fetchMock);
    vi.stubGlobal("URL", Object.assign(URL, { createObjectURL: vi.fn(() => "blob:chaine"), revokeObjectURL: vi.fn() }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
    renderTab([boardMock()]);
    await user.click(await screen.findByRole("button", { name: "Exporter (.xlsx)" }));
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe("/exports/projects/UHJvamVjdDpub3JtYW5kaWU6OQ/supply-chain.xlsx");
    expect(new Headers(init?.headers).get("authorization")).toBe("Bearer token");
    await vi.waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    click.mockRestore();
  });
});

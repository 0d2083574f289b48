import type { MockLink } from "@apollo/client/testing";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { renderWithProviders } from "../../test/render";

import { DeMinimisBox } from "./DeMinimisBox";
import {
  PROJECT_ID,
  SCHEME_ID,
  financingTab,
  financingTabMock,
  line,
  match,
  scheme,
  source,
} from "./financingFixtures";
import { SaveFinancingSourceMutation } from "./FinancingSourceModal";
import { FinancingTab } from "./FinancingTab";
import { DeleteInvestmentLineMutation, SaveInvestmentLineMutation } from "./InvestmentPlanTable";

/** Intl writes « 12 000 € » with narrow no-break spaces: compared with plain ones. */
const plain = (text: string | null | undefined) => (text ?? "").replace(/[\u00a0\u202f]/g, " ");

const LINE_ID = "SW52ZXN0bWVudExpbmU6bm9ybWFuZGllOjE";

type Mutation =
  typeof SaveInvestmentLineMutation | typeof DeleteInvestmentLineMutation | typeof SaveFinancingSourceMutation;

/** A mutation answered by `payload`, each input recorded. */
function mutationMock(
  query: Mutation,
  field: string,
  payload: (input: Record<string, unknown>) => unknown,
  inputs: Record<string, unknown>[],
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

const projectRef = { __typename: "Project", id: PROJECT_ID };

function renderTab(mocks: MockLink.MockedResponse[], viewer: "COACH" | "PARTNER" = "COACH") {
  return renderWithProviders(<FinancingTab projectId={PROJECT_ID} />, { mocks, viewer });
}

const twoYears = {
  lines: [
    line(LINE_ID),
    line("SW52ZXN0bWVudExpbmU6bm9ybWFuZGllOjI", {
      category: "BUILDING",
      label: "Aménagement de l'atelier (démo)",
      amount: 180000,
      year: 2027,
      quarter: null,
      status: "ESTIMATED",
    }),
  ],
  sources: [
    source("RmluYW5jaW5nU291cmNlOm5vcm1hbmRpZTox"),
    source("RmluYW5jaW5nU291cmNlOm5vcm1hbmRpZToy", {
      kind: "REGIONAL_AID",
      label: "",
      amount: 250000,
      year: 2027,
      status: "TO_APPLY",
      appliedOn: null,
      decidedOn: null,
    }),
  ],
};

describe("FinancingTab (« Financement »)", () => {
  it("shows the investment plan in French, with its totals by category and by year", async () => {
    renderTab([financingTabMock(twoYears)]);
    const lines = await screen.findByRole("table", { name: "Lignes du plan d'investissement" });
    const first = within(lines).getByRole("row", { name: /Métier à tisser/ });
    expect(plain(first.textContent)).toContain("Machines et équipements");
    expect(plain(first.textContent)).toContain("420 000 €");
    expect(plain(first.textContent)).toContain("T2 2026");
    expect(plain(first.textContent)).toContain("Devis reçu");
    const byCategory = screen.getByRole("table", { name: "Investissement par catégorie" });
    expect(plain(within(byCategory).getByRole("row", { name: /Bâtiment et aménagements/ }).textContent)).toContain(
      "180 000 €",
    );
    expect(plain(within(byCategory).getByRole("row", { name: /Total/ }).textContent)).toContain("600 000 €");
    const byYear = screen.getByRole("table", { name: "Investissement par année" });
    expect(plain(within(byYear).getByRole("row", { name: /2027/ }).textContent)).toContain("180 000 €");
  });

  it("balances uses and sources per year and in total, the gap shown and never blocking", async () => {
    renderTab([financingTabMock(twoYears)]);
    const balance = await screen.findByRole("table", { name: "Équilibre du plan par année" });
    expect(plain(within(balance).getByRole("row", { name: /2026/ }).textContent)).toContain("Il manque 120 000 €");
    expect(plain(within(balance).getByRole("row", { name: /2027/ }).textContent)).toContain("Excédent de 70 000 €");
    expect(plain(within(balance).getByRole("row", { name: /Total/ }).textContent)).toContain("Il manque 50 000 €");
    const sources = screen.getByRole("table", { name: "Ressources du plan de financement" });
    const loan = within(sources).getByRole("row", { name: /Prêt d'équipement/ });
    expect(loan).toHaveTextContent("Prêt bancaire");
    expect(loan).toHaveTextContent("Obtenu");
    expect(loan).toHaveTextContent("Décision le 15 mars 2026");
    // A source without a label is named by its kind.
    expect(within(sources).getByRole("row", { name: /Subvention ou avance régionale/ })).toHaveTextContent("À déposer");
  });

  it("warns when the plan goes over the de minimis ceiling, with the figures and the date", () => {
    renderWithProviders(
      <DeMinimisBox
        projectId={PROJECT_ID}
        canEdit={false}
        onReload={() => Promise.resolve()}
        plan={
          {
            ...financingTab({
              deMinimis: {
                total: 340000,
                earlierAidAmount: 120000,
                remaining: 0,
                exceeded: true,
                exceedsOn: "2027-03-01",
              },
              earlierAid: [
                {
                  __typename: "EarlierDeMinimisAid",
                  id: "RWFybGllckRlTWluaW1pc0FpZDox",
                  grantedOn: "2025-05-12",
                  amount: 120000,
                  grantedBy: "Région Normandie, Impulsion Export (démo)",
                  version: 1,
                },
              ],
            }).node.financingPlan,
          } as never
        }
      />,
    );
    const box = screen.getByRole("region", { name: "Plafond de minimis" });
    const warning = within(box).getByRole("alert");
    expect(warning).toHaveTextContent("Le plan dépasse le plafond de minimis");
    expect(plain(warning.textContent)).toContain(
      "Avec 340 000 € d'aides de minimis, l'entreprise dépasse le plafond de 300 000 € de 40 000 €.",
    );
    expect(warning).toHaveTextContent("Le plafond est dépassé à partir du 1er mars 2027.");
    expect(plain(box.textContent)).toContain("120 000 € le 12 mai 2025 — Région Normandie, Impulsion Export (démo)");
    expect(within(box).queryByRole("button", { name: "Ajouter une aide antérieure" })).not.toBeInTheDocument();
  });

  it("adds a line from the keyboard: Enter saves it, and the plan is read again", async () => {
    const user = userEvent.setup();
    const inputs: Record<string, unknown>[] = [];
    const added = line("SW52ZXN0bWVudExpbmU6bm9ybWFuZGllOjM", {
      category: "TOOLING",
      label: "Presse de découpe (démo)",
      amount: 45000,
      quarter: null,
      status: "ESTIMATED",
    });
    renderTab([
      financingTabMock({}, false),
      mutationMock(
        SaveInvestmentLineMutation,
        "saveInvestmentLine",
        () => ({
          __typename: "InvestmentLineSuccess",
          line: { __typename: "InvestmentLine", id: added.id, version: 1 },
        }),
        inputs,
      ),
      financingTabMock({ lines: [line(LINE_ID), added] }),
    ]);
    await user.click(await screen.findByRole("button", { name: "Ajouter une ligne" }));
    const category = screen.getByRole("combobox", { name: "Catégorie de la ligne 2" });
    expect(category).toHaveFocus();
    await user.selectOptions(category, "Outillage");
    await user.type(screen.getByRole("textbox", { name: "Libellé de la ligne 2" }), "Presse de découpe (démo)");
    await user.type(screen.getByRole("textbox", { name: "Montant HT en euros de la ligne 2" }), "45 000{Enter}");
    await waitFor(() => expect(inputs).toHaveLength(1));
    expect(inputs[0]).toEqual({
      projectId: PROJECT_ID,
      id: null,
      expectedVersion: null,
      category: "TOOLING",
      label: "Presse de découpe (démo)",
      amount: 45000,
      year: 2026,
      quarter: null,
      status: "ESTIMATED",
      supplierCandidateId: null,
      quoteDocumentId: null,
    });
    const row = await screen.findByRole("row", { name: /Presse de découpe/ });
    expect(plain(row.textContent)).toContain("45 000 €");
    await waitFor(() =>
      expect(screen.getByRole("button", { name: "Modifier la ligne « Presse de découpe (démo) »" })).toHaveFocus(),
    );
  });

  it("refuses an amount that is not whole euros at its cell, before sending; Escape gives the edit up", async () => {
    const user = userEvent.setup();
    const inputs: Record<string, unknown>[] = [];
    renderTab([financingTabMock(), mutationMock(SaveInvestmentLineMutation, "saveInvestmentLine", () => null, inputs)]);
    await user.click(
      await screen.findByRole("button", { name: "Modifier la ligne « Métier à tisser jacquard (démo) »" }),
    );
    const amount = screen.getByRole("textbox", { name: "Montant HT en euros de la ligne 1" });
    await user.clear(amount);
    await user.type(amount, "12,5{Enter}");
    expect(amount).toHaveAccessibleDescription("Le montant s'indique en euros entiers, entre 0 et 1 000 000 000 €.");
    expect(amount).toHaveFocus();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("textbox", { name: "Montant HT en euros de la ligne 1" })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Modifier la ligne « Métier à tisser jacquard (démo) »" })).toHaveFocus();
    expect(inputs).toHaveLength(0);
  });

  it("says in French that the line changed meanwhile, with who changed it, and reads the plan again", async () => {
    const user = userEvent.setup();
    const inputs: Record<string, unknown>[] = [];
    renderTab([
      financingTabMock(),
      mutationMock(
        SaveInvestmentLineMutation,
        "saveInvestmentLine",
        () => ({
          __typename: "FinancingConflict",
          field: null,
          code: "STALE_VERSION",
          message: "Camille Lemoine a modifié le montant de cette ligne le 23 novembre 2026 à 10:05.",
        }),
        inputs,
      ),
    ]);
    await user.click(
      await screen.findByRole("button", { name: "Modifier la ligne « Métier à tisser jacquard (démo) »" }),
    );
    await user.type(screen.getByRole("textbox", { name: "Libellé de la ligne 1" }), " neuf{Enter}");
    const plan = screen.getByRole("region", { name: "Plan d'investissement" });
    const alert = await within(plan).findByRole("alert");
    expect(alert).toHaveTextContent("Cette ligne a été modifiée entre-temps");
    expect(alert).toHaveTextContent("Camille Lemoine a modifié le montant de cette ligne le 23 novembre 2026 à 10:05.");
    expect(inputs[0]).toMatchObject({ id: LINE_ID, expectedVersion: 1 });
    await user.click(within(alert).getByRole("button", { name: "Recharger le plan" }));
    await waitFor(() => expect(within(plan).queryByRole("alert")).not.toBeInTheDocument());
    expect(screen.queryByRole("textbox", { name: "Libellé de la ligne 1" })).not.toBeInTheDocument();
  });

  it("deletes a line only once confirmed", async () => {
    const user = userEvent.setup();
    const inputs: Record<string, unknown>[] = [];
    renderTab([
      financingTabMock(),
      mutationMock(
        DeleteInvestmentLineMutation,
        "deleteInvestmentLine",
        () => ({ __typename: "FinancingPlanChangeSuccess", project: projectRef }),
        inputs,
      ),
    ]);
    await user.click(
      await screen.findByRole("button", { name: "Supprimer la ligne « Métier à tisser jacquard (démo) »" }),
    );
    const dialog = screen.getByRole("dialog", { name: "Supprimer la ligne" });
    expect(plain(dialog.textContent)).toContain("Supprimer « Métier à tisser jacquard (démo) » (420 000 €)");
    expect(within(dialog).getByRole("button", { name: "Garder la ligne" })).toHaveFocus();
    await user.click(within(dialog).getByRole("button", { name: "Supprimer la ligne" }));
    await waitFor(() => expect(inputs).toEqual([{ id: LINE_ID, expectedVersion: 1 }]));
  });

  it("proposes the matching schemes with their reasons, and adds one in one click as a source to apply", async () => {
    const user = userEvent.setup();
    const inputs: Record<string, unknown>[] = [];
    renderTab([
      financingTabMock(),
      mutationMock(
        SaveFinancingSourceMutation,
        "saveFinancingSource",
        () => ({
          __typename: "FinancingSourceSuccess",
          source: { __typename: "FinancingSource", id: "RmluYW5jaW5nU291cmNlOm5vcm1hbmRpZToy", version: 1 },
        }),
        inputs,
      ),
    ]);
    const proposals = await screen.findByRole("list", { name: "Dispositifs proposés" });
    const proposal = within(proposals).getByRole("listitem", { name: "Impulsion relocalisation (démo)" });
    expect(proposal).toHaveTextContent("Impulsion relocalisation (démo)");
    expect(proposal).toHaveTextContent("Subvention");
    expect(proposal).toHaveTextContent("PME en Normandie");
    expect(proposal).toHaveTextContent("montant minimum de 50 000 € non vérifié");
    expect(proposal).toHaveTextContent("Clôture le 30 juin 2027");
    await user.click(
      within(proposal).getByRole("button", { name: "Ajouter au plan « Impulsion relocalisation (démo) »" }),
    );
    // The kind and amount the API proposes.
    await waitFor(() =>
      expect(inputs).toEqual([
        {
          projectId: PROJECT_ID,
          kind: "REGIONAL_AID",
          label: "Impulsion relocalisation (démo)",
          amount: 120000,
          year: 2026,
          status: "TO_APPLY",
          schemeId: SCHEME_ID,
        },
      ]),
    );
  });

  it("opens the source's dialog, filled in but the amount, when nothing says how much a scheme brings", async () => {
    const user = userEvent.setup();
    renderTab([financingTabMock({ matches: [match({ proposedSourceKind: "BPIFRANCE", proposedAmount: null })] })]);
    const proposals = await screen.findByRole("list", { name: "Dispositifs proposés" });
    await user.click(
      within(proposals).getByRole("button", { name: "Ajouter au plan « Impulsion relocalisation (démo) »" }),
    );
    const dialog = await screen.findByRole("dialog", { name: "Nouvelle ressource" });
    expect(within(dialog).getByRole("combobox", { name: /^Nature/ })).toHaveDisplayValue("Prêt ou garantie Bpifrance");
    expect(within(dialog).getByRole("textbox", { name: /^Libellé/ })).toHaveValue("Impulsion relocalisation (démo)");
    expect(within(dialog).getByRole("textbox", { name: /^Montant en euros/ })).toHaveValue("");
  });

  it("waits for a first line before proposing schemes, and says a scheme is already in the plan", async () => {
    renderTab([
      financingTabMock({
        lines: [],
        matches: [],
        sources: [
          source("RmluYW5jaW5nU291cmNlOm5vcm1hbmRpZTox", {
            scheme: { __typename: "FinancingScheme", id: SCHEME_ID, name: "x" },
          }),
        ],
      }),
    ]);
    expect(
      await screen.findByText("Les dispositifs seront proposés dès que le plan d'investissement aura une ligne."),
    ).toBeInTheDocument();
    expect(
      screen.getByText("Aucune ligne pour l'instant : ajoutez la première dépense du projet."),
    ).toBeInTheDocument();
  });

  it("adds a source from its dialog: the scheme gives its de minimis default, a refused date is said at its field", async () => {
    const user = userEvent.setup();
    const inputs: Record<string, unknown>[] = [];
    renderTab([
      financingTabMock(),
      mutationMock(
        SaveFinancingSourceMutation,
        "saveFinancingSource",
        () => ({
          __typename: "FinancingInvalid",
          field: "decidedOn",
          code: "INVALID_DATES",
          message: "La décision ne peut précéder le dépôt de la demande.",
        }),
        inputs,
      ),
    ]);
    await user.click(await screen.findByRole("button", { name: "Ajouter une ressource" }));
    const dialog = screen.getByRole("dialog", { name: "Nouvelle ressource" });
    await user.selectOptions(
      within(dialog).getByRole("combobox", { name: /^Nature/ }),
      "Subvention ou avance régionale",
    );
    await user.type(within(dialog).getByRole("textbox", { name: /^Montant en euros/ }), "80 000");
    await user.selectOptions(within(dialog).getByRole("combobox", { name: /^Statut/ }), "Obtenu");
    await user.type(within(dialog).getByRole("textbox", { name: "Date de dépôt" }), "15/03/2026");
    await user.type(within(dialog).getByRole("textbox", { name: "Date de décision" }), "10/03/2026");
    const deMinimis = within(dialog).getByRole("checkbox", { name: /^Aide de minimis/ });
    expect(deMinimis).not.toBeChecked();
    await user.selectOptions(
      within(dialog).getByRole("combobox", { name: "Dispositif" }),
      "Impulsion relocalisation (démo)",
    );
    expect(deMinimis).toBeChecked();
    await user.click(within(dialog).getByRole("button", { name: "Ajouter la ressource" }));
    const decidedOn = within(dialog).getByRole("textbox", { name: "Date de décision" });
    await waitFor(() =>
      expect(decidedOn).toHaveAccessibleDescription("La décision ne peut précéder le dépôt de la demande."),
    );
    expect(decidedOn).toHaveFocus();
    expect(inputs[0]).toEqual({
      projectId: PROJECT_ID,
      id: null,
      expectedVersion: null,
      kind: "REGIONAL_AID",
      label: "",
      amount: 80000,
      year: 2026,
      status: "OBTAINED",
      appliedOn: "2026-03-15",
      decidedOn: "2026-03-10",
      schemeId: SCHEME_ID,
      deMinimis: true,
      aidEquivalent: null,
      decisionDocumentId: null,
    });
  });

  it("shows a partner with the financing grant the plans read-only", async () => {
    renderTab([financingTabMock({ canEdit: false, matches: [match({ scheme: scheme() })] })], "PARTNER");
    expect(await screen.findByText("Vous consultez les plans en lecture seule.")).toBeInTheDocument();
    expect(screen.getByRole("table", { name: "Lignes du plan d'investissement" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Ajouter une ligne" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^Modifier/ })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^Ajouter au plan/ })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Exporter le plan (.xlsx)" })).toBeInTheDocument();
  });
});

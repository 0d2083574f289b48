import type { MockLink } from "@apollo/client/testing";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { regions } from "../../test/fixtures";
import { renderWithProviders } from "../../test/render";

import { SaveFinancingSchemeMutation } from "./FinancingSchemeModal";
import { FinancingSchemesPage, FinancingSchemesQuery, SCHEMES_PAGE_SIZE } from "./FinancingSchemesPage";

const NO_FILTER: Record<"text" | "region" | "type" | "purpose" | "openOn", string | null> = {
  text: null,
  region: null,
  type: null,
  purpose: null,
  openOn: null,
};

function scheme(id: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: "FinancingScheme",
    id,
    version: 2,
    name: "Prêt relocalisation industrielle (démo)",
    financerLabel: "Bpifrance (démo)",
    description: "",
    type: "LOAN",
    purposes: ["INVESTMENT"],
    companySizes: ["PME", "ETI"],
    nafSections: ["C"],
    projectKinds: [] as string[],
    financerOrganisation: null,
    nationwide: true,
    regions: [] as unknown[],
    departements: [] as unknown[],
    amountMin: null,
    amountMax: 500000,
    rateMin: null,
    rateMax: null,
    opensOn: null as string | null,
    closesOn: null as string | null,
    applicationUrl: "",
    sourceUrl: "https://exemple.fr/pret",
    deMinimis: false,
    ownerRegion: null as string | null,
    viewerCanEdit: true,
    ...overrides,
  };
}

function listMock(nodes: ReturnType<typeof scheme>[], filter = NO_FILTER): MockLink.MockedResponse {
  return {
    request: { query: FinancingSchemesQuery, variables: { first: SCHEMES_PAGE_SIZE, after: null, filter } },
    result: {
      data: {
        financingSchemes: {
          __typename: "FinancingSchemeConnection",
          totalCount: nodes.length,
          pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
          edges: nodes.map((node) => ({ __typename: "FinancingSchemeEdge", node })),
        },
        regions: { __typename: "RegionConnection", edges: regions.map((node) => ({ __typename: "RegionEdge", node })) },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

const schemes = [
  scheme("RmluYW5jaW5nU2NoZW1lOm5hdGlvbmFsOjE", { viewerCanEdit: false }),
  scheme("RmluYW5jaW5nU2NoZW1lOm5hdGlvbmFsOjI", {
    name: "Impulsion relocalisation Normandie (démo)",
    financerLabel: "Région Normandie (démo)",
    type: "GRANT",
    nationwide: false,
    regions: [{ __typename: "SchemeArea", code: "28", name: "Normandie" }],
    departements: [{ __typename: "SchemeArea", code: "76", name: "Seine-Maritime" }],
    opensOn: "2026-01-15",
    closesOn: "2027-06-30",
    ownerRegion: "normandie",
  }),
];

describe("FinancingSchemesPage (« Dispositifs de financement »)", () => {
  it("lists the catalogue in French: type, perimeter, dates, a region's own schemes named so", async () => {
    renderWithProviders(<FinancingSchemesPage />, { mocks: [listMock(schemes)] });
    expect(await screen.findByText("2 dispositifs")).toHaveAttribute("role", "status");
    const table = screen.getByRole("table", { name: "Dispositifs de financement" });
    const loan = within(table).getByRole("row", { name: /Prêt relocalisation/ });
    expect(loan).toHaveTextContent("Prêt");
    expect(loan).toHaveTextContent("France entière");
    expect(loan).toHaveTextContent("Au fil de l'eau");
    expect(within(loan).queryByRole("button", { name: /^Modifier/ })).not.toBeInTheDocument();
    const regional = within(table).getByRole("row", { name: /Impulsion/ });
    expect(regional).toHaveTextContent("Dispositif régional (Normandie)");
    expect(regional).toHaveTextContent("Normandie, Seine-Maritime");
    expect(regional).toHaveTextContent("À partir du 15 janvier 2026");
    expect(regional).toHaveTextContent("Jusqu'au 30 juin 2027");
    expect(
      within(regional).getByRole("button", { name: "Modifier « Impulsion relocalisation Normandie (démo) »" }),
    ).toBeInTheDocument();
  });

  it("filters by territory and type", async () => {
    const user = userEvent.setup();
    renderWithProviders(<FinancingSchemesPage />, {
      mocks: [
        listMock(schemes),
        listMock([schemes[1]!], { ...NO_FILTER, region: "normandie" }),
        listMock([], { ...NO_FILTER, region: "normandie", type: "LOAN" }),
      ],
    });
    await screen.findByRole("table", { name: "Dispositifs de financement" });
    await user.selectOptions(screen.getByRole("combobox", { name: "Territoire" }), "Normandie");
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("1 dispositif"));
    await user.selectOptions(screen.getByRole("combobox", { name: "Type" }), "Prêt");
    expect(await screen.findByText("Aucun dispositif ne correspond à ces critères.")).toBeInTheDocument();
  });

  it("edits a region's scheme: its audience (sizes, NAF sections, project kinds) as chosen, the rest as it was", async () => {
    const user = userEvent.setup();
    const inputs: Record<string, unknown>[] = [];
    renderWithProviders(<FinancingSchemesPage />, {
      mocks: [
        listMock(schemes),
        {
          request: { query: SaveFinancingSchemeMutation, variables: () => true },
          result: (variables: Record<string, unknown>) => {
            const input = variables["input"] as Record<string, unknown>;
            inputs.push(input);
            return {
              data: {
                saveFinancingScheme: {
                  __typename: "FinancingSchemeSuccess",
                  scheme: { ...schemes[1]!, version: 3, name: input["name"] },
                },
              },
            };
          },
        },
      ],
    });
    await user.click(
      await screen.findByRole("button", { name: "Modifier « Impulsion relocalisation Normandie (démo) »" }),
    );
    const dialog = screen.getByRole("dialog", { name: "Modifier « Impulsion relocalisation Normandie (démo) »" });
    expect(dialog).toHaveTextContent("Dispositif régional : Normandie");
    await user.click(within(dialog).getByRole("combobox", { name: /^Projets visés/ }));
    await user.click(await screen.findByRole("option", { name: "Relocalisation" }));
    await user.click(within(dialog).getByRole("button", { name: "Enregistrer" }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(inputs[0]).toMatchObject({
      id: "RmluYW5jaW5nU2NoZW1lOm5hdGlvbmFsOjI",
      expectedVersion: 2,
      type: "GRANT",
      nationwide: false,
      regions: ["normandie"],
      departements: ["76"],
      nafSections: ["C"],
      projectKinds: ["RELOCATION"],
      opensOn: "2026-01-15",
      closesOn: "2027-06-30",
    });
  });

  it("creates a scheme: what is missing is said at its field, and so is the API's refusal", async () => {
    const user = userEvent.setup();
    const inputs: Record<string, unknown>[] = [];
    renderWithProviders(<FinancingSchemesPage />, {
      viewer: "NATIONAL",
      mocks: [
        listMock(schemes),
        {
          request: { query: SaveFinancingSchemeMutation, variables: () => true },
          result: (variables: Record<string, unknown>) => {
            inputs.push(variables["input"] as Record<string, unknown>);
            return {
              data: {
                saveFinancingScheme: {
                  __typename: "FinancingInvalid",
                  field: "sourceUrl",
                  code: "INVALID_URL",
                  message: "L'adresse doit commencer par https://.",
                },
              },
            };
          },
        },
      ],
    });
    await user.click(await screen.findByRole("button", { name: "Nouveau dispositif" }));
    const dialog = screen.getByRole("dialog", { name: "Nouveau dispositif" });
    expect(dialog).toHaveTextContent("Catalogue national");
    await user.click(within(dialog).getByRole("button", { name: "Créer le dispositif" }));
    expect(within(dialog).getByRole("textbox", { name: /^Nom/ })).toHaveAccessibleDescription(
      "Indiquez le nom du dispositif.",
    );
    await waitFor(() => expect(within(dialog).getByRole("textbox", { name: /^Nom/ })).toHaveFocus());
    expect(within(dialog).getByRole("combobox", { name: /^Type/ })).toHaveAccessibleDescription(
      "Choisissez le type du dispositif.",
    );
    expect(inputs).toHaveLength(0);

    await user.type(within(dialog).getByRole("textbox", { name: /^Nom/ }), "Aide fictive (démo)");
    await user.type(within(dialog).getByRole("textbox", { name: /^Financeur/ }), "Financeur fictif (démo)");
    await user.selectOptions(within(dialog).getByRole("combobox", { name: /^Type/ }), "Subvention");
    await user.type(within(dialog).getByRole("textbox", { name: /^Montant maximum/ }), "150 000");
    await user.type(within(dialog).getByRole("textbox", { name: /^Source/ }), "exemple.fr");
    await user.click(within(dialog).getByRole("button", { name: "Créer le dispositif" }));
    await waitFor(() =>
      expect(within(dialog).getByRole("textbox", { name: /^Source/ })).toHaveAccessibleDescription(
        expect.stringContaining("Cette adresse n'est pas valide"),
      ),
    );
    expect(inputs[0]).toMatchObject({
      id: null,
      name: "Aide fictive (démo)",
      financerLabel: "Financeur fictif (démo)",
      type: "GRANT",
      nationwide: true,
      regions: [],
      amountMax: 150000,
      sourceUrl: "exemple.fr",
      nafSections: [],
      financerOrganisationId: null,
    });
  });
});

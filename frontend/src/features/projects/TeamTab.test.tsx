import type { MockLink } from "@apollo/client/testing";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { renderWithProviders } from "../../test/render";

import { SetProjectTeamMutation } from "./CoachExpertsForm";
import { LATEST_INTERVIEWS, MarketStudyQuery } from "./MarketStudySection";
import { SetProjectProductsMutation } from "./ProductsForm";
import { pageData, pageProject } from "./projectFixtures";
import { ProjectPage, ProjectPageQuery } from "./ProjectPage";

const ID = "UHJvamVjdDpub3JtYW5kaWU6OQ";

function product(name: string, customsCode: string | null, annualImportValueEur: number | null) {
  return { __typename: "ProjectProduct", name, customsCode, annualImportValueEur };
}

function member(role: "COACH" | "EXPERT", name: string, organisation = "", email = "", expertise = "") {
  return { __typename: "TeamMember", role, name, organisation, email, expertise };
}

const PRODUCTS = [product("Tee-shirt en coton bio", "61091000", 250000), product("Sweat à capuche", null, null)];
const TEAM = [
  member("COACH", "Paul Girard", "Cabinet Girard", "paul.girard@cabinet.example", "Industrialisation"),
  member("EXPERT", "Nadia Benali", "Bpifrance", "", "Financement"),
];

function pageMock(
  overrides: Record<string, unknown> = {},
  maxUsageCount = Number.POSITIVE_INFINITY,
): MockLink.MockedResponse {
  return {
    request: { query: ProjectPageQuery, variables: { id: ID } },
    result: { data: pageData(pageProject({ id: ID, version: 6, products: PRODUCTS, team: TEAM, ...overrides })) },
    maxUsageCount,
  };
}

/** `viewerCanEdit` as the page's: the study's answer writes it on the same cached project. */
function studyMock(viewerCanEdit = true): MockLink.MockedResponse {
  return {
    request: { query: MarketStudyQuery, variables: { id: ID, interviews: LATEST_INTERVIEWS } },
    result: {
      data: {
        viewer: { __typename: "Viewer", today: "2026-11-23" },
        node: {
          __typename: "Project",
          id: ID,
          viewerCanEdit,
          marketStudy: {
            __typename: "MarketStudy",
            team: {
              __typename: "StudentTeam",
              school: "NEOMA Business School",
              teacherName: "Claire Martin",
              version: 2,
              students: [{ __typename: "Student", name: "Léo Bernard", email: "leo.bernard@neoma.fr" }],
            },
            interviewCount: 0,
            byProfile: [],
            firstInterview: null,
            lastInterview: null,
            interviews: [],
          },
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

function mutationMock(
  query: typeof SetProjectProductsMutation | typeof SetProjectTeamMutation,
  field: "setProjectProducts" | "setProjectTeam",
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

function renderTab(mocks: MockLink.MockedResponse[], search = "?onglet=equipe") {
  return renderWithProviders(<ProjectPage />, {
    route: `/projets/${ID}${search}`,
    path: "/projets/:projectId",
    mocks,
  });
}

/** Intl writes « 250 000 € » with narrow no-break spaces: compared with plain ones. */
const plain = (text: string | null | undefined) => (text ?? "").replace(/[\u00a0\u202f]/g, " ");

describe("TeamTab (« Équipe »)", () => {
  it("shows the CCI adviser, the coach and experts and the student team, but not the products", async () => {
    renderTab([pageMock(), studyMock()]);
    const panel = await screen.findByRole("tabpanel", { name: "Équipe" });
    expect(screen.getByRole("tab", { name: "Équipe" })).toHaveAttribute("aria-selected", "true");

    const support = within(panel).getByRole("region", { name: "Accompagnement CCI" });
    expect(within(support).getByText("Conseiller CCI").nextSibling).toHaveTextContent("Camille Lemoine");

    const members = within(panel).getByRole("region", { name: "Coach et experts" });
    const rows = within(members).getAllByRole("row").slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole("cell")
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      ["Coach", "Cabinet Girard", "Industrialisation", "paul.girard@cabinet.example"],
      ["Expert", "Bpifrance", "Financement", ""],
    ]);
    expect(within(members).getByRole("rowheader", { name: "Paul Girard" })).toBeInTheDocument();
    expect(within(members).getByRole("link", { name: "paul.girard@cabinet.example" })).toHaveAttribute(
      "href",
      "mailto:paul.girard@cabinet.example",
    );

    const students = within(panel).getByRole("region", { name: "Équipe étudiante" });
    expect(await within(students).findByText("NEOMA Business School")).toBeInTheDocument();
    expect(within(students).getByText("Léo Bernard (leo.bernard@neoma.fr)")).toBeInTheDocument();

    expect(within(panel).queryByRole("region", { name: "Produits concernés" })).not.toBeInTheDocument();
  });

  it("shows the products in their own tab « Produits », right after « Entreprise », amounts in euros", async () => {
    renderTab([pageMock()], "?onglet=produits");
    const panel = await screen.findByRole("tabpanel", { name: "Produits" });
    expect(screen.getAllByRole("tab").map((tab) => tab.textContent)).toEqual(
      expect.arrayContaining(["Entreprise", "Produits", "Équipe"]),
    );
    const names = screen.getAllByRole("tab").map((tab) => tab.textContent);
    expect(names.indexOf("Produits")).toBe(names.indexOf("Entreprise") + 1);
    const products = within(panel).getByRole("region", { name: "Produits concernés" });
    const productRows = within(products).getAllByRole("row").slice(1);
    expect(productRows.map((row) => plain(row.textContent))).toEqual([
      "Tee-shirt en coton bio6109 10 00250 000 €",
      "Sweat à capucheNon renseignéNon renseigné",
    ]);
  });

  it("is left out for a summary card's reader, whatever the URL asks", async () => {
    renderTab([
      pageMock({
        access: "SUMMARY",
        notes: null,
        contact: null,
        documents: null,
        viewerCanEdit: false,
        nextSteps: [],
        statusHistory: null,
        products: null,
        team: null,
      }),
    ]);
    await screen.findByRole("heading", { level: 1, name: "Vélo taxi innovant" });
    expect(screen.queryByRole("tab", { name: "Équipe" })).not.toBeInTheDocument();
    expect(screen.queryByRole("tab", { name: "Produits" })).not.toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Synthèse" })).toHaveAttribute("aria-selected", "true");
  });

  it("offers no edit to a reader who may not edit the project", async () => {
    renderTab([pageMock({ viewerCanEdit: false }), studyMock(false)], "?onglet=produits");
    const products = await screen.findByRole("tabpanel", { name: "Produits" });
    expect(within(products).queryByRole("button", { name: "Modifier les produits" })).not.toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole("tab", { name: "Équipe" }));
    const panel = await screen.findByRole("tabpanel", { name: "Équipe" });
    expect(within(panel).queryByRole("button", { name: "Modifier le coach et les experts" })).not.toBeInTheDocument();
  });

  it("adds a product: checked as typed, the whole list sent with the project's version, shown once saved", async () => {
    const user = userEvent.setup();
    const inputs: unknown[] = [];
    const saved = [...PRODUCTS, product("Chaussettes", "611595", 80000)];
    renderTab(
      [
        pageMock(),
        studyMock(),
        mutationMock(
          SetProjectProductsMutation,
          "setProjectProducts",
          () => ({
            __typename: "ProjectEditSuccess",
            project: pageProject({ id: ID, version: 7, products: saved, team: TEAM }),
          }),
          inputs,
        ),
      ],
      "?onglet=produits",
    );
    const panel = await screen.findByRole("tabpanel", { name: "Produits" });
    const section = within(panel).getByRole("region", { name: "Produits concernés" });
    await user.click(within(section).getByRole("button", { name: "Modifier les produits" }));
    await user.click(within(section).getByRole("button", { name: "Ajouter un produit" }));

    const third = within(section).getByRole("group", { name: "Produit 3" });
    const code = within(third).getByRole("textbox", { name: /Code douanier/ });
    await user.type(code, "6115");
    await user.type(code, "9");
    expect(await within(third).findByText(/Le code douanier comporte 4, 6, 8 ou 10 chiffres/)).toBeInTheDocument();
    await user.type(code, "5");
    expect(code).not.toHaveAttribute("aria-invalid", "true");

    await user.click(within(section).getByRole("button", { name: "Enregistrer les produits" }));
    expect(await within(third).findByText("Indiquez le nom du produit.")).toBeInTheDocument();
    expect(inputs).toHaveLength(0);

    await user.type(within(third).getByRole("textbox", { name: /Produit/ }), "Chaussettes");
    await user.type(within(third).getByRole("textbox", { name: /Importations annuelles/ }), "80000");
    await user.click(within(section).getByRole("button", { name: "Enregistrer les produits" }));

    await waitFor(() => expect(inputs).toHaveLength(1));
    expect(inputs[0]).toEqual({
      projectId: ID,
      expectedVersion: 6,
      products: [
        { name: "Tee-shirt en coton bio", customsCode: "61091000", annualImportValueEur: 250000 },
        { name: "Sweat à capuche", customsCode: null, annualImportValueEur: null },
        { name: "Chaussettes", customsCode: "611595", annualImportValueEur: 80000 },
      ],
    });
    expect(await within(section).findByRole("rowheader", { name: "Chaussettes" })).toBeInTheDocument();
    expect(plain(within(section).getByRole("rowheader", { name: "Chaussettes" }).parentElement?.textContent)).toBe(
      "Chaussettes6115 9580 000 €",
    );
    expect(within(section).getByRole("button", { name: "Modifier les produits" })).toHaveFocus();
  });

  it("shows the server's error at the row it names", async () => {
    const user = userEvent.setup();
    renderTab(
      [
        pageMock(),
        studyMock(),
        mutationMock(
          SetProjectProductsMutation,
          "setProjectProducts",
          () => ({
            __typename: "ProjectInvalid",
            field: "products.1.name",
            code: "DUPLICATE_NAME",
            message: "Le produit « Tee-shirt en coton bio » figure deux fois.",
          }),
          [],
        ),
      ],
      "?onglet=produits",
    );
    const panel = await screen.findByRole("tabpanel", { name: "Produits" });
    const section = within(panel).getByRole("region", { name: "Produits concernés" });
    await user.click(within(section).getByRole("button", { name: "Modifier les produits" }));
    const second = within(section).getByRole("group", { name: "Produit 2" });
    const name = within(second).getByRole("textbox", { name: /Produit/ });
    await user.clear(name);
    await user.type(name, "Tee-shirt en coton bio");
    await user.click(within(section).getByRole("button", { name: "Enregistrer les produits" }));

    const error = await within(second).findByText(/Ce produit figure déjà dans la liste/);
    expect(name).toHaveAttribute("aria-invalid", "true");
    expect(name.getAttribute("aria-describedby")).toContain(error.id);
    expect(name).toHaveFocus();
    const first = within(section).getByRole("group", { name: "Produit 1" });
    expect(within(first).getByRole("textbox", { name: /Produit/ })).not.toHaveAttribute("aria-invalid", "true");
  });

  it("edits the coach and experts: one coach only, errors at their row, the whole list sent", async () => {
    const user = userEvent.setup();
    const inputs: unknown[] = [];
    renderTab([
      pageMock(),
      studyMock(),
      mutationMock(
        SetProjectTeamMutation,
        "setProjectTeam",
        () => ({
          __typename: "ProjectInvalid",
          field: "members.2.email",
          code: "INVALID_EMAIL",
          message: "L'adresse e-mail n'est pas valide.",
        }),
        inputs,
      ),
    ]);
    const panel = await screen.findByRole("tabpanel", { name: "Équipe" });
    const section = within(panel).getByRole("region", { name: "Coach et experts" });
    await user.click(within(section).getByRole("button", { name: "Modifier le coach et les experts" }));
    await user.click(within(section).getByRole("button", { name: "Ajouter une personne" }));

    const third = within(section).getByRole("group", { name: "Personne 3" });
    // The project has a coach: a new person is an expert.
    const role = within(third).getByRole("combobox", { name: "Rôle" });
    expect(role).toHaveValue("EXPERT");
    await user.selectOptions(role, "COACH");
    expect(
      await within(third).findByText("Un projet a un seul coach : les autres intervenants sont des experts."),
    ).toBeInTheDocument();
    await user.click(within(section).getByRole("button", { name: "Enregistrer le coach et les experts" }));
    expect(inputs).toHaveLength(0);
    await user.selectOptions(role, "EXPERT");
    expect(within(third).queryByText(/un seul coach/)).not.toBeInTheDocument();

    await user.type(within(third).getByRole("textbox", { name: /Nom/ }), "Hugo Lemaire");
    await user.type(within(third).getByRole("textbox", { name: "Organisation" }), "CEA");
    await user.type(within(third).getByRole("textbox", { name: "Adresse e-mail" }), "hugo@cea");
    expect(await within(third).findByText(/Cette adresse e-mail n'est pas valide/)).toBeInTheDocument();
    await user.type(within(third).getByRole("textbox", { name: "Adresse e-mail" }), ".fr");

    // Removing the expert in row 2: the new person becomes row 2.
    await user.click(within(section).getByRole("button", { name: "Retirer la personne 2" }));
    await user.click(within(section).getByRole("button", { name: "Enregistrer le coach et les experts" }));
    await waitFor(() => expect(inputs).toHaveLength(1));
    expect(inputs[0]).toEqual({
      projectId: ID,
      expectedVersion: 6,
      members: [
        {
          role: "COACH",
          name: "Paul Girard",
          organisation: "Cabinet Girard",
          email: "paul.girard@cabinet.example",
          expertise: "Industrialisation",
        },
        { role: "EXPERT", name: "Hugo Lemaire", organisation: "CEA", email: "hugo@cea.fr", expertise: "" },
      ],
    });
    // « members.2 » names no row of the form any more: the refusal is shown in the form's alert.
    expect(await within(section).findByRole("alert")).toHaveTextContent("Cette adresse e-mail n'est pas valide");
  });

  it("shows the server's « one coach » refusal under the list, and a conflict with a way to reload", async () => {
    const user = userEvent.setup();
    const stale =
      "Léa Dupuis a modifié cet élément le 23 novembre 2026 à 10 h 05 (équipe) depuis que vous l'avez ouvert.";
    let calls = 0;
    renderTab([
      pageMock({}, 1),
      studyMock(),
      mutationMock(
        SetProjectTeamMutation,
        "setProjectTeam",
        () =>
          ++calls === 1
            ? {
                __typename: "ProjectInvalid",
                field: "members",
                code: "ONE_COACH",
                message: "Un projet a un seul coach : les autres intervenants sont des experts.",
              }
            : { __typename: "ProjectConflict", field: "expectedVersion", code: "STALE_VERSION", message: stale },
        [],
      ),
      pageMock({ version: 7, team: [member("COACH", "Sarah Morel")] }, 1),
    ]);
    const panel = await screen.findByRole("tabpanel", { name: "Équipe" });
    const section = within(panel).getByRole("region", { name: "Coach et experts" });
    await user.click(within(section).getByRole("button", { name: "Modifier le coach et les experts" }));
    await user.click(within(section).getByRole("button", { name: "Enregistrer le coach et les experts" }));
    expect(await within(section).findByRole("alert")).toHaveTextContent("Un projet a un seul coach");

    await user.click(within(section).getByRole("button", { name: "Enregistrer le coach et les experts" }));
    const alert = await within(section).findByText(stale);
    expect(alert.closest("[role=alert]")).toHaveTextContent("Ce projet a été modifié entre-temps");
    await user.click(within(section).getByRole("button", { name: "Recharger le projet" }));
    // The form starts again from the list read.
    await waitFor(() =>
      expect(within(section).getByRole("group", { name: "Personne 1" })).toContainElement(
        within(section).getByDisplayValue("Sarah Morel"),
      ),
    );
    expect(within(section).queryByRole("group", { name: "Personne 2" })).not.toBeInTheDocument();
  });
});

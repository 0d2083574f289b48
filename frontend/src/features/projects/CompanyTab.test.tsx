import type { MockLink } from "@apollo/client/testing";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { regionNormandie } from "../../test/fixtures";
import { renderWithProviders } from "../../test/render";

import { UpdateCompanyMutation } from "./CompanyEditForm";
import { pageData, pageProject } from "./projectFixtures";
import { ProjectPage, ProjectPageQuery } from "./ProjectPage";

const ID = "UHJvamVjdDpub3JtYW5kaWU6NQ";
const COMPANY_ID = "Q29tcGFueTo1";

function company(overrides: Record<string, unknown> = {}) {
  return {
    __typename: "Company",
    id: COMPANY_ID,
    version: 4,
    viewerCanEdit: true,
    name: "HUMAN MOB",
    siren: "829153410",
    sirenIsDemo: false,
    siret: null,
    nafCode: null,
    nafLabel: null,
    communeCode: "76540",
    communeName: "Rouen",
    departement: "76",
    region: regionNormandie,
    ...overrides,
  };
}

function pageMock(
  record: ReturnType<typeof company>,
  maxUsageCount = Number.POSITIVE_INFINITY,
): MockLink.MockedResponse {
  return {
    request: { query: ProjectPageQuery, variables: { id: ID } },
    result: { data: pageData(pageProject({ id: ID, company: record })) },
    maxUsageCount,
  };
}

function updateMock(payload: (input: Record<string, unknown>) => unknown, inputs: unknown[] = []) {
  return {
    request: { query: UpdateCompanyMutation, variables: () => true },
    result: (variables: Record<string, unknown>) => {
      const input = variables["input"] as Record<string, unknown>;
      inputs.push(input);
      return { data: { updateCompany: payload(input) } };
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  } satisfies MockLink.MockedResponse;
}

function renderTab(mocks: MockLink.MockedResponse[]) {
  return renderWithProviders(<ProjectPage />, {
    route: `/projets/${ID}?onglet=entreprise`,
    path: "/projets/:projectId",
    mocks,
  });
}

async function openForm() {
  const user = userEvent.setup();
  const panel = await screen.findByRole("tabpanel", { name: "Entreprise" });
  await user.click(await within(panel).findByRole("button", { name: "Modifier la fiche" }));
  return { user, panel };
}

describe("CompanyTab (« Entreprise »)", () => {
  it("shows the NAF code with its label, and no « Modifier la fiche » to who may not edit the record", async () => {
    renderTab([
      pageMock(
        company({
          viewerCanEdit: false,
          nafCode: "13.10Z",
          nafLabel: "Préparation de fibres textiles et filature",
        }),
      ),
    ]);
    const panel = await screen.findByRole("tabpanel", { name: "Entreprise" });
    expect(within(panel).getByText("Code NAF").nextSibling).toHaveTextContent(
      "13.10Z — Préparation de fibres textiles et filature",
    );
    expect(within(panel).queryByRole("button", { name: "Modifier la fiche" })).not.toBeInTheDocument();
  });

  it("checks SIRET, NAF code and commune as they are typed, without calling the API", async () => {
    const inputs: unknown[] = [];
    renderTab([pageMock(company()), updateMock(() => ({ __typename: "ProjectInvalid" }), inputs)]);
    const { user, panel } = await openForm();
    const name = within(panel).getByRole("textbox", { name: /Raison sociale/ });
    expect(name).toHaveFocus();
    expect(name).toHaveValue("HUMAN MOB");

    const siret = within(panel).getByRole("textbox", { name: "SIRET" });
    await user.type(siret, "8291534");
    const siretError = await within(panel).findByText(/Ce numéro SIRET n'est pas valide/);
    expect(siret).toHaveAttribute("aria-invalid", "true");
    expect(siret.getAttribute("aria-describedby")).toContain(siretError.id);
    await user.clear(siret);
    await user.type(siret, "123 456 789 00012");
    expect(await within(panel).findByText(/doit commencer par son numéro SIREN/)).toBeInTheDocument();
    await user.clear(siret);
    await user.type(siret, "829 153 410 00012");
    expect(siret).not.toHaveAttribute("aria-invalid", "true");

    const naf = within(panel).getByRole("textbox", { name: "Code NAF" });
    await user.type(naf, "1310");
    expect(await within(panel).findByText(/Le code NAF doit avoir la forme « 13.10Z »/)).toBeInTheDocument();
    await user.type(naf, "Z");
    expect(naf).not.toHaveAttribute("aria-invalid", "true");

    const commune = within(panel).getByRole("textbox", { name: /Code commune INSEE/ });
    await user.clear(commune);
    expect(await within(panel).findByText("Ce champ est obligatoire.")).toBeInTheDocument();
    await user.type(commune, "7654");
    expect(await within(panel).findByText(/Le code commune INSEE comporte 5 caractères/)).toBeInTheDocument();

    await user.clear(name);
    expect(await within(panel).findByText("La raison sociale de l'entreprise est obligatoire.")).toBeInTheDocument();
    await user.click(within(panel).getByRole("button", { name: "Enregistrer la fiche" }));
    expect(inputs).toHaveLength(0);
    expect(name).toHaveFocus();
  });

  it("sends only what changed, with expectedVersion, then shows the saved record", async () => {
    const inputs: unknown[] = [];
    renderTab([
      pageMock(company()),
      updateMock(
        () => ({
          __typename: "UpdateCompanySuccess",
          company: company({
            version: 5,
            siret: "82915341000012",
            nafCode: "30.92Z",
            nafLabel: "Fabrication de bicyclettes et de véhicules pour invalides",
          }),
        }),
        inputs,
      ),
    ]);
    const { user, panel } = await openForm();
    await user.type(within(panel).getByRole("textbox", { name: "SIRET" }), "829 153 410 00012");
    await user.type(within(panel).getByRole("textbox", { name: "Code NAF" }), "30.92z");
    await user.click(within(panel).getByRole("button", { name: "Enregistrer la fiche" }));

    await waitFor(() => expect(inputs).toHaveLength(1));
    expect(inputs[0]).toEqual({
      companyId: COMPANY_ID,
      expectedVersion: 4,
      siret: "82915341000012",
      nafCode: "30.92Z",
    });
    expect(await screen.findByText("La fiche de l'entreprise a été mise à jour.")).toBeInTheDocument();
    expect(within(panel).queryByRole("textbox", { name: "SIRET" })).not.toBeInTheDocument();
    expect(within(panel).getByText("SIRET").nextSibling).toHaveTextContent("829 153 410 00012");
    expect(within(panel).getByText("Code NAF").nextSibling).toHaveTextContent(
      "30.92Z — Fabrication de bicyclettes et de véhicules pour invalides",
    );
    expect(within(panel).getByRole("button", { name: "Modifier la fiche" })).toHaveFocus();
  });

  it("clears a SIRET emptied by sending an empty string", async () => {
    const inputs: unknown[] = [];
    renderTab([
      pageMock(company({ siret: "82915341000012" })),
      updateMock(() => ({ __typename: "UpdateCompanySuccess", company: company({ version: 5 }) }), inputs),
    ]);
    const { user, panel } = await openForm();
    await user.clear(within(panel).getByRole("textbox", { name: "SIRET" }));
    await user.click(within(panel).getByRole("button", { name: "Enregistrer la fiche" }));
    await waitFor(() => expect(inputs).toHaveLength(1));
    expect(inputs[0]).toEqual({ companyId: COMPANY_ID, expectedVersion: 4, siret: "" });
  });

  it("shows the server's French error next to its field", async () => {
    const message =
      "Le code 14666 est celui de l'ancienne commune Sannerville, aujourd'hui rattachée à Saline : utilisez le code de Saline, 14712.";
    renderTab([
      pageMock(company()),
      updateMock(() => ({ __typename: "ProjectInvalid", field: "communeCode", code: "FORMER_COMMUNE", message })),
    ]);
    const { user, panel } = await openForm();
    const commune = within(panel).getByRole("textbox", { name: /Code commune INSEE/ });
    await user.clear(commune);
    await user.type(commune, "14666");
    await user.click(within(panel).getByRole("button", { name: "Enregistrer la fiche" }));

    const error = await within(panel).findByText(message);
    expect(commune).toHaveAttribute("aria-invalid", "true");
    expect(commune.getAttribute("aria-describedby")).toContain(error.id);
    expect(commune).toHaveFocus();
  });

  it("names who changed the record in a conflict, and reloads it on demand", async () => {
    const stale =
      "Léa Dupuis a modifié cet élément le 23 novembre 2026 à 10 h 05 (code NAF) depuis que vous l'avez ouvert. " +
      "Vos changements n'ont pas été enregistrés : rechargez la page pour voir sa dernière version.";
    renderTab([
      pageMock(company(), 1),
      updateMock(() => ({
        __typename: "ProjectConflict",
        field: "expectedVersion",
        code: "STALE_VERSION",
        message: stale,
      })),
      pageMock(company({ version: 5, nafCode: "30.92Z" }), 1),
    ]);
    const { user, panel } = await openForm();
    await user.type(within(panel).getByRole("textbox", { name: "Code NAF" }), "13.10Z");
    await user.click(within(panel).getByRole("button", { name: "Enregistrer la fiche" }));

    const alert = await within(panel).findByRole("alert");
    expect(alert).toHaveTextContent("La fiche a été modifiée entre-temps");
    expect(within(alert).getByText(stale)).toBeInTheDocument();
    expect(within(panel).getByRole("button", { name: "Enregistrer la fiche" })).toBeDisabled();

    await user.click(within(alert).getByRole("button", { name: "Recharger la fiche" }));
    await waitFor(() => expect(within(panel).getByRole("textbox", { name: "Code NAF" })).toHaveValue("30.92Z"));
    expect(within(panel).queryByRole("alert")).not.toBeInTheDocument();
    expect(within(panel).getByRole("button", { name: "Enregistrer la fiche" })).toBeEnabled();
  });
});

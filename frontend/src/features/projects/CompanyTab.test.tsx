import type { MockLink } from "@apollo/client/testing";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { HeadcountBand, RevenueBand } from "../../graphql/generated/graphql";
import projects from "../../i18n/fr/projects.json";
import { regionNormandie } from "../../test/fixtures";
import { renderWithProviders } from "../../test/render";

import { CompanySireneProposalQuery, HEADCOUNT_BANDS, REVENUE_BANDS, UpdateCompanyMutation } from "./CompanyEditForm";
import { CONTACT_NOTICE, pageData, pageProject } from "./projectFixtures";
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
    address: { __typename: "CompanyAddress", street: "", postalCode: "", communeName: "Rouen" },
    website: "",
    headcountBand: null,
    revenueBand: null,
    contact: { __typename: "CompanyContact", name: "", function: "", email: "", phone: "" },
    contactNotice: CONTACT_NOTICE,
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

/** Under a loaded machine, a save (mutation, cache, re-render) takes more than Testing Library's second. */

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
      // Saved, the record has a SIRET: the closing form may look it up.
      sireneMock(null),
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
      sireneMock(null),
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

  it("shows the address, the website as an external link, the bands in French and the contact with its notice", async () => {
    renderTab([
      pageMock(
        company({
          viewerCanEdit: false,
          address: {
            __typename: "CompanyAddress",
            street: "12 rue des Tisserands",
            postalCode: "76770",
            communeName: "Malaunay",
          },
          website: "https://www.human-mob.example",
          headcountBand: "FROM_20_TO_49",
          revenueBand: "FROM_2M_TO_10M",
          contact: {
            __typename: "CompanyContact",
            name: "Inès Martin",
            function: "Dirigeante",
            email: "ines.martin@human-mob.example",
            phone: "02 35 00 00 00",
          },
        }),
      ),
    ]);
    const panel = await screen.findByRole("tabpanel", { name: "Entreprise" });
    expect(within(panel).getByText("Adresse").nextSibling).toHaveTextContent("12 rue des Tisserands, 76770 Malaunay");
    const website = within(panel).getByRole("link", { name: /www\.human-mob\.example/ });
    expect(website).toHaveAttribute("href", "https://www.human-mob.example");
    expect(website).toHaveAttribute("rel", "noopener noreferrer");
    expect(within(panel).getByText("Effectif salarié").nextSibling).toHaveTextContent("20 à 49 salariés");
    expect(within(panel).getByText("Chiffre d'affaires annuel").nextSibling).toHaveTextContent("De 2 à 10 M€");

    const contact = within(panel).getByRole("region", { name: "Contact dans l'entreprise" });
    expect(within(contact).getByText("Nom").nextSibling).toHaveTextContent("Inès Martin");
    expect(within(contact).getByText("Fonction").nextSibling).toHaveTextContent("Dirigeante");
    expect(within(contact).getByRole("link", { name: "02 35 00 00 00" })).toHaveAttribute("href", "tel:0235000000");
    expect(within(contact).getByText(CONTACT_NOTICE)).toBeInTheDocument();
  });

  it("says that the contact is not filled in, and what is unknown, rather than empty labels", async () => {
    renderTab([pageMock(company())]);
    const panel = await screen.findByRole("tabpanel", { name: "Entreprise" });
    const contact = within(panel).getByRole("region", { name: "Contact dans l'entreprise" });
    expect(within(contact).getByText("Aucun contact n'est renseigné pour ce projet.")).toBeInTheDocument();
    expect(within(contact).queryByText("Nom")).not.toBeInTheDocument();
    expect(within(panel).getByText("Site web").nextSibling).toHaveTextContent("Non renseigné");
  });

  it("tells who may not read the contact that it is reserved, with no contact fields in the form", async () => {
    renderTab([pageMock(company({ contact: null }))]);
    const panel = await screen.findByRole("tabpanel", { name: "Entreprise" });
    expect(within(panel).getByText(/sont réservées à la CCI/)).toBeInTheDocument();
    await openForm();
    expect(within(panel).queryByRole("textbox", { name: /Nom du contact/ })).not.toBeInTheDocument();
  });

  it("edits the contact, the bands, the address and the website, sending only what changed and the contact whole", async () => {
    const inputs: unknown[] = [];
    renderTab([
      pageMock(
        company({
          headcountBand: "FROM_10_TO_19",
          contact: { __typename: "CompanyContact", name: "Inès Martin", function: "", email: "", phone: "" },
        }),
      ),
      updateMock(
        () => ({
          __typename: "UpdateCompanySuccess",
          company: company({
            version: 5,
            address: {
              __typename: "CompanyAddress",
              street: "12 rue des Tisserands",
              postalCode: "76770",
              communeName: "Rouen",
            },
            website: "https://www.human-mob.example",
            revenueBand: "UNDER_2M",
            contact: {
              __typename: "CompanyContact",
              name: "Inès Martin",
              function: "Dirigeante",
              email: "ines.martin@human-mob.example",
              phone: "",
            },
          }),
        }),
        inputs,
      ),
    ]);
    const { user, panel } = await openForm();
    await user.type(within(panel).getByRole("textbox", { name: "Adresse (numéro et voie)" }), "12 rue des Tisserands ");
    await user.type(within(panel).getByRole("textbox", { name: "Code postal" }), "76 770");
    await user.type(within(panel).getByRole("textbox", { name: "Site web" }), "www.human-mob.example");
    await user.selectOptions(within(panel).getByRole("combobox", { name: "Effectif salarié" }), "Non renseignée");
    await user.selectOptions(
      within(panel).getByRole("combobox", { name: "Chiffre d'affaires annuel" }),
      "Moins de 2 M€",
    );
    const contact = within(panel).getByRole("group", { name: "Contact dans l'entreprise" });
    expect(within(contact).getByText(CONTACT_NOTICE)).toBeInTheDocument();
    await user.type(within(contact).getByRole("textbox", { name: "Fonction" }), "Dirigeante");
    const email = within(contact).getByRole("textbox", { name: "Adresse e-mail" });
    await user.type(email, "ines.martin@");
    expect(await within(contact).findByText(/Cette adresse e-mail n'est pas valide/)).toBeInTheDocument();
    await user.type(email, "human-mob.example");
    await user.click(within(panel).getByRole("button", { name: "Enregistrer la fiche" }));

    await waitFor(() => expect(inputs).toHaveLength(1));
    expect(inputs[0]).toEqual({
      companyId: COMPANY_ID,
      expectedVersion: 4,
      street: "12 rue des Tisserands",
      postalCode: "76770",
      website: "www.human-mob.example",
      headcountBand: null,
      revenueBand: "UNDER_2M",
      contact: { name: "Inès Martin", function: "Dirigeante", email: "ines.martin@human-mob.example", phone: "" },
    });
    expect(await screen.findByText("La fiche de l'entreprise a été mise à jour.")).toBeInTheDocument();
    expect(await within(panel).findByRole("link", { name: /www\.human-mob\.example/ })).toHaveAttribute(
      "href",
      "https://www.human-mob.example",
    );
    expect(within(panel).getByText("Fonction").nextSibling).toHaveTextContent("Dirigeante");
  });

  it("asks for the contact's name when another of its fields is filled, and puts the server's errors under the contact's fields", async () => {
    const inputs: unknown[] = [];
    renderTab([
      pageMock(company()),
      updateMock(
        () => ({
          __typename: "ProjectInvalid",
          field: "contact.phone",
          code: "INVALID_PHONE",
          message: "Le numéro de téléphone n'est pas valide.",
        }),
        inputs,
      ),
    ]);
    const { user, panel } = await openForm();
    const contact = within(panel).getByRole("group", { name: "Contact dans l'entreprise" });
    await user.type(within(contact).getByRole("textbox", { name: "Téléphone" }), "+33 2 35 00 00 00");
    await user.click(within(panel).getByRole("button", { name: "Enregistrer la fiche" }));
    const name = within(contact).getByRole("textbox", { name: "Nom du contact" });
    expect(await within(contact).findByText(/Le nom du contact est obligatoire/)).toBeInTheDocument();
    expect(name).toHaveFocus();
    expect(inputs).toHaveLength(0);

    await user.type(name, "Inès Martin");
    await user.click(within(panel).getByRole("button", { name: "Enregistrer la fiche" }));
    await waitFor(() => expect(inputs).toHaveLength(1));
    const phone = within(contact).getByRole("textbox", { name: "Téléphone" });
    // The feature's own words for the code, under the field the API names.
    const error = await within(contact).findByText(/Ce numéro de téléphone n'est pas valide/);
    expect(phone).toHaveAttribute("aria-invalid", "true");
    expect(phone.getAttribute("aria-describedby")).toContain(error.id);
    expect(phone).toHaveFocus();
  });

  it("offers every headcount and revenue band of the schema, each with its French label", () => {
    expect([...HEADCOUNT_BANDS].sort()).toEqual(Object.values(HeadcountBand).sort());
    expect([...REVENUE_BANDS].sort()).toEqual(Object.values(RevenueBand).sort());
    expect(Object.keys(projects.company.headcountBands).sort()).toEqual([...HEADCOUNT_BANDS].sort());
    expect(Object.keys(projects.company.revenueBands).sort()).toEqual([...REVENUE_BANDS].sort());
  });
});

const SIRET = "82915341000012";

/** What SIRENE holds of the establishment 829 153 410 00012. */
function sireneMock(proposal: Record<string, unknown> | null): MockLink.MockedResponse {
  return {
    request: { query: CompanySireneProposalQuery, variables: { companyId: COMPANY_ID } },
    result: {
      data: {
        companySireneProposal: proposal && {
          __typename: "SireneProposal",
          siret: SIRET,
          nafCode: "30.92Z",
          street: "12 RUE DU FURENS",
          postalCode: "76000",
          communeCode: "76540",
          communeName: "ROUEN",
          headcountBand: "FROM_20_TO_49",
          ...proposal,
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

describe("CompanyEditForm: what SIRENE proposes", () => {
  it("proposes each value SIRENE holds that differs, takes one at a click, and changes nothing unasked", async () => {
    const inputs: unknown[] = [];
    renderTab([
      pageMock(company({ siret: SIRET, address: { ...company().address, street: "12 rue du Furens" } })),
      sireneMock({}),
      updateMock(
        () => ({ __typename: "UpdateCompanySuccess", company: company({ version: 5, siret: SIRET }) }),
        inputs,
      ),
    ]);
    const { user, panel } = await openForm();
    const proposal = await within(panel).findByRole("region", { name: "Proposé par SIRENE" });
    expect(proposal).toHaveTextContent("Le répertoire SIRENE connaît l'établissement 829 153 410 00012");
    // The commune is already the record's; the address only differs in its capitals: neither is proposed.
    expect(
      within(panel)
        .getAllByText(/^Proposé par SIRENE :/)
        .map((hint) => hint.textContent),
    ).toEqual(["Proposé par SIRENE : 30.92Z", "Proposé par SIRENE : 76000", "Proposé par SIRENE : 20 à 49 salariés"]);
    const naf = within(panel).getByRole("textbox", { name: "Code NAF" });
    expect(naf).toHaveValue("");

    await user.click(within(panel).getByRole("button", { name: "Reprendre la valeur SIRENE pour « Code NAF »" }));
    expect(naf).toHaveValue("30.92Z");
    expect(naf).toHaveFocus();
    expect(within(panel).queryByText("Proposé par SIRENE : 30.92Z")).not.toBeInTheDocument();
    // Typing something else than SIRENE's value proposes it again.
    await user.type(naf, "{Backspace}");
    expect(await within(panel).findByText("Proposé par SIRENE : 30.92Z")).toBeInTheDocument();
    await user.type(naf, "Z");

    await user.click(within(panel).getByRole("button", { name: "Enregistrer la fiche" }));
    await waitFor(() => expect(inputs).toHaveLength(1));
    // Only what was taken: the postal code and the band SIRENE proposed stay as they were.
    expect(inputs[0]).toEqual({ companyId: COMPANY_ID, expectedVersion: 4, nafCode: "30.92Z" });
  });

  it("takes every proposed value with « Tout reprendre »", async () => {
    const inputs: unknown[] = [];
    renderTab([
      pageMock(company({ siret: SIRET })),
      sireneMock({ communeCode: "76402", communeName: "MALAUNAY", postalCode: "76770" }),
      updateMock(
        () => ({ __typename: "UpdateCompanySuccess", company: company({ version: 5, siret: SIRET }) }),
        inputs,
      ),
    ]);
    const { user, panel } = await openForm();
    await user.click(await within(panel).findByRole("button", { name: "Tout reprendre (5 champs)" }));
    expect(within(panel).queryByText(/^Proposé par SIRENE/)).not.toBeInTheDocument();
    expect(within(panel).getByRole("textbox", { name: "Code NAF" })).toHaveFocus();
    await user.click(within(panel).getByRole("button", { name: "Enregistrer la fiche" }));
    await waitFor(() => expect(inputs).toHaveLength(1));
    expect(inputs[0]).toEqual({
      companyId: COMPANY_ID,
      expectedVersion: 4,
      nafCode: "30.92Z",
      communeCode: "76402",
      street: "12 RUE DU FURENS",
      postalCode: "76770",
      headcountBand: "FROM_20_TO_49",
    });
  });

  it("shows nothing when the SIRET is not in the directory, and asks nothing without a SIRET", async () => {
    renderTab([pageMock(company({ siret: SIRET })), sireneMock(null)]);
    const { panel } = await openForm();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(within(panel).queryByText(/SIRENE/)).not.toBeInTheDocument();
  });
});

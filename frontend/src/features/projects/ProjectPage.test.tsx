import type { MockLink } from "@apollo/client/testing";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { ProjectSlotsContext } from "../../lib/projectSlots";
import { regionIdf, type Role } from "../../test/fixtures";
import { renderWithProviders } from "../../test/render";

import { UpdateProjectMutation } from "./ProjectEditForm";
import { pageData, pageProject } from "./projectFixtures";
import { ProjectPage, ProjectPageQuery } from "./ProjectPage";

const ID = "UHJvamVjdDpub3JtYW5kaWU6Mg";
const STALE_MESSAGE =
  "Mathis Carpentier a modifié cet élément le 23 novembre 2026 à 10 h 05 (objectif) depuis que vous l'avez ouvert. " +
  "Vos changements n'ont pas été enregistrés : rechargez la page pour voir sa dernière version.";

function pageMock(
  node: ReturnType<typeof pageProject> | null,
  maxUsageCount = Number.POSITIVE_INFINITY,
): MockLink.MockedResponse {
  return {
    request: { query: ProjectPageQuery, variables: { id: ID } },
    result: { data: pageData(node) },
    maxUsageCount,
  };
}

function renderPage(mocks: MockLink.MockedResponse[], search = "", viewer: Role = "ADVISER") {
  return renderWithProviders(<ProjectPage />, {
    route: `/projets/${ID}${search}`,
    path: "/projets/:projectId",
    mocks,
    viewer,
  });
}

const tabNames = () => screen.getAllByRole("tab").map((tab) => tab.textContent);

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
    renderPage([pageMock(pageProject({ id: ID }))]);
    expect(await screen.findByRole("heading", { level: 1, name: "Vélo taxi innovant" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Notes internes" })).toBeInTheDocument();
    expect(
      within(screen.getByRole("region", { name: "Notes internes" })).getByText("Note interne fictive."),
    ).toBeInTheDocument();
    expect(screen.getByText("829 153 410")).toBeInTheDocument();
    expect(screen.getByText("identifiant de démonstration")).toBeInTheDocument();
    expect(screen.getByText("Nouvelle production industrielle")).toBeInTheDocument();
    // « Étude de marché » is a need here (and the name of a tab, too).
    expect(within(screen.getByRole("tabpanel", { name: "Synthèse" })).getByText("Étude de marché")).toBeInTheDocument();
    expect(screen.getByText("Rouen (76)")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Retour aux projets" })).toHaveAttribute("href", "/projets");
    expect(document.title).toBe("Vélo taxi innovant — Filière");
  });

  it("hides internal notes and the form on a summary card, and says why", async () => {
    renderPage([
      pageMock(
        pageProject({
          id: ID,
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
    renderPage([pageMock(pageProject({ id: ID })), mutationMock({ __typename: "ProjectInvalid" }, inputs)]);
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
      pageMock(pageProject({ id: ID, version: 7 })),
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
      pageMock(pageProject({ id: ID, version: 7 }), 1),
      mutationMock({
        __typename: "ProjectConflict",
        field: "expectedVersion",
        code: "STALE_VERSION",
        message: STALE_MESSAGE,
      }),
      pageMock(pageProject({ id: ID, version: 8, summary: "Objectif modifié par un collègue." }), 1),
    ]);
    const summary = await screen.findByRole("textbox", { name: /Objectif/ });
    await user.type(summary, " !");
    await user.click(screen.getByRole("button", { name: "Enregistrer" }));

    // The server's message, which names who changed the project and when, not a generic one.
    const alert = await screen.findByRole("alert");
    expect(within(alert).getByText(STALE_MESSAGE)).toBeInTheDocument();
    expect(within(alert).queryByText(/Quelqu'un d'autre/)).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Enregistrer" })).toBeDisabled();

    await user.click(within(alert).getByRole("button", { name: "Recharger le projet" }));
    await waitFor(() => expect(summary).toHaveValue("Objectif modifié par un collègue."));
    expect(screen.queryByText(STALE_MESSAGE)).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Enregistrer" })).toBeEnabled();
  });

  it("confirms a successful save", async () => {
    const user = userEvent.setup();
    const saved = pageProject({ id: ID, version: 8, summary: "Nouvel objectif." });
    renderPage([
      pageMock(pageProject({ id: ID, version: 7 })),
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

  describe("tabs", () => {
    it("shows a regional admin every tab, « Synthèse » open", async () => {
      renderPage([pageMock(pageProject({ id: ID, documents: [] }))], "", "REGIONAL_ADMIN");
      const list = await screen.findByRole("tablist", { name: "Sections du projet" });
      expect(
        within(list)
          .getAllByRole("tab")
          .map((tab) => tab.textContent),
      ).toEqual([
        "Synthèse",
        "Entreprise",
        "Produits",
        "Équipe",
        "Jalons",
        "Étude de marché",
        "Documents",
        "Commentaires",
        "Historique",
      ]);
      expect(screen.getByRole("tab", { name: "Synthèse" })).toHaveAttribute("aria-selected", "true");
      expect(screen.getByRole("tabpanel", { name: "Synthèse" })).toContainElement(
        screen.getByRole("heading", { name: "Parcours" }),
      );
    });

    it("shows a summary card's reader « Synthèse » and « Entreprise » only, whatever the URL asks", async () => {
      renderPage(
        [
          pageMock(
            pageProject({
              id: ID,
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
          ),
        ],
        "?onglet=commentaires",
      );
      await screen.findByRole("heading", { level: 1, name: "Vélo taxi innovant" });
      expect(tabNames()).toEqual(["Synthèse", "Entreprise"]);
      expect(screen.getByRole("tab", { name: "Synthèse" })).toHaveAttribute("aria-selected", "true");
    });

    it("shows « Historique » only where the viewer may read the trail: a regional admin, on their region's projects", async () => {
      renderPage([pageMock(pageProject({ id: ID, region: regionIdf }))], "?onglet=historique", "REGIONAL_ADMIN");
      await screen.findByRole("tablist");
      expect(tabNames()).not.toContain("Historique");
      expect(screen.getByRole("tab", { name: "Synthèse" })).toHaveAttribute("aria-selected", "true");
    });

    it("leaves « Historique » out for an adviser: the API gives them no VIEW_AUDIT", async () => {
      renderPage([pageMock(pageProject({ id: ID }))], "?onglet=historique");
      await screen.findByRole("tablist");
      expect(tabNames()).toEqual([
        "Synthèse",
        "Entreprise",
        "Produits",
        "Équipe",
        "Jalons",
        "Étude de marché",
        "Documents",
        "Commentaires",
      ]);
      expect(screen.getByRole("tab", { name: "Synthèse" })).toHaveAttribute("aria-selected", "true");
    });

    it("shows « Chaîne d'approvisionnement » with the board the app provides, only to who may read the chain", async () => {
      const board = ({ projectId }: { projectId: string }) => <p>{`Tableau de ${projectId}`}</p>;
      const renderWithBoard = (viewerCanReadSupplyChain: boolean) =>
        renderWithProviders(
          <ProjectSlotsContext value={{ supplyChain: board }}>
            <ProjectPage />
          </ProjectSlotsContext>,
          {
            route: `/projets/${ID}?onglet=chaine-approvisionnement`,
            path: "/projets/:projectId",
            mocks: [pageMock(pageProject({ id: ID, viewerCanReadSupplyChain }))],
          },
        );
      const { unmount } = renderWithBoard(true);
      const tab = await screen.findByRole("tab", { name: "Chaîne d'approvisionnement" });
      expect(tabNames()).toEqual([
        "Synthèse",
        "Entreprise",
        "Produits",
        "Équipe",
        "Jalons",
        "Étude de marché",
        "Chaîne d'approvisionnement",
        "Documents",
        "Commentaires",
      ]);
      expect(tab).toHaveAttribute("aria-selected", "true");
      expect(screen.getByRole("tabpanel", { name: "Chaîne d'approvisionnement" })).toHaveTextContent(
        `Tableau de ${ID}`,
      );
      unmount();

      // Not for another region's adviser, nor a partner without the grant.
      renderWithBoard(false);
      await screen.findByRole("tablist");
      expect(tabNames()).not.toContain("Chaîne d'approvisionnement");
      expect(screen.getByRole("tab", { name: "Synthèse" })).toHaveAttribute("aria-selected", "true");
    });

    it("leaves « Documents » out when they are not shared with the reader", async () => {
      renderPage([pageMock(pageProject({ id: ID, documents: null, viewerCanEdit: false }))]);
      await screen.findByRole("tablist");
      expect(tabNames()).not.toContain("Documents");
      expect(tabNames()).toContain("Commentaires");
    });

    it("opens the tab the URL names, and writes the tab chosen with the keyboard in the URL", async () => {
      const user = userEvent.setup();
      const { router } = renderPage([pageMock(pageProject({ id: ID }))], "?onglet=entreprise");
      const company = await screen.findByRole("tab", { name: "Entreprise" });
      expect(company).toHaveAttribute("aria-selected", "true");
      expect(screen.getByRole("tabpanel", { name: "Entreprise" })).toBeInTheDocument();

      await user.click(company);
      await user.keyboard("{ArrowLeft}");
      expect(screen.getByRole("tab", { name: "Synthèse" })).toHaveAttribute("aria-selected", "true");
      expect(screen.getByRole("tab", { name: "Synthèse" })).toHaveFocus();
      expect(router.state.location.search).toBe("");
      expect(screen.getByRole("heading", { name: "Parcours" })).toBeInTheDocument();

      await user.keyboard("{ArrowRight}");
      expect(router.state.location.search).toBe("?onglet=entreprise");
      expect(screen.getByRole("tabpanel", { name: "Entreprise" })).toBeInTheDocument();
      expect(screen.queryByRole("heading", { name: "Parcours" })).not.toBeInTheDocument();
    });

    it("keeps what is being typed in « Synthèse » while another tab is open", async () => {
      const user = userEvent.setup();
      renderPage([pageMock(pageProject({ id: ID }))]);
      const notes = await screen.findByRole("textbox", { name: "Notes internes" });
      await user.type(notes, " Brouillon.");
      await user.click(screen.getByRole("tab", { name: "Entreprise" }));
      expect(screen.queryByRole("textbox", { name: "Notes internes" })).not.toBeInTheDocument();
      await user.click(screen.getByRole("tab", { name: "Synthèse" }));
      expect(screen.getByRole("textbox", { name: "Notes internes" })).toHaveValue("Note interne fictive. Brouillon.");
    });
  });

  describe("« Entreprise »", () => {
    it("shows the company's identity and, to a reader of the full card, its contact", async () => {
      renderPage(
        [
          pageMock(
            pageProject({
              id: ID,
              company: {
                __typename: "Company",
                id: "Q29tcGFueToy",
                name: "HUMAN MOB",
                siren: "829153410",
                sirenIsDemo: false,
                siret: "82915341000012",
                nafCode: "30.92Z",
                communeName: "Rouen",
                departement: "76",
                region: { __typename: "Region", id: "UmVnaW9uOm5vcm1hbmRpZQ", slug: "normandie", name: "Normandie" },
              },
            }),
          ),
        ],
        "?onglet=entreprise",
      );
      const panel = await screen.findByRole("tabpanel", { name: "Entreprise" });
      const value = (term: string) => within(panel).getByText(term).nextSibling;
      expect(value("Raison sociale")).toHaveTextContent("HUMAN MOB");
      expect(value("SIREN")).toHaveTextContent("829 153 410");
      expect(value("SIRET")).toHaveTextContent("829 153 410 00012");
      expect(value("Code NAF")).toHaveTextContent("30.92Z");
      expect(value("Commune")).toHaveTextContent("Rouen (76)");
      expect(value("Région")).toHaveTextContent("Normandie");

      const contact = within(panel).getByRole("region", { name: "Contact dans l'entreprise" });
      expect(within(contact).getByText("Nom").nextSibling).toHaveTextContent("Inès Martin");
      expect(within(contact).getByRole("link", { name: "ines.martin@human-mob.example" })).toHaveAttribute(
        "href",
        "mailto:ines.martin@human-mob.example",
      );
      expect(within(contact).getByRole("link", { name: "02 35 00 00 00" })).toHaveAttribute("href", "tel:0235000000");
    });

    it("keeps the contact from a summary card's reader, and has no SIRET line when there is none", async () => {
      renderPage(
        [
          pageMock(
            pageProject({
              id: ID,
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
          ),
        ],
        "?onglet=entreprise",
      );
      const panel = await screen.findByRole("tabpanel", { name: "Entreprise" });
      expect(within(panel).getByText("HUMAN MOB")).toBeInTheDocument();
      expect(within(panel).queryByText("SIRET")).not.toBeInTheDocument();
      expect(within(panel).queryByRole("region", { name: "Contact dans l'entreprise" })).not.toBeInTheDocument();
      expect(within(panel).queryByText("Inès Martin")).not.toBeInTheDocument();
      expect(
        within(panel).getByText(
          "Les coordonnées du contact dans l'entreprise sont réservées à la CCI Normandie et à CCI France.",
        ),
      ).toBeInTheDocument();
    });
  });
});

import type { MockLink } from "@apollo/client/testing";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";

import { renderWithProviders } from "../../test/render";

import { noOrigin, rouen, supplier, supplierProfile, suppliersConnection } from "./supplierFixtures";
import type { SupplierMapProps } from "./supplierMapData";
import { EnrichSupplierMutation } from "./SupplierProfileForm";
import {
  SUPPLIER_PAGE_SIZE,
  SupplierSearchPage,
  SupplierSearchProjectQuery,
  SupplierSearchProjectsQuery,
  SupplierSearchQuery,
} from "./SupplierSearchPage";
import { AddSupplierToStageMutation } from "./useAddToStage";

// maplibre needs WebGL: the page is tested with a stand-in that records what it is given.
const map = vi.hoisted(() => ({ calls: [] as SupplierMapProps[] }));
vi.mock("./SupplierMap", () => ({
  SupplierMap: (props: SupplierMapProps) => {
    map.calls.push(props);
    return <div data-testid="carte">{props.points.length}</div>;
  },
}));

type Variables = Record<string, unknown>;
type Connection = ReturnType<typeof suppliersConnection>;

const PROJECT_ID = "UHJvamVjdDpub3JtYW5kaWU6Nw";
const STAGE_ID = "U3VwcGx5Q2hhaW5TdGFnZTpub3JtYW5kaWU6Mg";

const project = {
  __typename: "Project",
  id: PROJECT_ID,
  name: "Fil de lin normand",
  company: { __typename: "Company", id: "Q29tcGFueTo3", communeName: "Rouen", departement: "76" },
};

function contextMocks(): MockLink.MockedResponse[] {
  return [
    {
      request: { query: SupplierSearchProjectsQuery, variables: { region: "normandie" } },
      result: {
        data: {
          projects: {
            __typename: "ProjectConnection",
            edges: [{ __typename: "ProjectEdge", node: project }],
          },
        },
      },
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
    {
      request: { query: SupplierSearchProjectQuery, variables: { id: PROJECT_ID } },
      result: {
        data: {
          node: {
            ...project,
            supplyChain: {
              __typename: "SupplyChain",
              stages: [{ __typename: "SupplyChainStage", id: STAGE_ID, name: "Filature" }],
            },
          },
        },
      },
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
  ];
}

/** Answers every search with `respond(variables)` and records the variables. */
function searchMock(calls: Variables[], respond: (variables: Variables) => Connection, origin: object = rouen) {
  return {
    request: { query: SupplierSearchQuery, variables: () => true },
    result: (variables: Variables) => {
      calls.push(variables);
      return { data: { supplierSearchOrigin: origin, suppliers: respond(variables) } };
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  } as MockLink.MockedResponse;
}

function renderPage(
  route: string,
  respond: (variables: Variables) => Connection,
  extra: MockLink.MockedResponse[] = [],
  origin: object = rouen,
) {
  const calls: Variables[] = [];
  const rendered = renderWithProviders(<SupplierSearchPage />, {
    route,
    path: "/fournisseurs",
    mocks: [...contextMocks(), searchMock(calls, respond, origin), ...extra],
  });
  return { ...rendered, calls };
}

const threeTiers = () =>
  suppliersConnection([
    supplier({ siret: "82915341000012", name: "FILATURE DE LA SEINE", isHeadOffice: true }),
    supplier({
      siret: "82915341000020",
      name: "TISSAGE DU ROUMOIS",
      tradeNames: ["Toiles du Roumois"],
      communeName: "Bourg-Achard",
      departement: "27",
      tier: "SAME_REGION",
      distanceKm: 24,
      profile: supplierProfile(),
    }),
    supplier({
      siret: "82915341000038",
      name: "FILATURE DU NORD",
      communeName: "Roubaix",
      departement: "59",
      regionName: "Hauts-de-France",
      tier: "NEIGHBOURING_REGION",
      distanceKm: 212,
      longitude: null,
      latitude: null,
      street: null,
      postalCode: null,
    }),
  ]);

beforeEach(() => {
  map.calls.length = 0;
});

describe("SupplierSearchPage", () => {
  it("asks for words, a place or a filter before searching", async () => {
    const { calls } = renderPage("/fournisseurs", threeTiers);
    expect(screen.getByRole("heading", { level: 1, name: "Fournisseurs" })).toBeInTheDocument();
    expect(await screen.findByText(/pour lancer la recherche/)).toBeInTheDocument();
    expect(calls).toHaveLength(0);
  });

  it("groups the results under a heading wherever the tier changes, with their details", async () => {
    const { calls } = renderPage("/fournisseurs?q=filature&commune=76540", threeTiers);

    expect(await screen.findByText("3 fournisseurs")).toBeInTheDocument();
    expect(calls[0]).toEqual({
      query: "filature",
      near: { communeCode: "76540" },
      filter: null,
      first: SUPPLIER_PAGE_SIZE,
      after: null,
    });
    expect(screen.getAllByRole("heading", { level: 2 }).map((heading) => heading.textContent)).toEqual([
      "Dans le département",
      "Dans la région",
      "Régions voisines",
    ]);
    expect(screen.getByText("Recherche autour de Rouen (76).")).toBeInTheDocument();

    const region = screen.getByRole("region", { name: "Dans la région" });
    expect(within(region).getByRole("button", { name: "TISSAGE DU ROUMOIS" })).toBeInTheDocument();
    expect(within(region).getByText("Enseignes : Toiles du Roumois")).toBeInTheDocument();
    expect(within(region).getByText("13.10Z — Préparation de fibres textiles et filature")).toBeInTheDocument();
    expect(within(region).getByText("Bourg-Achard (27) · à 24 km · Effectif : 20 à 49")).toBeInTheDocument();
    // The region's profile: its labels and know-how.
    expect(within(region).getByText("Origine France Garantie")).toBeInTheDocument();
    expect(within(region).getByText("lin")).toBeInTheDocument();

    const departement = screen.getByRole("region", { name: "Dans le département" });
    expect(within(departement).getByText("Siège")).toBeInTheDocument();
    expect(within(departement).getByText("Elbeuf (76) · à 18 km · Effectif : 20 à 49")).toBeInTheDocument();
  });

  it("gives the map the results that have coordinates, and the place searched from", async () => {
    renderPage("/fournisseurs?q=filature&commune=76540", threeTiers);
    expect(await screen.findByTestId("carte")).toHaveTextContent("2");
    const props = map.calls.at(-1)!;
    expect(props.points).toEqual([
      {
        siret: "82915341000012",
        name: "FILATURE DE LA SEINE",
        place: "Elbeuf (76)",
        tier: "SAME_DEPARTEMENT",
        longitude: 1.01,
        latitude: 49.29,
      },
      expect.objectContaining({ siret: "82915341000020", tier: "SAME_REGION" }),
    ]);
    expect(props.origin).toEqual({ label: "Rouen (76)", longitude: 1.0993, latitude: 49.4431 });
    expect(screen.getByText(/1 fournisseur affiché n'est pas localisé/)).toBeInTheDocument();

    // The map opens a supplier's drawer.
    props.onSelect("82915341000012");
    expect(await screen.findByRole("dialog", { name: "FILATURE DE LA SEINE" })).toBeInTheDocument();
  });

  it("sends the filters in the query variables and keeps them in the URL", async () => {
    const user = userEvent.setup();
    const { calls, router } = renderPage("/fournisseurs?q=filature", threeTiers, [], noOrigin);
    await screen.findByText("3 fournisseurs");
    expect(screen.getByText("Sans lieu choisi, les fournisseurs de votre région viennent en premier.")).toBeVisible();

    await user.click(screen.getByRole("combobox", { name: "Effectif salarié" }));
    const bands = await screen.findByRole("listbox", { name: "Effectif salarié" });
    expect(within(bands).getAllByRole("option")[0]).toHaveTextContent("0 salarié");
    await user.click(within(bands).getByRole("option", { name: "20 à 49" }));
    await waitFor(() => expect(router.state.location.search).toBe("?q=filature&effectif=12"));

    const naf = screen.getByRole("combobox", { name: "Codes NAF" });
    await user.type(naf, "1310z{Enter}");
    await user.type(naf, "99{Enter}");
    expect(await screen.findByText("Codes NAF non reconnus : 99 (format attendu : 13.10Z).")).toBeInTheDocument();

    await user.type(screen.getByRole("combobox", { name: "Départements" }), "76{Enter}");
    await user.click(screen.getByRole("combobox", { name: "Labels et certifications" }));
    const labels = await screen.findByRole("listbox", { name: "Labels et certifications" });
    await user.click(within(labels).getByRole("option", { name: "Oeko-Tex" }));

    await user.click(screen.getByRole("radio", { name: "Une commune" }));
    await user.type(screen.getByRole("textbox", { name: "Code INSEE de la commune" }), "76540");
    await waitFor(() => expect(router.state.location.search).toContain("commune=76540"));
    await user.selectOptions(screen.getByRole("combobox", { name: "Distance maximale" }), "50 km");

    await waitFor(() =>
      expect(router.state.location.search).toBe(
        "?q=filature&commune=76540&naf=13.10Z&effectif=12&departement=76&certification=OEKO_TEX&km=50",
      ),
    );
    await waitFor(() =>
      expect(calls.at(-1)).toEqual({
        query: "filature",
        near: { communeCode: "76540" },
        filter: {
          naf: ["13.10Z"],
          workforceBands: ["12"],
          departements: ["76"],
          regionCodes: null,
          certifications: ["OEKO_TEX"],
          withinKm: 50,
        },
        first: SUPPLIER_PAGE_SIZE,
        after: null,
      }),
    );
  }, 20_000);

  it("reads a shared search from the URL, dropping what it does not know", async () => {
    const { calls } = renderPage(
      "/fournisseurs?q=tissage&projet=" + PROJECT_ID + "&naf=c&naf=zz&effectif=99&effectif=21&km=25&certification=GOTS",
      threeTiers,
    );
    await screen.findByText("3 fournisseurs");
    expect(calls[0]).toEqual({
      query: "tissage",
      near: { projectId: PROJECT_ID },
      filter: {
        naf: ["C"],
        workforceBands: ["21"],
        departements: null,
        regionCodes: null,
        certifications: ["GOTS"],
        withinKm: 25,
      },
      first: SUPPLIER_PAGE_SIZE,
      after: null,
    });
    expect(screen.getByRole("radio", { name: "Un projet" })).toBeChecked();
    expect(screen.getByRole("combobox", { name: "Projet" })).toHaveValue("Fil de lin normand — Rouen (76)");
  });

  it("filters by région next to the départements, and clears them with the other filters", async () => {
    const user = userEvent.setup();
    const { calls, router } = renderPage("/fournisseurs?q=filature&departement=14&region=99", threeTiers);
    await screen.findByText("3 fournisseurs");
    // An unknown région code in a shared link is dropped.
    expect(calls[0]).toMatchObject({ filter: { departements: ["14"], regionCodes: null } });

    await user.click(screen.getByRole("combobox", { name: "Régions" }));
    const regions = await screen.findByRole("listbox", { name: "Régions" });
    const options = within(regions).getAllByRole("option");
    expect(options).toHaveLength(18);
    expect(options[0]).toHaveTextContent("Auvergne-Rhône-Alpes");
    await user.click(within(regions).getByRole("option", { name: "Hauts-de-France" }));

    await waitFor(() => expect(router.state.location.search).toBe("?q=filature&departement=14&region=32"));
    await waitFor(() =>
      expect(calls.at(-1)).toEqual({
        query: "filature",
        near: null,
        filter: {
          naf: null,
          workforceBands: null,
          departements: ["14"],
          regionCodes: ["32"],
          certifications: null,
          withinKm: null,
        },
        first: SUPPLIER_PAGE_SIZE,
        after: null,
      }),
    );

    await user.click(screen.getByRole("button", { name: "Effacer les filtres" }));
    await waitFor(() => expect(router.state.location.search).toBe("?q=filature"));
    expect(calls.at(-1)).toMatchObject({ filter: null });
  }, 20_000);

  it("puts the server's refusal of a région under the « Régions » field", async () => {
    const refusal: MockLink.MockedResponse = {
      request: { query: SupplierSearchQuery, variables: () => true },
      result: {
        data: null,
        errors: [
          {
            message: "Aucune région n'a le code INSEE « 32 ».",
            extensions: { code: "unknown_region", field: "filter.regionCodes" },
          },
        ],
      },
      maxUsageCount: Number.POSITIVE_INFINITY,
    } as MockLink.MockedResponse;
    renderWithProviders(<SupplierSearchPage />, {
      route: "/fournisseurs?region=32",
      path: "/fournisseurs",
      mocks: [...contextMocks(), refusal],
    });

    expect(await screen.findByText("Aucune région n'a le code INSEE « 32 ».")).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "Régions" })).toHaveAttribute("aria-invalid", "true");
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent("La recherche n'a pas abouti.");
    expect(alert).toHaveTextContent("Un filtre n'est pas accepté : voyez le message sous le champ concerné.");
  });

  it("adds the next page on « Afficher plus », sending the cursor", async () => {
    const user = userEvent.setup();
    const { calls } = renderPage("/fournisseurs?q=filature&commune=76540", (variables) =>
      variables["after"] === "curseur-1"
        ? suppliersConnection(
            [supplier({ siret: "82915341000046", name: "FILATURE BOURGUIGNONNE", tier: "REST_OF_FRANCE" })],
            { totalCount: 2 },
          )
        : suppliersConnection([supplier({ siret: "82915341000012", name: "FILATURE DE LA SEINE" })], {
            totalCount: 2,
            hasNextPage: true,
            endCursor: "curseur-1",
          }),
    );
    await screen.findByText("1 affichés sur 2");
    await user.click(screen.getByRole("button", { name: "Afficher plus" }));
    expect(await screen.findByRole("button", { name: "FILATURE BOURGUIGNONNE" })).toBeInTheDocument();
    expect(calls.at(-1)).toMatchObject({ after: "curseur-1", first: SUPPLIER_PAGE_SIZE, query: "filature" });
    expect(screen.getByRole("button", { name: "FILATURE DE LA SEINE" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 2, name: "Reste de la France" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Afficher plus" })).not.toBeInTheDocument();
  });

  it("says « plus de » when the directories stopped counting at their cap", async () => {
    renderPage("/fournisseurs?naf=C", () =>
      suppliersConnection([supplier({ siret: "82915341000012", name: "FILATURE DE LA SEINE" })], {
        totalCount: 14000,
        totalCountIsExact: false,
        hasNextPage: true,
        endCursor: "curseur-1",
      }),
    );
    expect(await screen.findByText("Plus de 14 000 fournisseurs")).toBeInTheDocument();
    expect(screen.getByText("1 affichés sur plus de 14 000")).toBeInTheDocument();
    expect(screen.queryByText(/^14 000 fournisseurs/)).not.toBeInTheDocument();
  });

  it("names the regions whose directory did not answer", async () => {
    renderPage("/fournisseurs?q=filature", () =>
      suppliersConnection([supplier()], { unavailable: ["Occitanie", "Bretagne"] }),
    );
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Résultats incomplets");
    expect(alert).toHaveTextContent("Les annuaires de ces régions n'ont pas répondu : Occitanie, Bretagne.");
  });

  it("offers « Ajouter à l'étape » only when opened from a stage", async () => {
    renderPage("/fournisseurs?q=filature&commune=76540", threeTiers);
    await screen.findByText("3 fournisseurs");
    expect(screen.queryByRole("button", { name: "Ajouter à l'étape" })).not.toBeInTheDocument();
  });

  it("adds a supplier to the stage, and shows the server's refusal for another", async () => {
    const user = userEvent.setup();
    const inputs: Variables[] = [];
    const addMock: MockLink.MockedResponse = {
      request: { query: AddSupplierToStageMutation, variables: () => true },
      result: (variables: Variables) => {
        const input = variables["input"] as Variables;
        inputs.push(input);
        return {
          data: {
            addSupplierCandidate:
              input["siret"] === "82915341000012"
                ? {
                    __typename: "SupplierCandidateSuccess",
                    candidate: {
                      __typename: "SupplierCandidate",
                      id: "U3VwcGxpZXJDYW5kaWRhdGU6bm9ybWFuZGllOjE",
                      siret: "82915341000012",
                      name: "FILATURE DE LA SEINE",
                      status: "IDENTIFIED",
                    },
                  }
                : {
                    __typename: "SourcingInvalid",
                    field: "siret",
                    code: "DUPLICATE_NAME",
                    message: "TISSAGE DU ROUMOIS est déjà envisagé pour cette étape.",
                  },
          },
        };
      },
      maxUsageCount: Number.POSITIVE_INFINITY,
    };
    renderPage(`/fournisseurs?projet=${PROJECT_ID}&etape=${STAGE_ID}`, threeTiers, [addMock]);

    expect(
      await screen.findByText(
        "Les fournisseurs choisis ici sont ajoutés à l'étape « Filature » du projet « Fil de lin normand ».",
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Revenir à la chaîne du projet" })).toHaveAttribute(
      "href",
      `/projets/${PROJECT_ID}?onglet=chaine-approvisionnement`,
    );

    const buttons = await screen.findAllByRole("button", { name: "Ajouter à l'étape" });
    expect(buttons).toHaveLength(3);
    expect(buttons[0]).toHaveAccessibleDescription("FILATURE DE LA SEINE");
    await user.click(buttons[0]!);
    expect(await screen.findByText("Ajouté à la chaîne")).toBeInTheDocument();
    expect(inputs[0]).toEqual({ stageId: STAGE_ID, siret: "82915341000012", notes: "" });

    await user.click(screen.getAllByRole("button", { name: "Ajouter à l'étape" })[0]!);
    expect(await screen.findByText("TISSAGE DU ROUMOIS est déjà envisagé pour cette étape.")).toBeInTheDocument();
    expect(inputs[1]).toEqual({ stageId: STAGE_ID, siret: "82915341000020", notes: "" });
  });
});

describe("the supplier's drawer", () => {
  function enrichMock(inputs: Variables[], respond: (input: Variables) => object): MockLink.MockedResponse {
    return {
      request: { query: EnrichSupplierMutation, variables: () => true },
      result: (variables: Variables) => {
        const input = variables["input"] as Variables;
        inputs.push(input);
        return { data: { enrichSupplier: respond(input) } };
      },
      maxUsageCount: Number.POSITIVE_INFINITY,
    };
  }

  it("shows the address, or says it is not diffusible, and the region's profile with its history", async () => {
    const user = userEvent.setup();
    renderPage("/fournisseurs?q=filature&commune=76540", threeTiers);

    await user.click(await screen.findByRole("button", { name: "TISSAGE DU ROUMOIS" }));
    let drawer = await screen.findByRole("dialog", { name: "TISSAGE DU ROUMOIS" });
    expect(within(drawer).getByText("12 rue des Tisserands, 76500 Bourg-Achard")).toBeInTheDocument();
    expect(within(drawer).getByText("829 153 410 00020")).toBeInTheDocument();
    expect(within(drawer).getByRole("heading", { name: "Fiche de votre région" })).toBeInTheDocument();
    expect(within(drawer).getByText("20 tonnes par mois.")).toBeInTheDocument();
    expect(
      within(drawer).getByText("Modifié par Camille Lemoine le 2 octobre 2026 (contact, e-mail du contact)"),
    ).toBeInTheDocument();
    expect(within(drawer).getByText("… et 1 modification plus ancienne")).toBeInTheDocument();
    await user.click(within(drawer).getByRole("button", { name: "Fermer la fiche" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());

    await user.click(screen.getByRole("button", { name: "FILATURE DU NORD" }));
    drawer = await screen.findByRole("dialog", { name: "FILATURE DU NORD" });
    expect(within(drawer).getByText("Adresse non diffusible")).toBeInTheDocument();
    expect(within(drawer).getByText("Votre région n'a pas encore de fiche sur ce fournisseur.")).toBeInTheDocument();
  });

  it("sends the profile with the version read, and puts the server's refusal under its field", async () => {
    const user = userEvent.setup();
    const inputs: Variables[] = [];
    renderPage("/fournisseurs?q=filature&commune=76540", threeTiers, [
      enrichMock(inputs, () => ({
        __typename: "SourcingInvalid",
        field: "contactEmail",
        code: "INVALID_EMAIL",
        message: "L'adresse e-mail « contact@filature » n'est pas valide.",
      })),
    ]);
    await user.click(await screen.findByRole("button", { name: "TISSAGE DU ROUMOIS" }));
    const drawer = await screen.findByRole("dialog", { name: "TISSAGE DU ROUMOIS" });
    await user.click(within(drawer).getByRole("button", { name: "Modifier la fiche" }));

    const email = within(drawer).getByRole("textbox", { name: "E-mail du contact" });
    await user.clear(email);
    // Accepted by the browser's rule of thumb, refused by the server.
    await user.type(email, "contact@filature.x");
    await user.type(within(drawer).getByRole("combobox", { name: "Savoir-faire" }), "teinture{Enter}");
    await user.click(within(drawer).getByRole("button", { name: "Enregistrer la fiche" }));

    expect(await within(drawer).findByText("L'adresse e-mail « contact@filature » n'est pas valide.")).toBeVisible();
    expect(email).toHaveAttribute("aria-invalid", "true");
    expect(inputs).toEqual([
      {
        siret: "82915341000020",
        expectedVersion: 3,
        tags: ["lin", "filature au mouillé", "teinture"],
        capabilityNafCodes: ["13.20Z"],
        certifications: ["ORIGINE_FRANCE_GARANTIE"],
        capacityNotes: "20 tonnes par mois.",
        contactName: "Hélène Martin",
        contactEmail: "contact@filature.x",
        contactPhone: "02 35 00 00 00",
        lastContactOn: "2026-10-02",
      },
    ]);
  });

  it("creates a profile with no version, then shows it", async () => {
    const user = userEvent.setup();
    const inputs: Variables[] = [];
    renderPage("/fournisseurs?q=filature&commune=76540", threeTiers, [
      enrichMock(inputs, (input) => ({
        __typename: "SupplierProfileSuccess",
        profile: supplierProfile({
          version: 1,
          tags: input["tags"],
          certifications: [],
          capabilityNafCodes: [],
          capacityNotes: "",
          contactName: "",
          contactEmail: "",
          contactPhone: "",
          lastContactOn: null,
        }),
      })),
    ]);
    await user.click(await screen.findByRole("button", { name: "FILATURE DE LA SEINE" }));
    const drawer = await screen.findByRole("dialog", { name: "FILATURE DE LA SEINE" });
    await user.click(within(drawer).getByRole("button", { name: "Créer la fiche" }));
    await user.type(within(drawer).getByRole("combobox", { name: "Savoir-faire" }), "filature de laine{Enter}");
    await user.click(within(drawer).getByRole("button", { name: "Enregistrer la fiche" }));

    await waitFor(() => expect(inputs).toHaveLength(1));
    expect(inputs[0]).toMatchObject({ siret: "82915341000012", expectedVersion: null, tags: ["filature de laine"] });
    expect(await within(drawer).findByRole("button", { name: "Modifier la fiche" })).toBeInTheDocument();
    // The result in the list shows the know-how saved.
    const departement = screen.getByRole("region", { name: "Dans le département" });
    expect(within(departement).getByText("filature de laine")).toBeInTheDocument();
  });

  it("shows who changed the profile meanwhile and reads the results again", async () => {
    const user = userEvent.setup();
    const inputs: Variables[] = [];
    const { calls } = renderPage("/fournisseurs?q=filature&commune=76540", threeTiers, [
      enrichMock(inputs, () => ({
        __typename: "SourcingConflict",
        field: "expectedVersion",
        code: "STALE_VERSION",
        message: "Léa Dupuis a modifié cette fiche le 23 novembre 2026 à 10 h 05 (contact).",
      })),
    ]);
    await user.click(await screen.findByRole("button", { name: "TISSAGE DU ROUMOIS" }));
    const drawer = await screen.findByRole("dialog", { name: "TISSAGE DU ROUMOIS" });
    await user.click(within(drawer).getByRole("button", { name: "Modifier la fiche" }));
    const before = calls.length;
    await user.click(within(drawer).getByRole("button", { name: "Enregistrer la fiche" }));

    const alert = await within(drawer).findByRole("alert");
    expect(alert).toHaveTextContent("Fiche modifiée entre-temps");
    expect(alert).toHaveTextContent("Léa Dupuis a modifié cette fiche le 23 novembre 2026 à 10 h 05 (contact).");
    await waitFor(() => expect(calls.length).toBeGreaterThan(before));
    expect(calls.at(-1)).toMatchObject({ after: null, first: SUPPLIER_PAGE_SIZE });
    expect(await within(drawer).findByText(/La fiche a été relue/)).toBeInTheDocument();
  });
});

import type { MockLink } from "@apollo/client/testing";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";

import { renderWithProviders } from "../../test/render";

import { AnswerSourcingRequestMutation } from "./AnswerForm";
import { ANSWER_SEARCH_PAGE_SIZE, AnswerRegionQuery, AnswerSupplierSearchQuery } from "./AnswerSupplierSearch";
import { regionHdf, requestsResponse, sourcingAnswer, sourcingRequest } from "./sourcingFixtures";
import { SourcingRequestsPage } from "./SourcingRequestsPage";

const HDF_DEPARTEMENTS = ["02", "59", "60", "62", "80"];

const regionResponse = {
  request: { query: AnswerRegionQuery },
  result: {
    data: { viewer: { __typename: "Viewer", region: { ...regionHdf, departements: HDF_DEPARTEMENTS } } },
  },
};

function establishment(siret: string, name: string, communeName: string, departement: string) {
  return {
    __typename: "Supplier",
    siret,
    name,
    communeName,
    departement,
    nafCode: "13.10Z",
    nafLabel: "Préparation de fibres textiles et filature",
  };
}

const ROUBAIX = establishment("82915341000012", "Filature du Nord", "Roubaix", "59");
const TOURCOING = establishment("41234567800019", "Peignage de Tourcoing", "Tourcoing", "59");
const ARRAS = establishment("52345678900014", "Tissage Arrageois", "Arras", "62");

/** The search as the picker sends it: the request's activities, the answering region's départements. */
function searchResponse(
  nodes: ReturnType<typeof establishment>[],
  criteria: { query?: string | null; naf?: string[] | null; departements?: string[] } = {},
) {
  return {
    request: {
      query: AnswerSupplierSearchQuery,
      variables: {
        query: criteria.query ?? null,
        filter: {
          naf: criteria.naf === undefined ? ["13.10Z", "C"] : criteria.naf,
          departements: criteria.departements ?? HDF_DEPARTEMENTS,
        },
        first: ANSWER_SEARCH_PAGE_SIZE,
        after: null,
      },
    },
    result: {
      data: {
        suppliers: {
          __typename: "SupplierConnection",
          totalCount: nodes.length,
          totalCountIsExact: true,
          pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
          edges: nodes.map((node) => ({ __typename: "SupplierEdge", node })),
        },
      },
    },
  };
}

function answerResponse(sirets: string[], payload: Record<string, unknown>, sent: unknown[], note = "") {
  const input = { requestId: sourcingRequest(1).id, sirets, note };
  return {
    request: { query: AnswerSourcingRequestMutation, variables: { input } },
    result: () => {
      sent.push(input);
      return { data: { answerSourcingRequest: payload } };
    },
  };
}

const success = {
  __typename: "SourcingAnswerSuccess",
  answer: sourcingAnswer({ answererName: "Hugo Martin" }),
};

async function openAnswer(mocks: MockLink.MockedResponse[]) {
  const user = userEvent.setup();
  renderWithProviders(<SourcingRequestsPage />, {
    route: "/demandes-de-sourcing",
    path: "/demandes-de-sourcing",
    mocks: [requestsResponse(true, [sourcingRequest(1, { viewerCanAnswer: true })]), regionResponse, ...mocks],
  });
  await user.click(await screen.findByRole("button", { name: "Répondre" }));
  const answer = screen.getByRole("region", { name: "Proposer des établissements" });
  return { user, answer };
}

const resultsList = () => screen.findByRole("list", { name: "Établissements trouvés" });
const pickedList = () => screen.getByRole("list", { name: /^Établissements? choisis?/ });

describe("AnswerForm", () => {
  it("searches the region's directory from the request's activities, and sends the establishments picked", async () => {
    const sent: unknown[] = [];
    const { user, answer } = await openAnswer([
      searchResponse([ROUBAIX, TOURCOING]),
      searchResponse([ARRAS], { query: "tissage", naf: ["C"], departements: ["62"] }),
      answerResponse([ROUBAIX.siret, ARRAS.siret], success, sent, "Deux adresses sûres."),
    ]);
    const search = within(answer).getByRole("search", { name: "Chercher des établissements à proposer" });
    expect(within(search).getByRole("textbox", { name: /^Activités/ })).toHaveValue("13.10Z, C");
    let results = await resultsList();
    expect(screen.getByRole("status")).toHaveTextContent("2 établissements trouvés");
    expect(results).toHaveTextContent("SIRET 82915341000012 · Roubaix (59) · 13.10Z");

    const roubaix = within(results).getAllByRole("listitem")[0]!;
    await user.click(within(roubaix).getByRole("button", { name: "Choisir" }));
    const tourcoing = within(results).getAllByRole("listitem")[1]!;
    await user.click(within(tourcoing).getByRole("button", { name: "Choisir" }));
    expect(within(roubaix).getByRole("button", { name: "Retirer" })).toHaveAccessibleDescription("Filature du Nord");
    expect(pickedList()).toHaveAccessibleName("Établissements choisis (2 sur 10)");
    const items = within(pickedList()).getAllByRole("listitem");
    expect(items[0]).toHaveTextContent("Filature du Nord");
    expect(items[0]).toHaveTextContent("SIRET 82915341000012 · Roubaix (59)");

    // Removed from the answer, it may be picked again.
    await user.click(screen.getByRole("button", { name: "Retirer « Peignage de Tourcoing » de la réponse" }));
    expect(within(pickedList()).getAllByRole("listitem")).toHaveLength(1);
    expect(within(tourcoing).getByRole("button", { name: "Choisir" })).toBeEnabled();

    // Another search: words, a section, one département; what was picked stays.
    await user.type(within(search).getByRole("searchbox", { name: "Activité, savoir-faire ou nom" }), "tissage");
    await user.clear(within(search).getByRole("textbox", { name: /^Activités/ }));
    await user.type(within(search).getByRole("textbox", { name: /^Activités/ }), "c");
    await user.selectOptions(within(search).getByRole("combobox", { name: /^Département/ }), "62");
    await user.click(within(search).getByRole("button", { name: "Chercher" }));
    expect(await screen.findByText("Tissage Arrageois")).toBeInTheDocument();
    results = await resultsList();
    await user.click(within(results).getByRole("button", { name: "Choisir" }));

    await user.type(screen.getByRole("textbox", { name: "Note pour la région qui demande" }), "Deux adresses sûres.");
    await user.click(screen.getByRole("button", { name: "Envoyer la réponse" }));
    expect(await screen.findByText("Votre réponse a été envoyée.")).toBeInTheDocument();
    expect(sent).toEqual([
      { requestId: sourcingRequest(1).id, sirets: [ROUBAIX.siret, ARRAS.siret], note: "Deux adresses sûres." },
    ]);
  });

  it("takes a SIRET typed by hand, and puts the server's refusal beside the establishment it names", async () => {
    const sent: unknown[] = [];
    const typed = "12345678900011";
    const { user } = await openAnswer([
      searchResponse([ROUBAIX]),
      answerResponse(
        [ROUBAIX.siret, typed],
        {
          __typename: "SourcingInvalid",
          field: "sirets.1",
          code: "UNKNOWN_SUPPLIER",
          message: `Le SIRET ${typed} n'est pas un établissement actif de l'annuaire de votre région.`,
        },
        sent,
      ),
      answerResponse([ROUBAIX.siret], success, sent),
    ]);
    await user.click(within(await resultsList()).getByRole("button", { name: "Choisir" }));

    const siret = screen.getByRole("textbox", { name: "SIRET d'un établissement absent des résultats" });
    await user.type(siret, "123 456");
    await user.click(screen.getByRole("button", { name: "Ajouter ce SIRET" }));
    expect(siret).toHaveAccessibleDescription(/Un SIRET compte 14 chiffres/);
    await user.type(siret, " 789 00011{Enter}");
    expect(siret).toHaveValue("");
    expect(within(pickedList()).getAllByRole("listitem")[1]).toHaveTextContent(
      `Établissement saisi par SIRETSIRET ${typed}`,
    );

    await user.click(screen.getByRole("button", { name: "Envoyer la réponse" }));
    const remove = screen.getByRole("button", { name: `Retirer « ${typed} » de la réponse` });
    await vi.waitFor(() => expect(remove).toHaveAccessibleDescription(/n'est pas un établissement actif/));
    expect(remove).toHaveFocus();
    const [first, second] = within(pickedList()).getAllByRole("listitem");
    expect(within(second!).getByRole("alert")).toHaveTextContent(`Le SIRET ${typed}`);
    expect(within(first!).queryByRole("alert")).toBeNull();

    await user.click(remove);
    await user.click(screen.getByRole("button", { name: "Envoyer la réponse" }));
    expect(await screen.findByText("Votre réponse a été envoyée.")).toBeInTheDocument();
    expect(sent).toHaveLength(2);
  });

  it("sends nothing before an establishment is chosen, and refuses the same one twice", async () => {
    const sent: unknown[] = [];
    const { user } = await openAnswer([searchResponse([ROUBAIX]), answerResponse([ROUBAIX.siret], success, sent)]);
    await resultsList();
    await user.click(screen.getByRole("button", { name: "Envoyer la réponse" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Proposez au moins un établissement de votre annuaire.");
    expect(sent).toEqual([]);

    await user.click(within(await resultsList()).getByRole("button", { name: "Choisir" }));
    const siret = screen.getByRole("textbox", { name: "SIRET d'un établissement absent des résultats" });
    await user.type(siret, `${ROUBAIX.siret}{Enter}`);
    expect(siret).toHaveAccessibleDescription(/Cet établissement est déjà choisi/);
    expect(within(pickedList()).getAllByRole("listitem")).toHaveLength(1);
  });
});

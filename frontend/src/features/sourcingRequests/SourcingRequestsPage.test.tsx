import type { MockLink } from "@apollo/client/testing";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { renderWithProviders } from "../../test/render";

import { AcceptProposedSupplierMutation } from "./SourcingAnswerItem";
import { proposedSupplier, requestsResponse, sourcingAnswer, sourcingRequest } from "./sourcingFixtures";
import { SourcingRequestsPage } from "./SourcingRequestsPage";

function renderPage(mocks: MockLink.MockedResponse[], route = "/demandes-de-sourcing") {
  return renderWithProviders(<SourcingRequestsPage />, { route, path: "/demandes-de-sourcing", mocks });
}

async function cards() {
  const list = await screen.findByRole("list", { name: "Demandes de sourcing" });
  return within(list).getAllByRole("article");
}

describe("SourcingRequestsPage", () => {
  it("lists the requests addressed to the region, then those it posted, and the expired ones on demand", async () => {
    const user = userEvent.setup();
    const { router } = renderPage([
      requestsResponse(true, [sourcingRequest(1)]),
      requestsResponse(false, [sourcingRequest(2, { projectName: "Vélo taxi", isExpired: true, answerCount: 3 })]),
      requestsResponse(false, [sourcingRequest(3, { projectName: "Ancienne demande", isExpired: true })], {
        includeExpired: true,
      }),
    ]);
    const [first] = await cards();
    expect(within(first!).getByRole("heading", { name: "Fil de lin normand (Normandie)" })).toBeInTheDocument();
    expect(first).toHaveTextContent("jusqu'au 23 décembre 2026");
    expect(first).toHaveTextContent("Filature");
    expect(first).toHaveTextContent("13.10Z, C");
    expect(first).toHaveTextContent("Île-de-France");
    expect(first).toHaveTextContent("Camille Lemoine, le 23 novembre 2026");
    expect(first).toHaveTextContent("Aucune réponse");
    expect(within(first!).queryByText("Expirée")).toBeNull();

    await user.click(screen.getByRole("tab", { name: "Postées par ma région" }));
    expect(await screen.findByRole("heading", { name: "Vélo taxi (Normandie)" })).toBeInTheDocument();
    expect(router.state.location.search).toBe("?onglet=postees");
    const [posted] = await cards();
    expect(within(posted!).getByText("Expirée")).toBeInTheDocument();
    expect(posted).toHaveTextContent("3 réponses");
    expect(posted).not.toHaveTextContent("jusqu'au");

    await user.click(screen.getByRole("switch", { name: "Afficher les demandes expirées" }));
    expect(await screen.findByRole("heading", { name: "Ancienne demande (Normandie)" })).toBeInTheDocument();
  });

  it("opens on the posted tab from the address", async () => {
    renderPage(
      [requestsResponse(false, [sourcingRequest(2, { projectName: "Vélo taxi" })])],
      "/demandes-de-sourcing?onglet=postees",
    );
    expect(await screen.findByRole("heading", { name: "Vélo taxi (Normandie)" })).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Postées par ma région" })).toHaveAttribute("aria-selected", "true");
  });

  it("adds a proposed establishment to the chain, and says why when it cannot", async () => {
    const user = userEvent.setup();
    const sent: unknown[] = [];
    const request = sourcingRequest(2, {
      answers: [
        sourcingAnswer({
          suppliers: [
            proposedSupplier(),
            proposedSupplier({ id: "UHJvcG9zZWRTdXBwbGllcjoy", name: "Tissage de Lys", accepted: true }),
            proposedSupplier({ id: "UHJvcG9zZWRTdXBwbGllcjoz", name: "Teinturerie Mosaïque" }),
          ],
        }),
      ],
    });
    const accept = (id: string, payload: Record<string, unknown>) => ({
      request: { query: AcceptProposedSupplierMutation, variables: { input: { proposedSupplierId: id } } },
      result: () => {
        sent.push(id);
        return { data: { acceptProposedSupplier: payload } };
      },
    });
    renderPage(
      [
        requestsResponse(false, [request]),
        accept("UHJvcG9zZWRTdXBwbGllcjox", {
          __typename: "SupplierCandidateSuccess",
          candidate: { __typename: "SupplierCandidate", id: "U3VwcGxpZXJDYW5kaWRhdGU6OQ" },
        }),
        accept("UHJvcG9zZWRTdXBwbGllcjoz", {
          __typename: "SourcingConflict",
          field: "proposedSupplierId",
          code: "DUPLICATE_NAME",
          message: "Cet établissement figure déjà dans la chaîne du projet.",
        }),
      ],
      "/demandes-de-sourcing?onglet=postees",
    );
    await cards();
    const suppliers = within(screen.getByRole("list", { name: "Établissements proposés" })).getAllByRole("listitem");
    expect(within(suppliers[1]!).getByText("Dans la chaîne")).toBeInTheDocument();
    expect(within(suppliers[1]!).queryByRole("button")).toBeNull();

    await user.click(within(suppliers[0]!).getByRole("button", { name: "Ajouter à la chaîne" }));
    expect(await within(suppliers[0]!).findByText("Dans la chaîne")).toBeInTheDocument();
    expect(within(suppliers[0]!).queryByRole("button")).toBeNull();

    await user.click(within(suppliers[2]!).getByRole("button", { name: "Ajouter à la chaîne" }));
    expect(await within(suppliers[2]!).findByRole("alert")).toHaveTextContent("figure déjà dans la chaîne");
    expect(sent).toEqual(["UHJvcG9zZWRTdXBwbGllcjox", "UHJvcG9zZWRTdXBwbGllcjoz"]);
  });

  it("loads the next page", async () => {
    const user = userEvent.setup();
    const more = requestsResponse(true, [sourcingRequest(9, { projectName: "Suite" })]);
    renderPage([
      requestsResponse(true, [sourcingRequest(1)], { hasNextPage: true }),
      { ...more, request: { ...more.request, variables: { ...more.request.variables, after: "Y3Vyc29yOjE" } } },
    ]);
    await cards();
    await user.click(screen.getByRole("button", { name: "Afficher plus" }));
    expect(await screen.findByRole("heading", { name: "Suite (Normandie)" })).toBeInTheDocument();
    expect(await cards()).toHaveLength(2);
  });
});

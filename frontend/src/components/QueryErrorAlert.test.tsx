import { CombinedGraphQLErrors, ServerError } from "@apollo/client";
import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { renderWithProviders } from "../test/render";

import { QueryErrorAlert } from "./QueryErrorAlert";

function graphqlError(...codes: { code: string; requestId?: string }[]) {
  return new CombinedGraphQLErrors({
    data: null,
    errors: codes.map(({ code, requestId }) => ({ message: "x", extensions: { code, requestId } })),
  });
}

function renderAlert(error: unknown) {
  return renderWithProviders(<QueryErrorAlert error={error} />);
}

describe("QueryErrorAlert", () => {
  it("gives the request id of an unexpected error, for the support", () => {
    renderAlert(graphqlError({ code: "INTERNAL_ERROR", requestId: "abc123" }));
    expect(screen.getByRole("alert")).toHaveTextContent("contactez l'assistance avec l'identifiant abc123");
  });

  it("explains an expired cursor", () => {
    renderAlert(graphqlError({ code: "INVALID_CURSOR" }));
    expect(screen.getByRole("alert")).toHaveTextContent("revenez à la première page");
  });

  it("explains the API's refusals of a request: not allowed, malformed input, too costly, too large", () => {
    const cases: [unknown, string][] = [
      [graphqlError({ code: "NOT_ALLOWED" }), "ne sont pas accessibles avec votre compte"],
      [graphqlError({ code: "BAD_USER_INPUT" }), "contient une valeur non valable"],
      [graphqlError({ code: "QUERY_TOO_COSTLY" }), "trop lourde pour être traitée en une fois"],
      [
        new ServerError("x", { response: new Response("{}", { status: 413 }), bodyText: "{}" }),
        "dépassent la taille acceptée",
      ],
    ];
    for (const [error, text] of cases) {
      const { unmount } = renderAlert(error);
      expect(screen.getByRole("alert")).toHaveTextContent(text);
      unmount();
    }
  });

  it("says nothing when the only errors are unavailable regions (the page lists them)", () => {
    renderAlert(graphqlError({ code: "REGION_UNAVAILABLE" }));
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("treats a 401 as an expired session and a fetch failure as the network", () => {
    const response = new Response("{}", { status: 401 });
    const { unmount } = renderAlert(new ServerError("x", { response, bodyText: "{}" }));
    expect(screen.getByRole("alert")).toHaveTextContent("Votre session a expiré");
    expect(screen.getByRole("button", { name: "Se reconnecter" })).toBeInTheDocument();
    unmount();
    renderAlert(new TypeError("Failed to fetch"));
    expect(screen.getByRole("alert")).toHaveTextContent("Le serveur est injoignable");
  });
});

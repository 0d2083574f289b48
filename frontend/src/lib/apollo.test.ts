import { gql } from "@apollo/client";
import { afterEach, describe, expect, it, vi } from "vitest";

import { createApolloClient } from "./apollo";

const HomePageQuery = gql`
  query Probe {
    viewer {
      displayName
      role
    }
  }
`;

function answer(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
}

describe("Apollo client", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("sends the access token as a bearer token", async () => {
    const fetchMock = vi.fn((_url: string, _init: RequestInit) =>
      Promise.resolve(answer(200, { data: { viewer: { __typename: "Viewer", displayName: "A", role: "JUROR" } } })),
    );
    vi.stubGlobal("fetch", fetchMock);
    const client = createApolloClient({
      graphqlUrl: "/graphql",
      accessToken: () => Promise.resolve("jeton"),
      onUnauthenticated: vi.fn(),
    });
    await client.query({ query: HomePageQuery });
    const headers = new Headers(fetchMock.mock.calls[0]![1].headers);
    expect(headers.get("authorization")).toBe("Bearer jeton");
  });

  it("asks for a new sign-in when the API answers 401", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(() => Promise.resolve(answer(401, { errors: [{ message: "x", extensions: { code: "INVALID_TOKEN" } }] }))),
    );
    const onUnauthenticated = vi.fn();
    const client = createApolloClient({
      graphqlUrl: "/graphql",
      accessToken: () => Promise.resolve("vieux"),
      onUnauthenticated,
    });
    await expect(client.query({ query: HomePageQuery })).rejects.toThrow();
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });

  it("asks for a new sign-in on an UNAUTHENTICATED error, not on other errors", async () => {
    const onUnauthenticated = vi.fn();
    vi.stubGlobal(
      "fetch",
      vi.fn(() =>
        Promise.resolve(
          answer(200, { data: null, errors: [{ message: "x", extensions: { code: "INTERNAL_ERROR" } }] }),
        ),
      ),
    );
    const client = createApolloClient({
      graphqlUrl: "/graphql",
      accessToken: () => Promise.resolve("t"),
      onUnauthenticated,
    });
    await expect(client.query({ query: HomePageQuery })).rejects.toThrow();
    expect(onUnauthenticated).not.toHaveBeenCalled();

    vi.stubGlobal(
      "fetch",
      vi.fn(() =>
        Promise.resolve(
          answer(200, { data: null, errors: [{ message: "x", extensions: { code: "UNAUTHENTICATED" } }] }),
        ),
      ),
    );
    const other = createApolloClient({
      graphqlUrl: "/graphql",
      accessToken: () => Promise.resolve("t"),
      onUnauthenticated,
    });
    await expect(other.query({ query: HomePageQuery })).rejects.toThrow();
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });
});

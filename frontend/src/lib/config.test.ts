import { describe, expect, it, vi } from "vitest";

import { loadRuntimeConfig, parseRuntimeConfig, RuntimeConfigError } from "./config";

const valid = { oidcAuthority: "http://127.0.0.1:8000", oidcClientId: "filiere-spa", graphqlUrl: "/graphql" };

function fetchAnswering(body: unknown, status = 200) {
  return vi.fn(() =>
    Promise.resolve(
      new Response(typeof body === "string" ? body : JSON.stringify(body), {
        status,
        headers: { "Content-Type": "application/json" },
      }),
    ),
  );
}

describe("runtime configuration", () => {
  it("accepts the backend's /config.json, for the embedded issuer and for Keycloak", () => {
    expect(parseRuntimeConfig(valid)).toEqual(valid);
    const keycloak = { ...valid, oidcAuthority: "https://auth.example.fr/realms/filiere" };
    expect(parseRuntimeConfig(keycloak)).toEqual(keycloak);
  });

  it.each([
    ["a missing client id", { ...valid, oidcClientId: undefined }],
    ["an empty client id", { ...valid, oidcClientId: "  " }],
    ["an authority that is not a URL", { ...valid, oidcAuthority: "127.0.0.1:8000" }],
    ["a javascript: authority", { ...valid, oidcAuthority: "javascript:alert(1)" }],
    ["a protocol-relative GraphQL URL", { ...valid, graphqlUrl: "//evil.example/graphql" }],
    ["a GraphQL URL that is neither a path nor http(s)", { ...valid, graphqlUrl: "ftp://x/graphql" }],
    ["not an object", "filiere"],
  ])("rejects %s", (_, raw) => {
    expect(() => parseRuntimeConfig(raw)).toThrow(RuntimeConfigError);
  });

  it("loads and validates /config.json", async () => {
    const fetchImpl = fetchAnswering(valid);
    await expect(loadRuntimeConfig(fetchImpl)).resolves.toEqual(valid);
    expect(fetchImpl).toHaveBeenCalledWith("/config.json", expect.anything());
  });

  it("fails with a clear error when the file is missing, not JSON, or invalid", async () => {
    await expect(loadRuntimeConfig(fetchAnswering({}, 404))).rejects.toThrow(/HTTP 404/);
    await expect(loadRuntimeConfig(fetchAnswering("<html>"))).rejects.toThrow(/not JSON/);
    await expect(loadRuntimeConfig(fetchAnswering({ ...valid, oidcAuthority: "" }))).rejects.toThrow(/oidcAuthority/);
    await expect(loadRuntimeConfig(vi.fn(() => Promise.reject(new TypeError("offline"))))).rejects.toThrow(
      RuntimeConfigError,
    );
  });
});

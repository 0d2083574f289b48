import { z } from "zod";

/** What the backend tells the SPA at start-up (`GET /config.json`): the same build runs against the
 * embedded issuer or Keycloak. Validated before anything else runs (fail fast, clear message). */
export const runtimeConfigSchema = z.object({
  oidcAuthority: z.url({ protocol: /^https?$/ }),
  oidcClientId: z.string().trim().min(1),
  // Same-origin path (the CSP only allows 'self') or an absolute http(s) URL.
  graphqlUrl: z.union([z.string().regex(/^\/(?!\/)\S*$/), z.url({ protocol: /^https?$/ })]),
});

export type RuntimeConfig = z.infer<typeof runtimeConfigSchema>;

export class RuntimeConfigError extends Error {
  override name = "RuntimeConfigError";
}

export function parseRuntimeConfig(raw: unknown): RuntimeConfig {
  const result = runtimeConfigSchema.safeParse(raw);
  if (!result.success) {
    throw new RuntimeConfigError(`Invalid /config.json: ${z.prettifyError(result.error)}`);
  }
  return result.data;
}

export async function loadRuntimeConfig(fetchImpl: typeof fetch = fetch, url = "/config.json"): Promise<RuntimeConfig> {
  let response: Response;
  try {
    response = await fetchImpl(url, { headers: { Accept: "application/json" }, cache: "no-store" });
  } catch (error) {
    throw new RuntimeConfigError(`Could not fetch ${url}: ${String(error)}`);
  }
  if (!response.ok) {
    throw new RuntimeConfigError(`Could not fetch ${url}: HTTP ${response.status}`);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new RuntimeConfigError(`${url} is not JSON`);
  }
  return parseRuntimeConfig(body);
}

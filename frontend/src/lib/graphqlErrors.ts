import { CombinedGraphQLErrors, ServerError } from "@apollo/client";

/** Codes the API puts in `extensions.code` that every page may meet; features map their own. */
export const COMMON_ERROR_CODES = [
  "UNAUTHENTICATED",
  "INVALID_TOKEN",
  "INVALID_CURSOR",
  "NOT_FOUND",
  // A root field the viewer's role can never use (the SPA asks only what the capabilities allow).
  "NOT_ALLOWED",
  // A malformed or out-of-range id or value in the request's arguments (a hand-edited link, say).
  "BAD_USER_INPUT",
  "INTERNAL_ERROR",
  "QUERY_TOO_LARGE",
  // Estimated too costly before it ran: fewer results at once.
  "QUERY_TOO_COSTLY",
  // The request's body is over the API's limit (HTTP 413).
  "REQUEST_TOO_LARGE",
] as const;
export type CommonErrorCode = (typeof COMMON_ERROR_CODES)[number];

export type DescribedError =
  | { kind: "code"; code: CommonErrorCode; requestId: string | null }
  | { kind: "network" }
  | { kind: "unknown"; requestId: string | null };

function isCommonCode(code: unknown): code is CommonErrorCode {
  return typeof code === "string" && (COMMON_ERROR_CODES as readonly string[]).includes(code);
}

/** GraphQL errors other than these are only warnings about partial data (shown by the page). */
const PARTIAL_DATA_CODES = new Set(["REGION_UNAVAILABLE"]);

/** The error worth showing, or null when the errors only say that some regions are missing (the
 * page lists `unavailableRegions` itself). */
export function describeError(error: unknown): DescribedError | null {
  if (!error) return null;
  if (CombinedGraphQLErrors.is(error)) {
    const blocking = error.errors.filter((e) => {
      const code = e.extensions?.["code"];
      return !(typeof code === "string" && PARTIAL_DATA_CODES.has(code));
    });
    const first = blocking[0];
    if (!first) return null;
    const code = first.extensions?.["code"];
    const requestId = typeof first.extensions?.["requestId"] === "string" ? first.extensions["requestId"] : null;
    return isCommonCode(code) ? { kind: "code", code, requestId } : { kind: "unknown", requestId };
  }
  if (ServerError.is(error)) {
    if (error.statusCode === 401) return { kind: "code", code: "INVALID_TOKEN", requestId: null };
    if (error.statusCode === 413) return { kind: "code", code: "REQUEST_TOO_LARGE", requestId: null };
    return { kind: "unknown", requestId: error.response.headers.get("x-request-id") };
  }
  if (error instanceof TypeError || (error instanceof Error && error.name === "TypeError")) {
    return { kind: "network" };
  }
  return { kind: "unknown", requestId: null };
}

/** True when the API answered this code (e.g. INVALID_CURSOR: go back to the first page). */
export function hasErrorCode(error: unknown, code: string): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.["code"] === code);
}

import { CombinedGraphQLErrors, ServerError } from "@apollo/client";
import { z } from "zod";

/** The code the API answers (HTTP 403) for a person the identity provider (ProConnect) signed in but
 * who has no Filière account yet: signing in again would not help, they ask for an account. */
export const ACCOUNT_NOT_OPEN = "ACCOUNT_NOT_OPEN";

const refusal = z.object({ errors: z.array(z.object({ extensions: z.object({ code: z.string() }) })).min(1) });

function codeOf(body: string): string | null {
  try {
    const parsed = refusal.safeParse(JSON.parse(body));
    return parsed.success ? (parsed.data.errors[0]?.extensions.code ?? null) : null;
  } catch {
    return null;
  }
}

export function isAccountNotOpen(error: unknown): boolean {
  if (ServerError.is(error)) return error.statusCode === 403 && codeOf(error.bodyText) === ACCOUNT_NOT_OPEN;
  if (CombinedGraphQLErrors.is(error)) return error.errors.some((e) => e.extensions?.["code"] === ACCOUNT_NOT_OPEN);
  return false;
}

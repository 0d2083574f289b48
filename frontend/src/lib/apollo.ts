import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache, ServerError } from "@apollo/client";
import { SetContextLink } from "@apollo/client/link/context";
import { ErrorLink } from "@apollo/client/link/error";

import possibleTypes from "../graphql/generated/possible-types";

/** GraphQL error codes that mean "the token is missing, invalid or expired": sign in again. */
const SIGN_IN_AGAIN_CODES = new Set(["UNAUTHENTICATED", "INVALID_TOKEN"]);

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    possibleTypes: possibleTypes.possibleTypes,
    typePolicies: {
      // `Viewer` has no id: one per session, merged across the queries that read parts of it.
      Viewer: { keyFields: [], merge: true },
      // Lists of objects without ids, each read whole from the server: the new list replaces the old.
      Project: {
        fields: {
          nextSteps: { merge: false },
          products: { merge: false },
          team: { merge: false },
          // Who is attached to it: the mutations answer the whole list.
          members: { merge: false },
        },
      },
      // The chain and its indicators have no id: the project page reads whether there is a chain, its
      // tab reads it whole; each answer completes the object instead of replacing it.
      SupplyChain: { merge: true },
      SupplyChainIndicators: { merge: true },
    },
  });
}

export interface ApolloOptions {
  graphqlUrl: string;
  accessToken: () => Promise<string | null>;
  /** Called when the API refuses the token (HTTP 401) or asks for a sign-in. */
  onUnauthenticated: () => unknown;
}

export function isSignInRequired(error: unknown): boolean {
  if (ServerError.is(error)) return error.statusCode === 401;
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.some((e) => {
      const code = e.extensions?.["code"];
      return typeof code === "string" && SIGN_IN_AGAIN_CODES.has(code);
    });
  }
  return false;
}

export function createApolloClient({ graphqlUrl, accessToken, onUnauthenticated }: ApolloOptions): ApolloClient {
  const auth = new SetContextLink(async (previous) => {
    const token = await accessToken();
    const headers = previous["headers"] as Record<string, string> | undefined;
    return token ? { headers: { ...headers, authorization: `Bearer ${token}` } } : {};
  });
  const signInAgain = new ErrorLink(({ error }) => {
    if (isSignInRequired(error)) onUnauthenticated();
  });
  return new ApolloClient({
    link: ApolloLink.from([signInAgain, auth, new HttpLink({ uri: graphqlUrl })]),
    cache: createCache(),
    // Lists may change under the user's feet (other advisers): show the cache, then refresh it.
    defaultOptions: { watchQuery: { fetchPolicy: "cache-and-network" } },
  });
}

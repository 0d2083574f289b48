import { CombinedGraphQLErrors, gql, type TypedDocumentNode } from "@apollo/client";
import type { MockLink } from "@apollo/client/testing";
import { MockedProvider } from "@apollo/client/testing/react";
import { useForm } from "@mantine/form";
import { act, renderHook, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { describe, expect, it, vi } from "vitest";

import { ProjectErrorFields } from "../graphql/errors";

import { createCache } from "./apollo";
import { type ApiError, placeAtField, type Refusal, useMutationOutcome } from "./mutation";

type Result = {
  updateProject:
    | { __typename: "UpdateProjectSuccess"; project: { __typename: "Project"; id: string; version: number } }
    | { __typename: "ProjectInvalid" | "ProjectConflict" | "ProjectNotAllowed" };
};
type Variables = { input: { projectId: string } };

/** A mutation as the features write them: the success member, and the domain's error fragment. */
const mutationOnly = gql`
  mutation UpdateProjectForTest($input: UpdateProjectInput!) {
    updateProject(input: $input) {
      __typename
      ... on UpdateProjectSuccess {
        project {
          id
          version
        }
      }
      ...ProjectErrorFields
    }
  }
`;
const Mutation: TypedDocumentNode<Result, Variables> = {
  ...mutationOnly,
  definitions: [...mutationOnly.definitions, ...ProjectErrorFields.definitions],
};

const input = { projectId: "UHJvamVjdDpub3JtYW5kaWU6MQ" };

function answer(result: MockLink.MockedResponse["result"] | undefined, error?: Error): MockLink.MockedResponse {
  return { request: { query: Mutation, variables: { input } }, ...(error ? { error } : { result }) };
}

function renderSend(mock: MockLink.MockedResponse) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <MockedProvider mocks={[mock]} cache={createCache()} mockLinkDefaultOptions={{ delay: 0 }}>
      {children}
    </MockedProvider>
  );
  // The feature's mapper: here, the code and the API's message side by side.
  return renderHook(
    () => useMutationOutcome(Mutation, ProjectErrorFields, (error) => `${error.code} — ${error.message}`),
    { wrapper },
  );
}

const refused = (typename: string, code: string, field: string | null) => ({
  data: { updateProject: { __typename: typename, field, code, message: "Message de l'API." } },
});

describe("useMutationOutcome", () => {
  it("answers the success member of the payload", async () => {
    const { result } = renderSend(
      answer({
        data: {
          updateProject: {
            __typename: "UpdateProjectSuccess",
            project: { __typename: "Project", id: input.projectId, version: 4 },
          },
        },
      }),
    );
    let outcome: Awaited<ReturnType<(typeof result.current)[0]>> | undefined;
    await act(async () => {
      outcome = await result.current[0]({ variables: { input } });
    });
    expect(outcome).toEqual({
      status: "done",
      result: {
        __typename: "UpdateProjectSuccess",
        project: { __typename: "Project", id: input.projectId, version: 4 },
      },
    });
    expect(result.current[1].error).toBeUndefined();
  });

  it.each([
    ["ProjectInvalid", "invalid"],
    ["ProjectConflict", "conflict"],
    ["ProjectNotAllowed", "notAllowed"],
  ] as const)("answers a %s as a typed refusal, told by the feature's mapper", async (typename, kind) => {
    const { result } = renderSend(answer(refused(typename, "TOO_LONG", "summary")));
    let outcome: Awaited<ReturnType<(typeof result.current)[0]>> | undefined;
    await act(async () => {
      outcome = await result.current[0]({ variables: { input } });
    });
    expect(outcome).toEqual({
      status: "refused",
      refusal: {
        kind,
        field: "summary",
        code: "TOO_LONG",
        message: "TOO_LONG — Message de l'API.",
        error: { __typename: typename, field: "summary", code: "TOO_LONG", message: "Message de l'API." },
      },
    });
  });

  it("updates the cache with the success member only: a refusal changes nothing", async () => {
    const success = {
      __typename: "UpdateProjectSuccess",
      project: { __typename: "Project", id: input.projectId, version: 4 },
    };
    for (const [result, calls] of [
      [{ data: { updateProject: success } }, 1],
      [refused("ProjectConflict", "STALE_VERSION", null), 0],
    ] as const) {
      const updateCache = vi.fn();
      const { result: hook } = renderSend(answer(result));
      await act(async () => {
        await hook.current[0]({ variables: { input }, updateCache });
      });
      expect(updateCache).toHaveBeenCalledTimes(calls);
      if (calls) expect(updateCache.mock.calls[0]?.[1]).toEqual(success);
    }
  });

  it("answers « failed » on a GraphQL or network error, and keeps it for the generic alert", async () => {
    const graphqlError = renderSend(
      answer({ errors: [{ message: "x", extensions: { code: "BAD_USER_INPUT" } }] }),
    ).result;
    let outcome: Awaited<ReturnType<(typeof graphqlError.current)[0]>> | undefined;
    await act(async () => {
      outcome = await graphqlError.current[0]({ variables: { input } });
    });
    expect(outcome?.status).toBe("failed");
    await waitFor(() => expect(CombinedGraphQLErrors.is(graphqlError.current[1].error)).toBe(true));

    const network = renderSend(answer(undefined, new TypeError("Failed to fetch"))).result;
    await act(async () => {
      outcome = await network.current[0]({ variables: { input } });
    });
    expect(outcome).toMatchObject({ status: "failed" });
    await waitFor(() => expect(network.current[1].error).toBeInstanceOf(TypeError));
  });
});

describe("placeAtField", () => {
  const refusal = (over: Partial<Refusal<ApiError>>): Refusal<ApiError> => ({
    kind: "invalid",
    field: "summary",
    code: "TOO_LONG",
    message: "Trop long.",
    error: { __typename: "ProjectInvalid", field: "summary", code: "TOO_LONG", message: "" },
    ...over,
  });

  function renderForm() {
    return renderHook(() => useForm({ initialValues: { summary: "", sirets: [{ value: "" }] } })).result;
  }

  it("puts an invalid input's message under the input the form shows for its field", () => {
    const form = renderForm();
    let placed = false;
    act(() => {
      placed = placeAtField(form.current, refusal({}), (field) => field === "summary");
    });
    expect(placed).toBe(true);
    expect(form.current.errors).toEqual({ summary: "Trop long." });
  });

  it("maps the API's path to the form's, and leaves the rest to the form's alert", () => {
    const form = renderForm();
    const inputOf = (field: string) => (field === "sirets.0" ? "sirets.0.value" : null);
    act(() => {
      expect(placeAtField(form.current, refusal({ field: "sirets.0" }), inputOf)).toBe(true);
    });
    expect(form.current.errors).toEqual({ "sirets.0.value": "Trop long." });
    expect(placeAtField(form.current, refusal({ field: "notes" }), inputOf)).toBe(false);
    expect(placeAtField(form.current, refusal({ field: null }), () => true)).toBe(false);
    // A conflict names no input to fix, whatever its field.
    expect(placeAtField(form.current, refusal({ kind: "conflict" }), () => true)).toBe(false);
  });
});

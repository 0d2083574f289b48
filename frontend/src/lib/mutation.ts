import type { ApolloCache, ErrorLike, OperationVariables, TypedDocumentNode } from "@apollo/client";
import { useMutation } from "@apollo/client/react";
import type { UseFormReturnType } from "@mantine/form";
import type { FragmentDefinitionNode } from "graphql";
import { useCallback } from "react";

import possibleTypes from "../graphql/generated/possible-types";

/** What every refusal of a mutation says: the `UserError` interface, with its domain's code (the fields
 * of the domain's error fragment, `graphql/errors.ts`). */
export interface ApiError<Code extends string = string> {
  __typename: string;
  field: string | null;
  code: Code;
  message: string;
}

/** `<Domain>Invalid` (the input: a field, usually), `<Domain>Conflict` (changed meanwhile: read it again),
 * `<Domain>NotAllowed` (gone, or not the viewer's to change). */
export type RefusalKind = "invalid" | "conflict" | "notAllowed";

/** A mutation the API refused, told in French by the feature's mapper. */
export interface Refusal<E extends ApiError = ApiError> {
  kind: RefusalKind;
  /** The input path it is about (`summary`, `products.2.name`), or null: about the whole form. */
  field: string | null;
  code: E["code"];
  /** The feature's French message: under `field` when the form shows it, else in the form's alert. */
  message: string;
  /** As the API sent it (its own French `message`, for the codes whose server message says more). */
  error: E;
}

/** « done » with the payload's success member, « refused » with the typed refusal, or « failed »: a
 * network or GraphQL error (`error`), which the hook's state holds too, for the generic alert
 * (`QueryErrorAlert`). */
export type MutationOutcome<Success, E extends ApiError> =
  | { status: "done"; result: Success }
  | { status: "refused"; refusal: Refusal<E> }
  | { status: "failed"; error: unknown };

/** A mutation document has one root field: its payload, a union of a success and the domain's errors. */
type Payload<TData> = TData[keyof TData];
type SuccessOf<TData, E extends ApiError> = Exclude<Payload<TData>, { __typename: E["__typename"] }>;

export type SendOptions<TData, TVariables extends OperationVariables> = useMutation.MutationFunctionOptions<
  TData,
  TVariables
> & { variables: TVariables };

/** Apollo's options for this mutation, and `updateCache`: the cache update of a success (what a list
 * gains, a field without id), given the success member — a refusal changes nothing. */
export type SendWithCacheOptions<TData, TVariables extends OperationVariables, E extends ApiError> = Omit<
  SendOptions<TData, TVariables>,
  "update"
> & { updateCache?: (cache: ApolloCache, result: SuccessOf<TData, E>) => void };

export type Send<TData, TVariables extends OperationVariables, E extends ApiError> = (
  options: SendWithCacheOptions<TData, TVariables, E>,
) => Promise<MutationOutcome<SuccessOf<TData, E>, E>>;

export interface MutationState {
  loading: boolean;
  /** The network or GraphQL error of the last attempt, for `QueryErrorAlert` (refusals are outcomes). */
  error: ErrorLike | undefined;
  reset: () => void;
}

/** The interface an error fragment is written on (`ProjectError`), and so the payload types it covers. */
function errorTypenames(errorFields: TypedDocumentNode<ApiError, never>): ReadonlySet<string> {
  const fragment = errorFields.definitions.find(
    (definition): definition is FragmentDefinitionNode => definition.kind === "FragmentDefinition",
  );
  const name = fragment?.typeCondition.name.value ?? "";
  const types: Record<string, readonly string[] | undefined> = possibleTypes.possibleTypes;
  return new Set(types[name] ?? [name]);
}

function kindOf(typename: string): RefusalKind {
  if (typename.endsWith("Conflict")) return "conflict";
  if (typename.endsWith("NotAllowed")) return "notAllowed";
  return "invalid";
}

/** The payload of a mutation's answer: its one root field. */
function payloadOf(data: unknown): unknown {
  if (typeof data !== "object" || data === null) return undefined;
  const values = Object.values(data as Record<string, unknown>);
  return values.length === 1 ? values[0] : undefined;
}

/**
 * Runs a mutation whose payload is `XSuccess | <Domain>Invalid | <Domain>Conflict | <Domain>NotAllowed`
 * (the document spreads the domain's error fragment, `graphql/errors.ts`) and answers its outcome: the
 * success member, or the refusal with the feature's French message (`describe`, the feature's mapper).
 * A network or GraphQL error is « failed », and stays in `state.error` for the generic alert.
 *
 * ```ts
 * const [send, state] = useMutationOutcome(UpdateProjectMutation, ProjectErrorFields, (error) =>
 *   projectErrorMessage(t, error.code, error.field, error.message),
 * );
 * const outcome = await send({ variables: { input } });
 * if (outcome.status === "refused" && !placeAtField(form, outcome.refusal, isEditableField)) setProblem(…);
 * ```
 */
export function useMutationOutcome<TData, TVariables extends OperationVariables, E extends ApiError>(
  mutation: TypedDocumentNode<TData, TVariables>,
  errorFields: TypedDocumentNode<E, never>,
  describe: (error: E) => string,
): [Send<TData, TVariables, E>, MutationState] {
  const [mutate, result] = useMutation(mutation);
  const send = useCallback<Send<TData, TVariables, E>>(
    async ({ updateCache, ...options }) => {
      const refusals = errorTypenames(errorFields);
      const successOf = (data: unknown) => {
        const payload = payloadOf(data) as { __typename?: string } | null | undefined;
        return payload?.__typename && !refusals.has(payload.__typename) ? (payload as SuccessOf<TData, E>) : null;
      };
      const update: SendOptions<TData, TVariables>["update"] = updateCache
        ? (cache, { data }) => {
            const success = successOf(data);
            if (success) updateCache(cache, success);
          }
        : undefined;
      let data: unknown;
      try {
        // The options are those of `useMutation`'s function, typed for this document.
        ({ data } = await (mutate as (options: SendOptions<TData, TVariables>) => Promise<{ data?: unknown }>)({
          ...options,
          ...(update ? { update } : {}),
        }));
      } catch (error) {
        return { status: "failed", error };
      }
      const payload = payloadOf(data) as { __typename?: string } | null | undefined;
      if (!payload?.__typename) return { status: "failed", error: null };
      const success = successOf(data);
      if (success) return { status: "done", result: success };
      const error = payload as unknown as E;
      return {
        status: "refused",
        refusal: {
          kind: kindOf(error.__typename),
          field: error.field ?? null,
          code: error.code,
          message: describe(error),
          error,
        },
      };
    },
    [mutate, errorFields, describe],
  );
  return [send, { loading: result.loading, error: result.error, reset: result.reset }];
}

/**
 * Puts an invalid input's message under the form's input it names, and moves the focus there. False when
 * the refusal is about no input of this form (a conflict, a refusal, a field the form does not show):
 * the caller shows `refusal.message` in the form's alert then.
 * @param inputOf the form path that shows the API's field: true for the field itself (`summary`,
 *   `products.2.name`), another path (`sirets.2` shown at `sirets.2.value`), or false / null when this
 *   form does not show it.
 */
export function placeAtField<Values>(
  form: UseFormReturnType<Values>,
  refusal: Refusal,
  inputOf: (field: string) => boolean | string | null,
): boolean {
  const { field } = refusal;
  if (refusal.kind !== "invalid" || !field) return false;
  const input = inputOf(field);
  const path = input === true ? field : input;
  if (!path) return false;
  form.setFieldError(path, refusal.message);
  form.getInputNode(path)?.focus();
  return true;
}

import { useMutation } from "@apollo/client/react";
import { Alert, Button, Stack } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { graphql } from "../../graphql/generated/gql";

import { methodErrorMessage } from "./methodErrors";

export const CreateMethodDraftMutation = graphql(`
  mutation CreateMethodDraft($input: CreateMethodDraftInput!) {
    createMethodDraft(input: $input) {
      __typename
      ... on MethodVersionSuccess {
        methodVersion {
          id
          number
        }
      }
      ... on MethodInvalid {
        code
        message
      }
      ... on MethodConflict {
        code
        message
      }
      ... on MethodNotAllowed {
        code
        message
      }
    }
  }
`);

/** « Créer un brouillon »: the next version, copied from the latest published one. */
export function CreateDraftButton({
  basedOnId,
  onCreated,
}: {
  basedOnId: string | null;
  onCreated: () => Promise<unknown>;
}) {
  const { t } = useTranslation("method");
  const [create, { loading, error }] = useMutation(CreateMethodDraftMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const onClick = async () => {
    setFailure(null);
    const { data } = await create({ variables: { input: { basedOnVersionId: basedOnId } } }).catch(() => ({
      data: undefined,
    }));
    const payload = data?.createMethodDraft;
    if (!payload) return;
    if (payload.__typename === "MethodVersionSuccess") await onCreated();
    else setFailure(methodErrorMessage(t, payload.code, payload.message));
  };
  return (
    <Stack gap="sm" align="flex-start">
      <Button onClick={() => void onClick()} loading={loading}>
        {t("page.createDraft")}
      </Button>
      {failure && (
        <Alert color="red" role="alert">
          {failure}
        </Alert>
      )}
      {error && <QueryErrorAlert error={error} />}
    </Stack>
  );
}

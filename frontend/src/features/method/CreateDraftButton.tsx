import { Alert, Button, Stack } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { MethodErrorFields } from "../../graphql/errors";
import { graphql } from "../../graphql/generated/gql";
import { useMutationOutcome } from "../../lib/mutation";

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
      ...MethodErrorFields
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
  const [create, { loading, error }] = useMutationOutcome(CreateMethodDraftMutation, MethodErrorFields, (error) =>
    methodErrorMessage(t, error.code, error.message),
  );
  const [failure, setFailure] = useState<string | null>(null);
  const onClick = async () => {
    setFailure(null);
    const outcome = await create({ variables: { input: { basedOnVersionId: basedOnId } } });
    if (outcome.status === "done") await onCreated();
    else if (outcome.status === "refused") setFailure(outcome.refusal.message);
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

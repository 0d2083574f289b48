import { Alert, Button, Group, Modal, Stack, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { AccountErrorFields } from "../../graphql/errors";
import { graphql } from "../../graphql/generated/gql";
import { useMutationOutcome } from "../../lib/mutation";

import { userErrorMessage } from "./userErrors";

export const RenameUserMutation = graphql(`
  mutation RenameUser($input: RenameUserInput!) {
    renameUser(input: $input) {
      __typename
      ... on UserAccountSuccess {
        user {
          id
          displayName
        }
      }
      ...AccountErrorFields
    }
  }
`);

interface Props {
  user: { id: string; displayName: string };
  onClose: () => void;
}

/** « Renommer »: the name an account shows everywhere (the API trims it and refuses an empty one). */
export function RenameUserModal({ user, onClose }: Props) {
  const { t } = useTranslation(["users", "common"]);
  const [name, setName] = useState(user.displayName);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [rename, { loading, error }] = useMutationOutcome(RenameUserMutation, AccountErrorFields, (refusal) =>
    userErrorMessage(t, refusal),
  );

  const submit = async () => {
    setFailure(null);
    if (!name.trim()) {
      setFieldError(t("errors.REQUIRED"));
      return;
    }
    setFieldError(null);
    // The row changes in the cache by its id.
    const outcome = await rename({ variables: { input: { userId: user.id, name: name.trim() } } });
    if (outcome.status === "done") onClose();
    else if (outcome.status === "refused") {
      if (outcome.refusal.field === "name") setFieldError(outcome.refusal.message);
      else setFailure(outcome.refusal.message);
    }
  };

  return (
    <Modal
      closeButtonProps={{ "aria-label": t("common:close") }}
      opened
      onClose={onClose}
      title={t("rename.title", { name: user.displayName })}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
        noValidate
      >
        <Stack gap="md">
          {failure && (
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          )}
          {error && <QueryErrorAlert error={error} />}
          <TextInput
            label={t("rename.name")}
            required
            data-autofocus
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={fieldError}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("rename.cancel")}
            </Button>
            <Button type="submit" loading={loading}>
              {t("rename.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

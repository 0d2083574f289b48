import { Alert, Button, Group, Modal, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { AccountErrorFields } from "../../graphql/errors";
import { graphql } from "../../graphql/generated/gql";
import { useMutationOutcome } from "../../lib/mutation";

import { userErrorMessage } from "./userErrors";

export const DeactivateUserMutation = graphql(`
  mutation DeactivateUser($input: UserAccountInput!) {
    deactivateUser(input: $input) {
      __typename
      ... on UserAccountSuccess {
        user {
          id
          active
        }
      }
      ...AccountErrorFields
    }
  }
`);

export const ReactivateUserMutation = graphql(`
  mutation ReactivateUser($input: UserAccountInput!) {
    reactivateUser(input: $input) {
      __typename
      ... on UserAccountSuccess {
        user {
          id
          active
        }
      }
      ...AccountErrorFields
    }
  }
`);

interface Props {
  user: { id: string; displayName: string; active: boolean };
  onClose: () => void;
}

/** « Désactiver » an open account (its sessions end at once), or « Réactiver » a closed one: asked first. */
export function UserActiveModal({ user, onClose }: Props) {
  const { t } = useTranslation(["users", "common"]);
  const action = user.active ? "deactivate" : "reactivate";
  const [failure, setFailure] = useState<string | null>(null);
  const describe = (refusal: { code: string; message: string }) => userErrorMessage(t, refusal);
  const [deactivate, deactivating] = useMutationOutcome(DeactivateUserMutation, AccountErrorFields, describe);
  const [reactivate, reactivating] = useMutationOutcome(ReactivateUserMutation, AccountErrorFields, describe);
  const state = user.active ? deactivating : reactivating;

  const confirm = async () => {
    setFailure(null);
    // The row changes in the cache by its id; the list is read again for its count and its filters.
    const options = { variables: { input: { userId: user.id } }, refetchQueries: ["Users"] };
    const outcome = user.active ? await deactivate(options) : await reactivate(options);
    if (outcome.status === "done") onClose();
    else if (outcome.status === "refused") setFailure(outcome.refusal.message);
  };

  return (
    <Modal
      closeButtonProps={{ "aria-label": t("common:close") }}
      opened
      onClose={onClose}
      title={t(`${action}.title`, { name: user.displayName })}
    >
      <Stack gap="md">
        <Text>{t(`${action}.explanation`)}</Text>
        {failure && (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        )}
        {state.error && <QueryErrorAlert error={state.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t(`${action}.cancel`)}
          </Button>
          <Button color={user.active ? "red" : undefined} loading={state.loading} onClick={() => void confirm()}>
            {t(`${action}.confirm`)}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

import { Alert, Button, Group, Modal, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { AccountErrorFields } from "../../graphql/errors";
import { graphql } from "../../graphql/generated/gql";
import { formatDateTime } from "../../lib/dates";
import { useMutationOutcome } from "../../lib/mutation";

import { userErrorMessage } from "./userErrors";

export const InviteUserAgainMutation = graphql(`
  mutation InviteUserAgain($input: UserAccountInput!) {
    inviteUserAgain(input: $input) {
      __typename
      ... on InviteUserSuccess {
        invitationExpiresAt
        invitationSent
        user {
          id
          invitationPending
        }
      }
      ...AccountErrorFields
    }
  }
`);

interface Props {
  user: { id: string; displayName: string; email: string };
  onClose: () => void;
}

/** « Renvoyer l'invitation » of an account never opened: a new link by e-mail, the previous one dead. */
export function InviteAgainModal({ user, onClose }: Props) {
  const { t } = useTranslation(["users", "common"]);
  const [failure, setFailure] = useState<string | null>(null);
  const [sent, setSent] = useState<{ expiresAt: string; sent: boolean } | null>(null);
  const [inviteAgain, { loading, error }] = useMutationOutcome(InviteUserAgainMutation, AccountErrorFields, (refusal) =>
    userErrorMessage(t, refusal),
  );

  const confirm = async () => {
    setFailure(null);
    const outcome = await inviteAgain({ variables: { input: { userId: user.id } } });
    if (outcome.status === "done")
      setSent({ expiresAt: outcome.result.invitationExpiresAt, sent: outcome.result.invitationSent });
    else if (outcome.status === "refused") setFailure(outcome.refusal.message);
  };

  return (
    <Modal
      closeButtonProps={{ "aria-label": t("common:close") }}
      opened
      onClose={onClose}
      title={t("inviteAgain.title", { name: user.displayName })}
    >
      {sent ? (
        <Stack gap="md">
          <Alert
            color={sent.sent ? "green" : "orange"}
            role="status"
            title={t(sent.sent ? "inviteAgain.doneTitle" : "inviteAgain.doneNotSentTitle")}
          >
            {t(sent.sent ? "inviteAgain.done" : "inviteAgain.doneNotSent", {
              email: user.email,
              expiresAt: formatDateTime(sent.expiresAt) ?? sent.expiresAt,
            })}
          </Alert>
          <Group justify="flex-end">
            <Button onClick={onClose} data-autofocus>
              {t("common:close")}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="md">
          <Text>{t("inviteAgain.explanation", { email: user.email })}</Text>
          {failure && (
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          )}
          {error && <QueryErrorAlert error={error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} data-autofocus>
              {t("inviteAgain.cancel")}
            </Button>
            <Button loading={loading} onClick={() => void confirm()}>
              {t("inviteAgain.confirm")}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

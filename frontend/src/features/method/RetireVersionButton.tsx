import { Alert, Button, Group, Modal, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { MethodErrorFields } from "../../graphql/errors";
import { graphql } from "../../graphql/generated/gql";
import { useMutationOutcome } from "../../lib/mutation";

import { methodErrorMessage } from "./methodErrors";

export const RetireMethodVersionMutation = graphql(`
  mutation RetireMethodVersion($input: MethodVersionInput!) {
    retireMethodVersion(input: $input) {
      __typename
      ... on MethodVersionSuccess {
        methodVersion {
          id
          status
          retiredAt
          version
        }
      }
      ...MethodErrorFields
    }
  }
`);

interface Props {
  version: { id: string; number: number; version: number };
  /** Called once the version is retired, or found changed: the page reads the versions again. */
  onRetired: () => Promise<unknown>;
}

/** « Retirer »: after a confirmation, a published version can no longer be chosen for a new edition;
 * the cohorts that follow it keep it. */
export function RetireVersionButton({ version, onRetired }: Props) {
  const { t } = useTranslation(["method", "common"]);
  const [opened, { open, close }] = useDisclosure(false);
  const [retire, { loading, error }] = useMutationOutcome(RetireMethodVersionMutation, MethodErrorFields, (error) =>
    methodErrorMessage(t, error.code, error.message),
  );
  const [failure, setFailure] = useState<string | null>(null);

  const confirm = async () => {
    setFailure(null);
    const outcome = await retire({
      variables: { input: { versionId: version.id, expectedVersion: version.version } },
    });
    if (outcome.status === "failed") return; // shown by <QueryErrorAlert>
    if (outcome.status === "done") {
      close();
      await onRetired();
    } else if (outcome.refusal.code === "STALE_VERSION") {
      setFailure(t("retire.stale"));
      await onRetired();
    } else {
      setFailure(outcome.refusal.message);
    }
  };

  return (
    <>
      <Button
        size="xs"
        variant="default"
        color="red"
        onClick={open}
        aria-label={t("retire.buttonLabel", { number: version.number })}
      >
        {t("retire.button")}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t("retire.title", { number: version.number })}
        closeButtonProps={{ "aria-label": t("common:close") }}
      >
        <Stack gap="md">
          <Text>{t("retire.explanation")}</Text>
          {failure && (
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          )}
          {error && <QueryErrorAlert error={error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t("retire.cancel")}
            </Button>
            <Button color="red" loading={loading} onClick={() => void confirm()}>
              {t("retire.confirm", { number: version.number })}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

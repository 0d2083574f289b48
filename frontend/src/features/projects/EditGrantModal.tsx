import { Alert, Button, Group, Modal, Stack, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { DateField } from "../../components/DateField";
import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { GrantErrorFields } from "../../graphql/errors";
import { graphql } from "../../graphql/generated/gql";
import type { GrantScope } from "../../graphql/generated/graphql";
import { formatLongDate } from "../../lib/dates";
import { placeAtField, useMutationOutcome } from "../../lib/mutation";

import type { GrantTarget } from "./GrantRow";
import { expiryError, type GrantSettings, ScopeChoice } from "./ShareProjectModal";

/** The answer carries the grant again: its row updates from the cache (status, scope, expiry). */
export const UpdateGrantMutation = graphql(`
  mutation UpdateGrant($input: UpdateGrantInput!) {
    updateGrant(input: $input) {
      __typename
      ... on GrantSuccess {
        grant {
          id
          ...GrantRow_grant
        }
      }
      ...GrantErrorFields
    }
  }
`);

export const RevokeGrantMutation = graphql(`
  mutation RevokeGrant($input: RevokeGrantInput!) {
    revokeGrant(input: $input) {
      __typename
      ... on GrantSuccess {
        grant {
          id
          ...GrantRow_grant
        }
      }
      ...GrantErrorFields
    }
  }
`);

/** « Modifier » a grant: extend or shorten it, widen or narrow its scope; the partner's next request
 * reads the new grant. */
export function EditGrantModal({
  grant,
  settings,
  onClose,
}: {
  /** The grant being changed; null: the dialog is closed. */
  grant: GrantTarget | null;
  settings: GrantSettings | null;
  onClose: () => void;
}) {
  const { t } = useTranslation(["projects", "common"]);
  return (
    <Modal
      opened={grant != null}
      onClose={onClose}
      title={t("sharing.editForm.title", { organisation: grant?.organisationName ?? "" })}
      size="lg"
      closeButtonProps={{ "aria-label": t("common:close") }}
    >
      {grant && settings ? (
        <EditGrantForm grant={grant} settings={settings} onDone={onClose} />
      ) : (
        <Text>{t("sharing.form.loading")}</Text>
      )}
    </Modal>
  );
}

function EditGrantForm({
  grant,
  settings,
  onDone,
}: {
  grant: GrantTarget;
  settings: GrantSettings;
  onDone: () => void;
}) {
  const { t } = useTranslation(["projects", "common"]);
  const [update, mutation] = useMutationOutcome(UpdateGrantMutation, GrantErrorFields, (error) => error.message);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<{ scope: GrantScope; expiresOn: string }>({
    mode: "controlled",
    initialValues: { scope: grant.scope, expiresOn: grant.expiresOn ?? settings.defaultExpiresOn },
    validate: { expiresOn: (value) => expiryError(t, value, settings.maxExpiresOn) },
  });

  const submit = form.onSubmit(
    async ({ scope, expiresOn }) => {
      setProblem(null);
      const outcome = await update({ variables: { input: { grantId: grant.id, scope, expiresOn } } });
      if (outcome.status === "failed") return; // network or server error: <QueryErrorAlert> below
      if (outcome.status === "done") {
        notifications.show({
          title: t("sharing.editForm.doneTitle"),
          message: t("sharing.editForm.done", { organisation: grant.organisationName }),
          color: "teal",
          closeButtonProps: { "aria-label": t("common:close") },
        });
        onDone();
        return;
      }
      const { refusal } = outcome;
      if (placeAtField(form, refusal, (field) => field === "scope" || field === "expiresOn")) return;
      setProblem(refusal.message);
    },
    (errors) => {
      if (errors["expiresOn"] != null) form.getInputNode("expiresOn")?.focus();
    },
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text>{t("sharing.editForm.explanation")}</Text>
        {problem && (
          <Alert color="red" title={t("sharing.form.failedTitle")} role="alert">
            {problem}
          </Alert>
        )}
        {mutation.error && <QueryErrorAlert error={mutation.error} />}
        <ScopeChoice scopes={settings.scopes} {...form.getInputProps("scope")} />
        <DateField
          label={t("sharing.form.expiresOn")}
          description={t("sharing.form.expiresOnDescription", {
            date: formatLongDate(settings.maxExpiresOn) ?? settings.maxExpiresOn,
          })}
          withAsterisk
          data-autofocus
          {...form.getInputProps("expiresOn")}
        />
        <Group justify="flex-end">
          <Button variant="default" type="button" onClick={onDone}>
            {t("sharing.cancel")}
          </Button>
          <Button type="submit" loading={mutation.loading}>
            {t("sharing.editForm.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** « Révoquer »: confirmed, then the partner reads nothing more of the project from its next request. */
export function RevokeGrantModal({
  grant,
  projectName,
  onClose,
}: {
  grant: GrantTarget | null;
  projectName: string;
  onClose: () => void;
}) {
  const { t } = useTranslation(["projects", "common"]);
  return (
    <Modal
      opened={grant != null}
      onClose={onClose}
      title={t("sharing.revokeForm.title")}
      closeButtonProps={{ "aria-label": t("common:close") }}
    >
      {grant && <RevokeGrantForm grant={grant} projectName={projectName} onDone={onClose} />}
    </Modal>
  );
}

function RevokeGrantForm({
  grant,
  projectName,
  onDone,
}: {
  grant: GrantTarget;
  projectName: string;
  onDone: () => void;
}) {
  const { t } = useTranslation(["projects", "common"]);
  const [revoke, mutation] = useMutationOutcome(RevokeGrantMutation, GrantErrorFields, (error) => error.message);
  const [problem, setProblem] = useState<string | null>(null);

  const confirm = async () => {
    setProblem(null);
    const outcome = await revoke({ variables: { input: { grantId: grant.id } } });
    if (outcome.status === "failed") return; // network or server error: <QueryErrorAlert> below
    if (outcome.status === "refused") {
      setProblem(outcome.refusal.message);
      return;
    }
    notifications.show({
      title: t("sharing.revokeForm.doneTitle"),
      message: t("sharing.revokeForm.done", { organisation: grant.organisationName }),
      color: "teal",
      closeButtonProps: { "aria-label": t("common:close") },
    });
    onDone();
  };

  return (
    <Stack gap="md">
      <Text>{t("sharing.revokeForm.confirm", { organisation: grant.organisationName, project: projectName })}</Text>
      {problem && (
        <Alert color="red" title={t("sharing.revokeForm.failedTitle")} role="alert">
          {problem}
        </Alert>
      )}
      {mutation.error && <QueryErrorAlert error={mutation.error} />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone} data-autofocus>
          {t("sharing.cancel")}
        </Button>
        <Button color="red" loading={mutation.loading} onClick={() => void confirm()}>
          {t("sharing.revokeForm.submit")}
        </Button>
      </Group>
    </Stack>
  );
}

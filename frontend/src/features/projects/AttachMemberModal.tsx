import { Alert, Button, Group, Modal, NativeSelect, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { MembershipErrorFields } from "../../graphql/errors";
import { graphql } from "../../graphql/generated/gql";
import type { Role } from "../../graphql/generated/graphql";
import { placeAtField, useMutationOutcome } from "../../lib/mutation";

/** The answer carries the project's members again: the section's list updates from the cache. */
export const AttachProjectMemberMutation = graphql(`
  mutation AttachProjectMember($input: AttachProjectMemberInput!) {
    attachProjectMember(input: $input) {
      __typename
      ... on AttachProjectMemberSuccess {
        invitationSent
        member {
          user {
            id
            displayName
            email
          }
        }
        project {
          id
          ...ProjectMembersSection_project
        }
      }
      ...MembershipErrorFields
    }
  }
`);

/** The roles an adviser attaches to a project, in the order offered. */
export const ATTACHABLE_ROLES = ["COACH", "EXPERT", "STUDENT"] as const satisfies readonly Role[];

type Field = "email" | "name" | "role";
const FIELDS: readonly Field[] = ["email", "name", "role"];

/** Who was given access, and whether their invitation left (an account was created for them). */
export interface Attached {
  name: string;
  email: string;
  invitationSent: boolean;
}

interface Props {
  opened: boolean;
  onClose: () => void;
  project: { id: string; name: string };
  onAttached: (attached: Attached) => void;
}

/** « Donner accès »: a coach, an expert or a student reads the project in Filière from now on; without an
 * account, one is created and its invitation sent. */
export function AttachMemberModal({ opened, onClose, project, onAttached }: Props) {
  const { t } = useTranslation(["projects", "common"]);
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t("team.access.giveTitle")}
      closeButtonProps={{ "aria-label": t("common:close") }}
    >
      {/* The Modal unmounts its content once closed: each opening starts a fresh form. */}
      <AttachMemberForm
        project={project}
        onCancel={onClose}
        onDone={(attached) => {
          onAttached(attached);
          onClose();
        }}
      />
    </Modal>
  );
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function AttachMemberForm({
  project,
  onCancel,
  onDone,
}: {
  project: Props["project"];
  onCancel: () => void;
  onDone: (attached: Attached) => void;
}) {
  const { t } = useTranslation(["projects", "common", "enums"]);
  // The API's message is French and says what to change (`MembershipErrorCode`).
  const [attach, mutation] = useMutationOutcome(
    AttachProjectMemberMutation,
    MembershipErrorFields,
    (error) => error.message,
  );
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<{ email: string; name: string; role: Role }>({
    mode: "controlled",
    initialValues: { email: "", name: "", role: "COACH" },
    validate: {
      email: (value) =>
        !value.trim()
          ? t("team.access.emailRequired")
          : EMAIL.test(value.trim())
            ? null
            : t("team.access.emailInvalid"),
    },
  });

  const submit = form.onSubmit(
    async ({ email, name, role }) => {
      setProblem(null);
      const outcome = await attach({
        variables: { input: { projectId: project.id, email: email.trim(), name: name.trim(), role } },
      });
      if (outcome.status === "failed") return; // network or server error: <QueryErrorAlert> below
      if (outcome.status === "done") {
        const { member, invitationSent } = outcome.result;
        notifications.show({
          title: t("team.access.givenTitle"),
          message: t("team.access.given", { name: member.user.displayName }),
          color: "teal",
          closeButtonProps: { "aria-label": t("common:close") },
        });
        onDone({ name: member.user.displayName, email: member.user.email, invitationSent });
        return;
      }
      const { refusal } = outcome;
      if (placeAtField(form, refusal, (field) => FIELDS.includes(field as Field))) return;
      setProblem(refusal.message);
    },
    (errors) => {
      const first = FIELDS.find((field) => errors[field] != null);
      if (first) form.getInputNode(first)?.focus();
    },
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text>{t("team.access.giveExplanation", { project: project.name })}</Text>
        {problem && (
          <Alert color="red" title={t("team.access.failedTitle")} role="alert">
            {problem}
          </Alert>
        )}
        {mutation.error && <QueryErrorAlert error={mutation.error} />}
        <TextInput
          label={t("team.access.emailField")}
          type="email"
          autoComplete="off"
          required
          data-autofocus
          {...form.getInputProps("email")}
        />
        <TextInput
          label={t("team.access.nameField")}
          description={t("team.access.nameDescription")}
          autoComplete="off"
          {...form.getInputProps("name")}
        />
        {/* A native list: the keyboard and screen readers know it, on a phone too. */}
        <NativeSelect
          label={t("team.access.roleField")}
          data={ATTACHABLE_ROLES.map((role) => ({ value: role, label: t(`enums:role.${role}`) }))}
          required
          {...form.getInputProps("role")}
        />
        <Group justify="flex-end">
          <Button variant="default" type="button" onClick={onCancel}>
            {t("team.cancel")}
          </Button>
          <Button type="submit" loading={mutation.loading}>
            {t("team.access.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

import { Alert, Badge, Button, Group, Modal, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { MembershipErrorFields } from "../../graphql/errors";
import { type FragmentType, useFragment } from "../../graphql/generated/fragment-masking";
import { graphql } from "../../graphql/generated/gql";
import { can } from "../../lib/capabilities";
import { formatDayOf } from "../../lib/dates";
import { useMutationOutcome } from "../../lib/mutation";
import { useViewer } from "../../lib/viewer";

import { type Attached, AttachMemberModal } from "./AttachMemberModal";

/** `members` is null for who may not see them (anyone but the project's region team and CCI France): the
 * section is then left out. */
export const ProjectMembersSectionFragment = graphql(`
  fragment ProjectMembersSection_project on Project {
    id
    name
    region {
      id
      slug
    }
    members {
      attachedAt
      invitationPending
      user {
        id
        displayName
        email
        role
      }
    }
  }
`);

export const DetachProjectMemberMutation = graphql(`
  mutation DetachProjectMember($input: DetachProjectMemberInput!) {
    detachProjectMember(input: $input) {
      __typename
      ... on DetachProjectMemberSuccess {
        detachedUserId
        project {
          id
          ...ProjectMembersSection_project
        }
      }
      ...MembershipErrorFields
    }
  }
`);

interface Member {
  id: string;
  displayName: string;
  email: string;
}

/** « Accès à Filière »: the coaches, experts and students who read the project in Filière; the region's
 * team gives and withdraws their access. */
export function ProjectMembersSection(props: { project: FragmentType<typeof ProjectMembersSectionFragment> }) {
  const { t } = useTranslation(["projects", "enums", "common"]);
  const project = useFragment(ProjectMembersSectionFragment, props.project);
  const viewer = useViewer();
  const [giving, setGiving] = useState(false);
  const [withdrawing, setWithdrawing] = useState<Member | null>(null);
  const [invited, setInvited] = useState<string | null>(null);
  const members = project.members;
  if (members == null) return null;
  const canAttach = can(viewer, "ATTACH_PROJECT_MEMBER", { region: project.region.slug });

  const attached = ({ email, invitationSent }: Attached) => setInvited(invitationSent ? email : null);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="equipe-acces">
      <Group justify="space-between" align="flex-start" mb="sm">
        <Title order={2} size="h3" id="equipe-acces">
          {t("team.access.heading")}
        </Title>
        {canAttach && (
          <Button variant="light" onClick={() => setGiving(true)} aria-haspopup="dialog">
            {t("team.access.give")}
          </Button>
        )}
      </Group>
      <Stack gap="sm">
        <Text size="sm">{t("team.access.intro")}</Text>
        {invited && (
          <Alert
            color="teal"
            variant="light"
            role="status"
            withCloseButton
            closeButtonLabel={t("common:close")}
            onClose={() => setInvited(null)}
          >
            {t("team.access.invitationSent", { email: invited })}
          </Alert>
        )}
        {members.length === 0 ? (
          <Text>{t("team.access.none")}</Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table captionSide="top" verticalSpacing="sm" striped>
              <Table.Caption ta="left">{t("team.access.caption")}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("team.access.name")}</Table.Th>
                  <Table.Th scope="col">{t("team.access.role")}</Table.Th>
                  <Table.Th scope="col">{t("team.access.email")}</Table.Th>
                  <Table.Th scope="col">{t("team.access.attachedAt")}</Table.Th>
                  {canAttach && <Table.Th scope="col">{t("team.access.actions")}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {members.map(({ user, attachedAt, invitationPending }) => (
                  <Table.Tr key={user.id}>
                    <Table.Th scope="row" fw={600}>
                      <Group gap="xs" component="span">
                        <span>{user.displayName}</span>
                        {invitationPending && (
                          <Badge color="orange" variant="light" radius="sm" tt="none">
                            {t("team.access.pending")}
                          </Badge>
                        )}
                      </Group>
                    </Table.Th>
                    <Table.Td>{t(`enums:role.${user.role}`)}</Table.Td>
                    <Table.Td>{user.email}</Table.Td>
                    <Table.Td>
                      <time dateTime={attachedAt}>{formatDayOf(attachedAt) ?? attachedAt}</time>
                    </Table.Td>
                    {canAttach && (
                      <Table.Td>
                        <Button
                          variant="subtle"
                          color="red"
                          size="compact-sm"
                          aria-haspopup="dialog"
                          aria-label={t("team.access.withdrawLabel", { name: user.displayName })}
                          onClick={() => setWithdrawing(user)}
                        >
                          {t("team.access.withdraw")}
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      {canAttach && (
        <>
          <AttachMemberModal opened={giving} onClose={() => setGiving(false)} project={project} onAttached={attached} />
          <Modal
            opened={withdrawing != null}
            onClose={() => setWithdrawing(null)}
            title={t("team.access.withdrawTitle")}
            closeButtonProps={{ "aria-label": t("common:close") }}
          >
            {withdrawing && (
              <WithdrawForm
                project={project}
                member={withdrawing}
                onCancel={() => setWithdrawing(null)}
                onDone={() => {
                  setInvited(null);
                  setWithdrawing(null);
                }}
              />
            )}
          </Modal>
        </>
      )}
    </Paper>
  );
}

function WithdrawForm({
  project,
  member,
  onCancel,
  onDone,
}: {
  project: { id: string; name: string };
  member: Member;
  onCancel: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation(["projects", "common"]);
  // The API's message is French and says why (closed project, no longer attached…).
  const [detach, mutation] = useMutationOutcome(
    DetachProjectMemberMutation,
    MembershipErrorFields,
    (error) => error.message,
  );
  const [problem, setProblem] = useState<string | null>(null);

  const confirm = async () => {
    setProblem(null);
    const outcome = await detach({ variables: { input: { projectId: project.id, userId: member.id } } });
    if (outcome.status === "failed") return; // network or server error: <QueryErrorAlert> below
    if (outcome.status === "refused") {
      setProblem(outcome.refusal.message);
      return;
    }
    notifications.show({
      title: t("team.access.withdrawnTitle"),
      message: t("team.access.withdrawn", { name: member.displayName }),
      color: "teal",
      closeButtonProps: { "aria-label": t("common:close") },
    });
    onDone();
  };

  return (
    <Stack gap="md">
      <Text>
        {t("team.access.withdrawConfirm", { name: member.displayName, email: member.email, project: project.name })}
      </Text>
      {problem && (
        <Alert color="red" title={t("team.access.withdrawFailedTitle")} role="alert">
          {problem}
        </Alert>
      )}
      {mutation.error && <QueryErrorAlert error={mutation.error} />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel} data-autofocus>
          {t("team.cancel")}
        </Button>
        <Button color="red" loading={mutation.loading} onClick={() => void confirm()}>
          {t("team.access.withdrawSubmit")}
        </Button>
      </Group>
    </Stack>
  );
}

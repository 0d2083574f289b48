import { ActionIcon, Alert, Button, Group, Modal, Select, Stack, TextInput, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { QueryErrorAlert } from "../../../components/QueryErrorAlert";
import { EventErrorFields } from "../../../graphql/errors";
import { graphql } from "../../../graphql/generated/gql";
import { HackathonRole } from "../../../graphql/generated/graphql";
import limits from "../../../graphql/inputLimits.json";
import { useMutationOutcome } from "../../../lib/mutation";
import { eventMeetingErrorMessage } from "../eventMeetingErrors";

import type { HackathonTeam } from "./HackathonTab";

export const SaveHackathonTeamMutation = graphql(`
  mutation SaveHackathonTeam($input: SaveHackathonTeamInput!) {
    saveHackathonTeam(input: $input) {
      __typename
      ... on HackathonTeamSuccess {
        team {
          version
        }
      }
      ...EventErrorFields
    }
  }
`);

/** The API's own limits (`graphql/inputLimits.json`). */
const MAX_MEMBERS = limits.hackathonTeam.members;
const MEMBER_NAME_MAX_LENGTH = limits.hackathonTeam.memberName;
const MAX_CHALLENGES = limits.hackathonTeam.challenges;
const CHALLENGE_MAX_LENGTH = limits.hackathonTeam.challenge;
const ROLES = Object.values(HackathonRole);

interface MemberRow {
  role: HackathonRole;
  userId: string | null;
  name: string;
}

interface Props {
  team: HackathonTeam;
  onClose: () => void;
  onSaved: () => Promise<unknown>;
}

/** Composing a pitch's team, saved whole: repeatable rows of members (an account attached to the project,
 * or a name) and of challenges. */
export function HackathonTeamModal({ team, onClose, onSaved }: Props) {
  const { t } = useTranslation("eventMeetings");
  const [members, setMembers] = useState<MemberRow[]>(
    team.members.map((m) => ({ role: m.role, userId: m.user?.id ?? null, name: m.user ? "" : m.name })),
  );
  const [challenges, setChallenges] = useState<string[]>([...team.challenges]);
  const [problem, setProblem] = useState<string | null>(null);
  const [missing, setMissing] = useState<Set<number>>(new Set());
  const [save, saving] = useMutationOutcome(SaveHackathonTeamMutation, EventErrorFields, (error) =>
    eventMeetingErrorMessage(t, error),
  );
  const accounts = team.candidates.map((c) => ({ value: c.user.id, label: c.name }));
  const name = team.pitch.projectName;

  const change = (index: number, row: Partial<MemberRow>) =>
    setMembers((rows) => rows.map((current, i) => (i === index ? { ...current, ...row } : current)));

  const submit = async () => {
    setProblem(null);
    const empty = new Set(members.flatMap((m, i) => (!m.userId && !m.name.trim() ? [i] : [])));
    setMissing(empty);
    if (empty.size > 0) return;
    const outcome = await save({
      variables: {
        input: {
          pitchId: team.pitch.id,
          expectedVersion: team.version,
          challenges: challenges.map((c) => c.trim()).filter((c) => c.length > 0),
          members: members.map((m) => (m.userId ? { role: m.role, userId: m.userId } : { role: m.role, name: m.name })),
        },
      },
    });
    if (outcome.status === "refused") setProblem(outcome.refusal.message);
    if (outcome.status !== "done") return;
    notifications.show({ message: t("hackathon.saved"), color: "green" });
    await onSaved();
    onClose();
  };

  return (
    <Modal opened onClose={onClose} title={t("hackathon.modalTitle", { name })} size="lg">
      <Stack gap="md">
        {saving.error && <QueryErrorAlert error={saving.error} />}
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        <Title order={3} size="h5">
          {t("hackathon.members")}
        </Title>
        {members.map((member, index) => {
          const label = String(index + 1);
          return (
            <Group key={label} align="flex-end" wrap="wrap" gap="xs">
              <Select
                label={`${t("hackathon.role")} (${label})`}
                data={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
                value={member.role}
                allowDeselect={false}
                onChange={(value) => {
                  if (value) change(index, { role: value });
                }}
                w={150}
              />
              <Select
                label={`${t("hackathon.account")} (${label})`}
                data={[{ value: "", label: t("hackathon.noAccount") }, ...accounts]}
                value={member.userId ?? ""}
                onChange={(value) => change(index, { userId: value ? value : null })}
                w={220}
              />
              {!member.userId && (
                <TextInput
                  label={`${t("hackathon.name")} (${label})`}
                  value={member.name}
                  maxLength={MEMBER_NAME_MAX_LENGTH}
                  error={missing.has(index) ? t("hackathon.nameRequired") : undefined}
                  onChange={(e) => change(index, { name: e.currentTarget.value })}
                  w={200}
                />
              )}
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                aria-label={t("hackathon.removeMember", { index: label })}
                onClick={() => setMembers((rows) => rows.filter((_, i) => i !== index))}
              >
                ×
              </ActionIcon>
            </Group>
          );
        })}
        <Group>
          <Button
            variant="light"
            disabled={members.length >= MAX_MEMBERS}
            onClick={() => setMembers((rows) => [...rows, { role: HackathonRole.Company, userId: null, name: "" }])}
          >
            {t("hackathon.addMember")}
          </Button>
        </Group>
        <Title order={3} size="h5">
          {t("hackathon.challenges")}
        </Title>
        {challenges.map((challenge, index) => {
          const label = String(index + 1);
          return (
            <Group key={label} align="flex-end" gap="xs">
              <TextInput
                label={t("hackathon.challenge", { index: label })}
                value={challenge}
                maxLength={CHALLENGE_MAX_LENGTH}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  setChallenges((rows) => rows.map((c, i) => (i === index ? value : c)));
                }}
                style={{ flex: 1 }}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                aria-label={t("hackathon.removeChallenge", { index: label })}
                onClick={() => setChallenges((rows) => rows.filter((_, i) => i !== index))}
              >
                ×
              </ActionIcon>
            </Group>
          );
        })}
        <Group>
          <Button
            variant="light"
            disabled={challenges.length >= MAX_CHALLENGES}
            onClick={() => setChallenges((rows) => [...rows, ""])}
          >
            {t("hackathon.addChallenge")}
          </Button>
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("hackathon.cancel")}
          </Button>
          <Button loading={saving.loading} onClick={() => void submit()}>
            {t("hackathon.save")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

import { Button, Fieldset, Group, NativeSelect, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { randomId } from "@mantine/hooks";
import { useTranslation } from "react-i18next";

import { ProjectErrorFields } from "../../graphql/errors";
import { graphql } from "../../graphql/generated/gql";
import type { TeamRole } from "../../graphql/generated/graphql";
import { useMutationOutcome } from "../../lib/mutation";

import {
  describeProjectError,
  MAX_MEMBERS,
  projectErrorMessage,
  validateMemberEmail,
  validateRowText,
} from "./projectErrors";
import { ProjectListForm, useProjectListEdit } from "./projectListEdit";

export const SetProjectTeamMutation = graphql(`
  mutation SetProjectTeam($input: SetProjectTeamInput!) {
    setProjectTeam(input: $input) {
      __typename
      ... on ProjectEditSuccess {
        project {
          id
          ...ProjectDetails_project
          ...TeamTab_project
        }
      }
      ...ProjectErrorFields
    }
  }
`);

const ROLES: readonly TeamRole[] = ["COACH", "EXPERT"];
const ROW_KEYS = ["role", "name", "organisation", "email", "expertise"] as const;

interface MemberRow {
  /** React key of the row (rows are added and removed). Not sent. */
  key: string;
  role: TeamRole;
  name: string;
  organisation: string;
  email: string;
  expertise: string;
}

export interface Member {
  role: TeamRole;
  name: string;
  organisation: string;
  email: string;
  expertise: string;
}

interface Props {
  projectId: string;
  /** The project's version, sent as `expectedVersion`. */
  version: number;
  members: readonly Member[];
  onCancel: () => void;
  onSaved: () => void;
  /** Reads the project again (after a conflict). */
  onReload: () => Promise<unknown>;
}

/** A new row is a coach while the project has none, an expert otherwise. */
const emptyMember = (rows: readonly MemberRow[]): MemberRow => ({
  key: randomId(),
  role: rows.some((row) => row.role === "COACH") ? "EXPERT" : "COACH",
  name: "",
  organisation: "",
  email: "",
  expertise: "",
});

/** The project's coach (one at most) and experts: the whole list is sent, replacing the saved one. */
export function CoachExpertsForm({ projectId, version, members, onCancel, onSaved, onReload }: Props) {
  const { t } = useTranslation(["projects", "enums", "common"]);
  const [setTeam, mutation] = useMutationOutcome(SetProjectTeamMutation, ProjectErrorFields, describeProjectError(t));
  const form = useForm<{ members: MemberRow[] }>({
    mode: "controlled",
    initialValues: {
      members: members.length ? members.map((member) => ({ key: randomId(), ...member })) : [emptyMember([])],
    },
    validateInputOnChange: true,
    validate: {
      members: {
        // One coach: the second one chosen says so at its row.
        role: (value, values) =>
          value === "COACH" && values.members.filter((row) => row.role === "COACH").length > 1
            ? projectErrorMessage(t, "ONE_COACH", "members")
            : null,
        name: (value) => validateRowText(t, value, "memberName"),
        organisation: (value) => validateRowText(t, value, "memberOrganisation"),
        email: (value) => validateMemberEmail(t, value),
        expertise: (value) => validateRowText(t, value, "memberExpertise"),
      },
    },
  });
  const rows = form.values.members;
  const edit = useProjectListEdit({
    form,
    list: "members",
    rowKeys: ROW_KEYS,
    save: (toSave) =>
      setTeam({
        variables: {
          input: {
            projectId,
            expectedVersion: version,
            members: toSave.map((row) => ({
              role: row.role,
              name: row.name.trim(),
              organisation: row.organisation.trim(),
              email: row.email.trim(),
              expertise: row.expertise.trim(),
            })),
          },
        },
      }),
    onSaved,
    onReload,
  });

  /** A role changed: every role is checked again (the other coach's error goes when one becomes expert). */
  const setRole = (index: number, role: TeamRole) => {
    form.setFieldValue(`members.${index}.role`, role);
    form.values.members.forEach((_, other) => {
      if (other !== index && form.errors[`members.${other}.role`]) form.validateField(`members.${other}.role`);
    });
    form.clearFieldError("members");
  };

  return (
    <ProjectListForm
      list="members"
      edit={edit}
      mutation={mutation}
      rowCount={rows.length}
      max={MAX_MEMBERS}
      listError={form.errors["members"]}
      onAdd={() => form.insertListItem("members", emptyMember(rows))}
      onCancel={onCancel}
    >
      {rows.map((row, index) => {
        const role = form.getInputProps(`members.${index}.role`);
        return (
          <Fieldset key={row.key} legend={t("team.members.row", { n: index + 1 })}>
            <Group align="flex-start" gap="sm" wrap="wrap">
              <NativeSelect
                label={t("team.members.role")}
                data={ROLES.map((value) => ({ value, label: t(`enums:teamRole.${value}`) }))}
                style={{ flex: "0 1 9rem" }}
                {...role}
                onChange={(event) => setRole(index, event.currentTarget.value as TeamRole)}
              />
              <TextInput
                label={t("team.members.name")}
                required
                style={{ flex: "1 1 12rem" }}
                {...form.getInputProps(`members.${index}.name`)}
              />
              <TextInput
                label={t("team.members.organisation")}
                style={{ flex: "1 1 12rem" }}
                {...form.getInputProps(`members.${index}.organisation`)}
              />
              <TextInput
                label={t("team.members.email")}
                type="email"
                autoComplete="off"
                style={{ flex: "1 1 14rem" }}
                {...form.getInputProps(`members.${index}.email`)}
              />
              <TextInput
                label={t("team.members.expertise")}
                description={t("team.members.expertiseDescription")}
                style={{ flex: "1 1 14rem" }}
                {...form.getInputProps(`members.${index}.expertise`)}
              />
              <Button variant="subtle" color="red" mt={26} onClick={() => form.removeListItem("members", index)}>
                {t("team.members.remove", { n: index + 1 })}
              </Button>
            </Group>
          </Fieldset>
        );
      })}
    </ProjectListForm>
  );
}

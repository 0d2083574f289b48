import { Alert, Button, Fieldset, Group, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { randomId } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { StudyErrorFields } from "../../graphql/errors";
import { graphql } from "../../graphql/generated/gql";
import { placeAtField, useMutationOutcome } from "../../lib/mutation";

import {
  MAX_STUDENTS,
  NAME_MAX_LENGTH,
  SCHOOL_MAX_LENGTH,
  describeStudyError,
  validateEmail,
  validateText,
} from "./studyErrors";

export const SetStudentTeamMutation = graphql(`
  mutation SetStudentTeam($input: SetStudentTeamInput!) {
    setStudentTeam(input: $input) {
      __typename
      ... on SetStudentTeamSuccess {
        team {
          version
        }
      }
      ...StudyErrorFields
    }
  }
`);

interface StudentRow {
  /** React key of the row (rows are added and removed). Not sent. */
  key: string;
  name: string;
  email: string;
}

interface Values {
  school: string;
  teacherName: string;
  students: StudentRow[];
}

interface Props {
  projectId: string;
  /** The team as read, or null when none was declared yet. */
  team: {
    school: string;
    teacherName: string;
    version: number;
    students: readonly { name: string; email: string }[];
  } | null;
  /** Reads the study again (after a save, or after a conflict). */
  onSaved: () => Promise<unknown>;
}

const emptyStudent = (): StudentRow => ({ key: randomId(), name: "", email: "" });

/** A team is declared, then replaced whole: school, teacher, and the students (at least one). */
export function StudentTeamForm({ projectId, team, onSaved }: Props) {
  const { t } = useTranslation(["projects", "common"]);
  const [setStudentTeam, mutation] = useMutationOutcome(
    SetStudentTeamMutation,
    StudyErrorFields,
    describeStudyError(t),
  );
  const [problem, setProblem] = useState<{ message: string; conflict: boolean } | null>(null);
  const [reloading, setReloading] = useState(false);

  const form = useForm<Values>({
    mode: "controlled",
    initialValues: {
      school: team?.school ?? "",
      teacherName: team?.teacherName ?? "",
      students: team?.students.length
        ? team.students.map((student) => ({ key: randomId(), name: student.name, email: student.email }))
        : [emptyStudent()],
    },
    validateInputOnChange: true,
    validate: {
      school: (value) => validateText(t, value, "school", SCHOOL_MAX_LENGTH),
      teacherName: (value) => validateText(t, value, "teacherName", NAME_MAX_LENGTH),
      students: {
        name: (value) => validateText(t, value, "studentName", NAME_MAX_LENGTH),
        email: (value) => validateEmail(t, value),
      },
    },
  });

  /** Whether the server's path names a field of this form (`students.2.email` while there are 3 rows). */
  const isFormPath = (field: string | null | undefined): field is string => {
    if (field === "school" || field === "teacherName" || field === "students") return true;
    const row = field ? /^students\.(\d+)\.(name|email)$/.exec(field) : null;
    return row !== null && Number(row[1]) < form.values.students.length;
  };

  const submit = form.onSubmit(
    async (values) => {
      setProblem(null);
      const outcome = await setStudentTeam({
        variables: {
          input: {
            projectId,
            school: values.school.trim(),
            teacherName: values.teacherName.trim(),
            students: values.students.map((student) => ({ name: student.name.trim(), email: student.email.trim() })),
            expectedVersion: team?.version ?? null,
          },
        },
      });
      if (outcome.status === "failed") return; // network or server error: shown by <QueryErrorAlert> below
      if (outcome.status === "done") {
        notifications.show({
          title: t("study.teamForm.savedTitle"),
          message: t("study.teamForm.saved"),
          color: "teal",
          closeButtonProps: { "aria-label": t("common:close") },
        });
        await onSaved();
        return;
      }
      const { refusal } = outcome;
      if (placeAtField(form, refusal, isFormPath)) return;
      setProblem({ message: refusal.message, conflict: refusal.kind === "conflict" });
    },
    (errors) => {
      const first = Object.keys(errors)[0];
      if (first) form.getInputNode(first)?.focus();
    },
  );

  const reload = async () => {
    setReloading(true);
    try {
      await onSaved();
    } finally {
      setReloading(false);
    }
  };

  const students = form.values.students;
  const listError = form.errors["students"];

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="etude-equipe-formulaire">
      <Title order={3} size="h4" id="etude-equipe-formulaire" mb="sm">
        {team ? t("study.teamForm.headingEdit") : t("study.teamForm.headingNew")}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {problem && (
            <Alert
              color={problem.conflict ? "orange" : "red"}
              title={problem.conflict ? t("study.teamForm.conflictTitle") : t("study.teamForm.failedTitle")}
              role="alert"
            >
              <Stack gap="sm" align="flex-start">
                <span>{problem.message}</span>
                {problem.conflict && (
                  <Button variant="outline" color="orange" onClick={() => void reload()} loading={reloading}>
                    {t("study.teamForm.reload")}
                  </Button>
                )}
              </Stack>
            </Alert>
          )}
          {mutation.error && <QueryErrorAlert error={mutation.error} />}
          <TextInput label={t("study.teamForm.school")} required {...form.getInputProps("school")} />
          <TextInput label={t("study.teamForm.teacher")} required {...form.getInputProps("teacherName")} />
          <Fieldset legend={t("study.teamForm.studentsLegend")} variant="unstyled">
            <Stack gap="sm">
              {students.map((student, index) => (
                <Fieldset key={student.key} legend={t("study.teamForm.student", { n: index + 1 })}>
                  <Group align="flex-start" gap="sm" wrap="wrap">
                    <TextInput
                      label={t("study.teamForm.studentName")}
                      required
                      style={{ flex: "1 1 14rem" }}
                      {...form.getInputProps(`students.${index}.name`)}
                    />
                    <TextInput
                      label={t("study.teamForm.studentEmail")}
                      type="email"
                      autoComplete="off"
                      required
                      style={{ flex: "1 1 16rem" }}
                      {...form.getInputProps(`students.${index}.email`)}
                    />
                    {students.length > 1 && (
                      <Button
                        variant="subtle"
                        color="red"
                        mt={26}
                        onClick={() => form.removeListItem("students", index)}
                      >
                        {t("study.teamForm.removeStudent", { n: index + 1 })}
                      </Button>
                    )}
                  </Group>
                </Fieldset>
              ))}
              {typeof listError === "string" && (
                <Text c="red" size="sm" role="alert">
                  {listError}
                </Text>
              )}
              <Group>
                <Button
                  variant="default"
                  onClick={() => form.insertListItem("students", emptyStudent())}
                  disabled={students.length >= MAX_STUDENTS}
                >
                  {t("study.teamForm.addStudent")}
                </Button>
                {students.length >= MAX_STUDENTS && (
                  <Text size="sm" c="dimmed">
                    {t("study.teamForm.maxStudents", { max: MAX_STUDENTS })}
                  </Text>
                )}
              </Group>
            </Stack>
          </Fieldset>
          <Group>
            <Button type="submit" loading={mutation.loading} disabled={problem?.conflict ?? false}>
              {t("study.teamForm.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

import { Alert, Button, Group, Stack, Text, Textarea, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";

import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { ProjectErrorFields } from "../../graphql/errors";
import { type FragmentType, useFragment } from "../../graphql/generated/fragment-masking";
import { graphql } from "../../graphql/generated/gql";
import { placeAtField, useMutationOutcome } from "../../lib/mutation";

import {
  NOTES_MAX_LENGTH,
  SUMMARY_MAX_LENGTH,
  describeProjectError,
  isEditableField,
  validateNotes,
  validateSummary,
} from "./projectErrors";

export const ProjectEditFormFragment = graphql(`
  fragment ProjectEditForm_project on Project {
    id
    version
    summary
    notes
  }
`);

export const UpdateProjectMutation = graphql(`
  mutation UpdateProject($input: UpdateProjectInput!) {
    updateProject(input: $input) {
      __typename
      ... on UpdateProjectSuccess {
        project {
          id
          ...ProjectDetails_project
          ...ProjectEditForm_project
        }
      }
      ...ProjectErrorFields
    }
  }
`);

interface Values {
  summary: string;
  notes: string;
}

interface Props {
  project: FragmentType<typeof ProjectEditFormFragment>;
  /** Reads the project again from the server (after a conflict). */
  onReload: () => Promise<unknown>;
}

export function ProjectEditForm(props: Props) {
  const { t } = useTranslation(["projects", "common"]);
  const project = useFragment(ProjectEditFormFragment, props.project);
  // The server's message for a conflict: it names who changed the project, when, and what.
  const [conflict, setConflict] = useState<string | null>(null);
  // Counts successful saves: each one makes the server's answer the form's baseline.
  const [saves, setSaves] = useState(0);
  const [reloading, setReloading] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [updateProject, mutation] = useMutationOutcome(
    UpdateProjectMutation,
    ProjectErrorFields,
    describeProjectError(t),
  );

  const form = useForm<Values>({
    mode: "controlled",
    initialValues: { summary: project.summary, notes: project.notes ?? "" },
    validateInputOnChange: true,
    validate: {
      summary: (value) => validateSummary(t, value),
      notes: (value) => validateNotes(t, value),
    },
  });

  // New text arrived (saved, or reloaded after a conflict): it becomes the form's baseline. Not on a
  // new version alone: a status change (« Parcours ») bumps it, and must not wipe what is being typed.
  const { summary, notes } = project;
  useEffect(() => {
    const values = { summary, notes: notes ?? "" };
    form.setInitialValues(values);
    form.setValues(values);
    form.resetDirty(values);
    form.clearErrors();
    // `form` is a new object on every render; only the project's data should trigger this.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [summary, notes, saves]);

  const submit = form.onSubmit(
    async (values) => {
      setFormError(null);
      setConflict(null);
      const outcome = await updateProject({
        variables: {
          input: {
            projectId: project.id,
            expectedVersion: project.version,
            summary: values.summary,
            notes: values.notes,
          },
        },
      });
      if (outcome.status === "failed") return; // network or server error: shown by <QueryErrorAlert> below
      if (outcome.status === "done") {
        setSaves((count) => count + 1);
        notifications.show({
          title: t("edit.savedTitle"),
          message: t("edit.saved"),
          color: "teal",
          closeButtonProps: { "aria-label": t("common:close") },
        });
        return;
      }
      const { refusal } = outcome;
      if (refusal.kind === "conflict") setConflict(refusal.message);
      else if (!placeAtField(form, refusal, isEditableField)) setFormError(refusal.message);
    },
    (errors) => {
      const first = Object.keys(errors)[0];
      if (isEditableField(first)) form.getInputNode(first)?.focus();
    },
  );

  const reload = async () => {
    setReloading(true);
    try {
      await props.onReload();
      setConflict(null);
    } finally {
      setReloading(false);
    }
  };

  return (
    <section aria-labelledby="projet-modifier">
      <Title order={2} size="h3" id="projet-modifier" mb="sm">
        {t("edit.heading")}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t("edit.requiredHint")}</Text>
          {conflict && (
            <Alert color="orange" title={t("edit.conflictTitle")} role="alert">
              <Stack gap="sm" align="flex-start">
                <span>{conflict}</span>
                <Button variant="outline" color="orange" onClick={() => void reload()} loading={reloading}>
                  {t("edit.reload")}
                </Button>
              </Stack>
            </Alert>
          )}
          {formError && (
            <Alert color="red" title={t("edit.failedTitle")} role="alert">
              {formError}
            </Alert>
          )}
          {mutation.error && <QueryErrorAlert error={mutation.error} />}
          <Textarea
            label={t("edit.summary")}
            description={t("edit.summaryDescription", {
              length: form.values.summary.length,
              max: SUMMARY_MAX_LENGTH,
            })}
            required
            autosize
            minRows={3}
            maxRows={12}
            {...form.getInputProps("summary")}
          />
          <Textarea
            label={t("edit.notes")}
            description={t("edit.notesDescription", { length: form.values.notes.length, max: NOTES_MAX_LENGTH })}
            autosize
            minRows={4}
            maxRows={16}
            {...form.getInputProps("notes")}
          />
          <Group>
            <Button type="submit" loading={mutation.loading} disabled={conflict !== null}>
              {t("edit.submit")}
            </Button>
            <Button variant="default" type="button" onClick={() => form.reset()} disabled={!form.isDirty()}>
              {t("edit.reset")}
            </Button>
          </Group>
        </Stack>
      </form>
    </section>
  );
}

import { Alert, Button, Stack, Textarea, type TextareaProps } from "@mantine/core";
import { type UseFormReturnType, useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { ProjectErrorFields } from "../../graphql/errors";
import { graphql } from "../../graphql/generated/gql";
import type { ProjectStatus } from "../../graphql/generated/graphql";
import { placeAtField, useMutationOutcome } from "../../lib/mutation";

import { REASON_MAX_LENGTH, describeProjectError, validateReason } from "./projectErrors";

/** The answer carries everything the page shows of the project: the cache updates the badge in
 * « Projet », the journey and the version the edit form sends next (and, on « Candidatures », the
 * candidate's status, which takes it off the list). */
export const TransitionProjectMutation = graphql(`
  mutation TransitionProject($input: TransitionProjectInput!) {
    transitionProject(input: $input) {
      __typename
      ... on TransitionProjectSuccess {
        project {
          id
          ...ProjectDetails_project
          ...ProjectEditForm_project
          ...ProjectJourney_project
        }
      }
      ...ProjectErrorFields
    }
  }
`);

/** A step the viewer may take (`Project.nextSteps`): the API says whether it needs a reason. */
export interface NextStep {
  status: ProjectStatus;
  reasonRequired: boolean;
}

/** A refusal the reason field cannot fix. `reload`: the project changed or moved on (a conflict,
 * whose server message names who changed it and when; an illegal step): only reading it again helps. */
export interface TransitionProblem {
  message: string;
  conflict: boolean;
  reload: boolean;
}

export type ReasonForm = UseFormReturnType<{ reason: string }>;

interface Options {
  projectId: string;
  /** The version read, sent as `expectedVersion`. */
  version: number;
  /** The step the reason field is for, if one is shown: whether the reason is required comes from it. */
  step: NextStep | null;
  /** After the step was taken (the cache already holds the project's new status). */
  onSuccess: (to: ProjectStatus) => void;
  /** Reads the project again from the server (after a conflict, or a step no longer possible). */
  onReload: () => Promise<unknown>;
}

/** Moving a project to its next status, from « Parcours » or from « Candidatures »: the reason form
 * (checked as the user types), the mutation, and what the server refuses — on the reason field when it
 * is about the reason, in a `TransitionProblemAlert` otherwise. */
export function useProjectTransition({ projectId, version, step, onSuccess, onReload }: Options) {
  const { t } = useTranslation("projects");
  const [transition, mutation] = useMutationOutcome(
    TransitionProjectMutation,
    ProjectErrorFields,
    describeProjectError(t),
  );
  const [problem, setProblem] = useState<TransitionProblem | null>(null);
  const [reloading, setReloading] = useState(false);
  const reasonRequired = step?.reasonRequired ?? false;

  const form: ReasonForm = useForm({
    mode: "controlled",
    initialValues: { reason: "" },
    validateInputOnChange: true,
    validate: { reason: (value) => validateReason(t, value, reasonRequired) },
  });

  /** Sends the step; `reason` is trimmed, and sent as null when empty. */
  const send = async (to: ProjectStatus, reason: string | null) => {
    setProblem(null);
    const outcome = await transition({
      variables: { input: { projectId, to, reason: reason?.trim() || null, expectedVersion: version } },
    });
    if (outcome.status === "failed") return; // network or server error: `mutation.error`, for a <QueryErrorAlert>
    if (outcome.status === "done") {
      onSuccess(to);
      return;
    }
    const { refusal } = outcome;
    // The reason field is shown for one step: a refusal of its reason goes there.
    if (placeAtField(form, refusal, (field) => field === "reason" && step?.status === to)) return;
    setProblem({
      message: refusal.message,
      conflict: refusal.kind === "conflict",
      // The project changed (a conflict) or moved on (an illegal step): only reading it again helps.
      reload: refusal.kind === "conflict" || refusal.code === "ILLEGAL_TRANSITION",
    });
  };

  /** The reason form's submit handler: checks the reason, then sends the step it is for. */
  const submitReason = form.onSubmit(
    async ({ reason }) => {
      if (step) await send(step.status, reason);
    },
    () => form.getInputNode("reason")?.focus(),
  );

  const reload = async () => {
    setReloading(true);
    try {
      await onReload();
      setProblem(null);
    } finally {
      setReloading(false);
    }
  };

  return {
    form,
    send,
    submitReason,
    problem,
    clearProblem: () => setProblem(null),
    reload,
    reloading,
    loading: mutation.loading,
    error: mutation.error,
  };
}

interface ProblemProps {
  problem: TransitionProblem;
  conflictTitle: string;
  failedTitle: string;
  reloadLabel: string;
  reloading: boolean;
  onReload: () => void;
}

/** The server's refusal, with a way to read the project again when only that helps. */
export function TransitionProblemAlert({
  problem,
  conflictTitle,
  failedTitle,
  reloadLabel,
  reloading,
  onReload,
}: ProblemProps) {
  return (
    <Alert
      color={problem.conflict ? "orange" : "red"}
      title={problem.conflict ? conflictTitle : failedTitle}
      role="alert"
    >
      <Stack gap="sm" align="flex-start">
        <span>{problem.message}</span>
        {problem.reload && (
          <Button variant="outline" color={problem.conflict ? "orange" : "red"} onClick={onReload} loading={reloading}>
            {reloadLabel}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

type ReasonFieldProps = { reasonForm: ReasonForm; step: NextStep } & Omit<
  TextareaProps,
  "label" | "description" | "required" | "value" | "onChange" | "error" | "form"
>;

/** « Motif » when the API requires a reason for this step, « Commentaire (facultatif) » otherwise. */
export function ReasonField({ reasonForm: form, step, ...props }: ReasonFieldProps) {
  const { t } = useTranslation("projects");
  return (
    <Textarea
      label={step.reasonRequired ? t("journey.reasonLabel") : t("journey.commentLabel")}
      description={t("journey.reasonDescription", { length: form.values.reason.length, max: REASON_MAX_LENGTH })}
      required={step.reasonRequired}
      autosize
      minRows={3}
      maxRows={10}
      {...props}
      {...form.getInputProps("reason")}
    />
  );
}

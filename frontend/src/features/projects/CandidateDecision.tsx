import { useMutation } from "@apollo/client/react";
import { Alert, Button, Group, Stack, Text, Textarea, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import type { ProjectStatus } from "../../graphql/generated/graphql";

import { REASON_MAX_LENGTH, projectErrorMessage, validateReason } from "./projectErrors";
import { TransitionProjectMutation } from "./ProjectJourney";

interface Props {
  project: { id: string; name: string; version: number; nextStatuses: readonly ProjectStatus[] };
  /** After the step: the candidate has left the list (its status changed in the cache). */
  onDecided: () => void;
  /** Reads the candidates again (after a conflict, or a step the project no longer allows). */
  onReload: () => Promise<unknown>;
}

/** « Sélectionner » at once, or « Ne pas retenir… » with a reason: the same step as in the project's
 * « Parcours », from the review panel. */
export function CandidateDecision({ project, onDecided, onReload }: Props) {
  const { t } = useTranslation(["projects", "common"]);
  const [transition, mutation] = useMutation(TransitionProjectMutation);
  const [rejecting, setRejecting] = useState(false);
  // A refusal the reason cannot fix; `reload`: only reading the candidates again helps.
  const [problem, setProblem] = useState<{ message: string; conflict: boolean; reload: boolean } | null>(null);
  const [reloading, setReloading] = useState(false);

  const form = useForm({
    mode: "controlled",
    initialValues: { reason: "" },
    validateInputOnChange: true,
    validate: { reason: (value) => validateReason(t, value, true) },
  });

  const decide = async (to: ProjectStatus, reason: string | null) => {
    setProblem(null);
    const { data } = await transition({
      variables: { input: { projectId: project.id, to, reason, expectedVersion: project.version } },
    }).catch(() => ({ data: undefined }));
    const payload = data?.transitionProject;
    if (!payload) return; // network or server error: shown by <QueryErrorAlert> below
    switch (payload.__typename) {
      case "TransitionProjectSuccess":
        notifications.show({
          title: to === "SELECTED" ? t("candidates.decision.selectedTitle") : t("candidates.decision.rejectedTitle"),
          message:
            to === "SELECTED"
              ? t("candidates.decision.selected", { name: project.name })
              : t("candidates.decision.rejected", { name: project.name }),
          color: "teal",
          closeButtonProps: { "aria-label": t("common:close") },
        });
        onDecided();
        return;
      case "ProjectConflict":
        setProblem({
          message: projectErrorMessage(t, payload.code, payload.field, payload.message),
          conflict: true,
          reload: true,
        });
        return;
      case "ProjectInvalid":
        if (payload.field === "reason" && to === "REJECTED") {
          form.setFieldError("reason", projectErrorMessage(t, payload.code, payload.field, payload.message));
          form.getInputNode("reason")?.focus();
          return;
        }
        setProblem({
          message: projectErrorMessage(t, payload.code, payload.field, payload.message),
          conflict: false,
          reload: payload.code === "ILLEGAL_TRANSITION",
        });
        return;
      case "ProjectNotAllowed":
        setProblem({
          message: projectErrorMessage(t, payload.code, payload.field, payload.message),
          conflict: false,
          reload: false,
        });
        return;
    }
  };

  const reject = form.onSubmit(
    ({ reason }) => void decide("REJECTED", reason.trim()),
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

  const canSelect = project.nextStatuses.includes("SELECTED");
  const canReject = project.nextStatuses.includes("REJECTED");
  if (!canSelect && !canReject) return null;

  return (
    <Stack gap="sm" component="section" aria-labelledby={`decision-${project.id}`}>
      <Title order={3} size="h4" id={`decision-${project.id}`}>
        {t("candidates.decision.heading")}
      </Title>
      {problem && (
        <Alert
          color={problem.conflict ? "orange" : "red"}
          title={problem.conflict ? t("candidates.decision.conflictTitle") : t("candidates.decision.failedTitle")}
          role="alert"
        >
          <Stack gap="sm" align="flex-start">
            <span>{problem.message}</span>
            {problem.reload && (
              <Button
                variant="outline"
                color={problem.conflict ? "orange" : "red"}
                onClick={() => void reload()}
                loading={reloading}
              >
                {t("candidates.decision.reload")}
              </Button>
            )}
          </Stack>
        </Alert>
      )}
      {mutation.error && <QueryErrorAlert error={mutation.error} />}
      {!rejecting && (
        <Group gap="sm">
          {canSelect && (
            <Button
              onClick={() => void decide("SELECTED", null)}
              loading={mutation.loading}
              disabled={problem?.reload ?? false}
            >
              {t("candidates.decision.select")}
            </Button>
          )}
          {canReject && (
            <Button
              variant="outline"
              color="red"
              onClick={() => setRejecting(true)}
              disabled={mutation.loading || (problem?.reload ?? false)}
            >
              {t("candidates.decision.reject")}
            </Button>
          )}
        </Group>
      )}
      {rejecting && (
        <form onSubmit={reject} noValidate>
          <Stack gap="sm">
            <Text size="sm">{t("candidates.decision.rejectExplanation")}</Text>
            <Textarea
              label={t("candidates.decision.reasonLabel")}
              description={t("candidates.decision.reasonDescription", {
                length: form.values.reason.length,
                max: REASON_MAX_LENGTH,
              })}
              required
              autosize
              minRows={3}
              maxRows={10}
              // The field appears on demand: take the focus there.
              // eslint-disable-next-line jsx-a11y/no-autofocus
              autoFocus
              {...form.getInputProps("reason")}
            />
            <Group gap="sm">
              <Button type="submit" color="red" loading={mutation.loading} disabled={problem?.reload ?? false}>
                {t("candidates.decision.confirmReject")}
              </Button>
              <Button
                variant="default"
                onClick={() => {
                  setRejecting(false);
                  form.reset();
                  setProblem(null);
                }}
              >
                {t("candidates.decision.cancel")}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}

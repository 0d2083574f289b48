import { Button, Group, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import type { ProjectStatus } from "../../graphql/generated/graphql";

import { type NextStep, ReasonField, TransitionProblemAlert, useProjectTransition } from "./projectTransition";

interface Props {
  project: { id: string; name: string; version: number; nextSteps: readonly NextStep[] };
  /** After the step (`to`: the new status): the candidate has left the list (its status changed in the
   * cache). */
  onDecided: (to: ProjectStatus) => void;
  /** Reads the candidates again (after a conflict, or a step the project no longer allows). */
  onReload: () => Promise<unknown>;
}

/** « Sélectionner », once confirmed, or « Ne pas retenir… » with a reason (required if the API says so): the
 * same step as in the project's « Parcours », from the review panel. */
export function CandidateDecision({ project, onDecided, onReload }: Props) {
  const { t } = useTranslation(["projects", "common"]);
  const [rejecting, setRejecting] = useState(false);
  const [selecting, setSelecting] = useState(false);
  const select = project.nextSteps.find((step) => step.status === "SELECTED");
  const reject = project.nextSteps.find((step) => step.status === "REJECTED");

  const transition = useProjectTransition({
    projectId: project.id,
    version: project.version,
    step: reject ?? null,
    onSuccess: (to) => {
      notifications.show({
        title: to === "SELECTED" ? t("candidates.decision.selectedTitle") : t("candidates.decision.rejectedTitle"),
        message:
          to === "SELECTED"
            ? t("candidates.decision.selected", { name: project.name })
            : t("candidates.decision.rejected", { name: project.name }),
        color: "teal",
        closeButtonProps: { "aria-label": t("common:close") },
      });
      onDecided(to);
    },
    onReload,
  });
  const { problem } = transition;

  if (!select && !reject) return null;

  return (
    <Stack gap="sm" component="section" aria-labelledby={`decision-${project.id}`}>
      <Title order={3} size="h4" id={`decision-${project.id}`}>
        {t("candidates.decision.heading")}
      </Title>
      {problem && (
        <TransitionProblemAlert
          problem={problem}
          conflictTitle={t("candidates.decision.conflictTitle")}
          failedTitle={t("candidates.decision.failedTitle")}
          reloadLabel={t("candidates.decision.reload")}
          reloading={transition.reloading}
          onReload={() => void transition.reload()}
        />
      )}
      {transition.error && <QueryErrorAlert error={transition.error} />}
      {!rejecting && !selecting && (
        <Group gap="sm">
          {select && (
            <Button onClick={() => setSelecting(true)} disabled={problem?.reload ?? false}>
              {t("candidates.decision.select")}
            </Button>
          )}
          {reject && (
            <Button
              variant="outline"
              color="red"
              onClick={() => setRejecting(true)}
              disabled={transition.loading || (problem?.reload ?? false)}
            >
              {t("candidates.decision.reject")}
            </Button>
          )}
        </Group>
      )}
      {selecting && select && (
        <Stack gap="sm" role="group" aria-labelledby={`selection-${project.id}`}>
          <Text size="sm" id={`selection-${project.id}`}>
            {t("candidates.decision.selectExplanation", { name: project.name })}
          </Text>
          <Group gap="sm">
            <Button
              onClick={() => void transition.send("SELECTED", null)}
              loading={transition.loading}
              disabled={problem?.reload ?? false}
              // The confirmation appears on demand: take the focus there.
              // eslint-disable-next-line jsx-a11y/no-autofocus
              autoFocus
            >
              {t("candidates.decision.confirmSelect")}
            </Button>
            <Button
              variant="default"
              onClick={() => {
                setSelecting(false);
                transition.clearProblem();
              }}
            >
              {t("candidates.decision.cancel")}
            </Button>
          </Group>
        </Stack>
      )}
      {rejecting && reject && (
        <form onSubmit={transition.submitReason} noValidate>
          <Stack gap="sm">
            <Text size="sm">{t("candidates.decision.rejectExplanation")}</Text>
            <ReasonField
              reasonForm={transition.form}
              step={reject}
              // The field appears on demand: take the focus there.
              // eslint-disable-next-line jsx-a11y/no-autofocus
              autoFocus
            />
            <Group gap="sm">
              <Button type="submit" color="red" loading={transition.loading} disabled={problem?.reload ?? false}>
                {t("candidates.decision.confirmReject")}
              </Button>
              <Button
                variant="default"
                onClick={() => {
                  setRejecting(false);
                  transition.form.reset();
                  transition.clearProblem();
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

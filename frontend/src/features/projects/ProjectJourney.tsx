import { Box, Button, Group, Modal, Paper, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

import { FieldList } from "../../components/FieldList";
import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { type FragmentType, useFragment } from "../../graphql/generated/fragment-masking";
import { graphql } from "../../graphql/generated/gql";
import type { ProjectStatus } from "../../graphql/generated/graphql";
import { formatDayOf } from "../../lib/dates";

import { type NextStep, ReasonField, TransitionProblemAlert, useProjectTransition } from "./projectTransition";
import { StatusBadge } from "./StatusBadge";

export const ProjectJourneyFragment = graphql(`
  fragment ProjectJourney_project on Project {
    id
    version
    status
    nextSteps {
      status
      reasonRequired
    }
    statusHistory {
      from
      to
      reason
      changedAt
      changedBy
    }
  }
`);

/** How a step is worded: moving on, or leaving the programme. Whether it needs a reason is the API's
 * to say (`nextSteps { reasonRequired }`). */
type Kind = "advance" | "reject" | "abandon";

function kindOf(status: ProjectStatus): Kind {
  return status === "REJECTED" ? "reject" : status === "ABANDONED" ? "abandon" : "advance";
}

interface Props {
  project: FragmentType<typeof ProjectJourneyFragment>;
  /** Reads the project again from the server (after a conflict). */
  onReload: () => Promise<unknown>;
}

/** « Parcours »: the current status, the steps done, and the next steps the viewer may take.
 * A summary card has no history (null) and offers no step: nothing is shown. */
export function ProjectJourney(props: Props) {
  const { t } = useTranslation(["projects", "enums", "common"]);
  const project = useFragment(ProjectJourneyFragment, props.project);
  // `target` outlives `opened` so that the dialog keeps its content while it closes. The Modal unmounts
  // its content once closed: each opening starts a fresh form, with no refusal left from before.
  const [target, setTarget] = useState<NextStep | null>(null);
  const [opened, setOpened] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const focusHeadingOnClose = useRef(false);

  // The button that opened the dialog is gone after the step: focus goes back to the section.
  useEffect(() => {
    if (!opened && focusHeadingOnClose.current) {
      focusHeadingOnClose.current = false;
      heading.current?.focus();
    }
  }, [opened]);

  const history = project.statusHistory;
  if (history == null && project.nextSteps.length === 0) return null;

  const label = (status: ProjectStatus) => t(`enums:projectStatus.${status}`);
  const lower = (status: ProjectStatus) => label(status).toLocaleLowerCase("fr-FR");

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="projet-parcours">
      <Title order={2} size="h3" id="projet-parcours" mb="sm" ref={heading} tabIndex={-1}>
        {t("journey.heading")}
      </Title>
      <Stack gap="md">
        <FieldList items={[{ term: t("journey.current"), value: <StatusBadge status={project.status} /> }]} />

        {project.nextSteps.length > 0 && (
          <Group gap="sm" role="group" aria-label={t("journey.actions")}>
            {project.nextSteps.map((step) => {
              const { status } = step;
              const kind = kindOf(status);
              return (
                <Button
                  key={status}
                  variant={kind === "advance" ? "filled" : "outline"}
                  color={kind === "advance" ? undefined : "red"}
                  onClick={() => {
                    setTarget(step);
                    setOpened(true);
                  }}
                >
                  {kind === "advance" ? t("journey.advance", { status: label(status) }) : t(`journey.${kind}`)}
                </Button>
              );
            })}
          </Group>
        )}

        {history != null && (
          <div>
            <Title order={3} size="h4" mb="xs">
              {t("journey.historyHeading")}
            </Title>
            {history.length === 0 ? (
              <Text>{t("journey.noHistory")}</Text>
            ) : (
              <Box component="ol" m={0} pl="lg">
                {history.map((step) => (
                  <Box component="li" key={`${step.changedAt}-${step.to}`} mb="xs">
                    <Text>
                      <time dateTime={step.changedAt}>{formatDayOf(step.changedAt) ?? step.changedAt}</time>
                      {" — "}
                      {t("journey.step", { person: step.changedBy, from: lower(step.from), to: lower(step.to) })}
                    </Text>
                    {/* Why a project left the programme is its « Motif »; on other steps, a comment. */}
                    {step.reason.trim() && (
                      <Text size="sm" c="dimmed" style={{ whiteSpace: "pre-line" }}>
                        {kindOf(step.to) !== "advance"
                          ? t("journey.reason", { reason: step.reason })
                          : t("journey.comment", { reason: step.reason })}
                      </Text>
                    )}
                  </Box>
                ))}
              </Box>
            )}
          </div>
        )}
      </Stack>

      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        closeButtonProps={{ "aria-label": t("common:close") }}
        title={
          target &&
          (kindOf(target.status) === "advance"
            ? t("journey.advanceTitle", { status: label(target.status) })
            : t(`journey.${kindOf(target.status)}Title`))
        }
      >
        {target && (
          <TransitionForm
            key={target.status}
            projectId={project.id}
            version={project.version}
            from={project.status}
            step={target}
            onCancel={() => setOpened(false)}
            onDone={() => {
              focusHeadingOnClose.current = true;
              setOpened(false);
            }}
            onReload={async () => {
              await props.onReload();
              setOpened(false);
            }}
          />
        )}
      </Modal>
    </Paper>
  );
}

interface FormProps {
  projectId: string;
  version: number;
  from: ProjectStatus;
  step: NextStep;
  onCancel: () => void;
  onDone: () => void;
  onReload: () => Promise<void>;
}

function TransitionForm({ projectId, version, from, step, onCancel, onDone, onReload }: FormProps) {
  const { t } = useTranslation(["projects", "enums", "common"]);
  const to = step.status;
  const kind = kindOf(to);
  const transition = useProjectTransition({
    projectId,
    version,
    step,
    onSuccess: () => {
      notifications.show({
        title: t("journey.doneTitle"),
        message: t("journey.done", { status: t(`enums:projectStatus.${to}`) }),
        color: "teal",
        closeButtonProps: { "aria-label": t("common:close") },
      });
      onDone();
    },
    onReload,
  });
  const { problem } = transition;

  const confirmLabel =
    kind === "advance"
      ? t("journey.confirmAdvance", { status: t(`enums:projectStatus.${to}`) })
      : kind === "reject"
        ? t("journey.confirmReject")
        : t("journey.confirmAbandon");

  return (
    <form onSubmit={transition.submitReason} noValidate>
      <Stack gap="md">
        <Text>
          {kind === "advance"
            ? t("journey.advanceExplanation", {
                from: t(`enums:projectStatus.${from}`),
                to: t(`enums:projectStatus.${to}`),
              })
            : t(`journey.${kind}Explanation`)}
        </Text>
        {problem && (
          <TransitionProblemAlert
            problem={problem}
            conflictTitle={t("journey.conflictTitle")}
            failedTitle={t("journey.failedTitle")}
            reloadLabel={t("journey.reload")}
            reloading={transition.reloading}
            onReload={() => void transition.reload()}
          />
        )}
        {transition.error && <QueryErrorAlert error={transition.error} />}
        <ReasonField reasonForm={transition.form} step={step} data-autofocus />
        <Group justify="flex-end">
          <Button variant="default" type="button" onClick={onCancel}>
            {t("journey.cancel")}
          </Button>
          <Button
            type="submit"
            color={kind === "advance" ? undefined : "red"}
            loading={transition.loading}
            disabled={problem?.reload ?? false}
          >
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

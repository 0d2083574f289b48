import { useMutation } from "@apollo/client/react";
import { Alert, Box, Button, Group, Modal, Paper, Stack, Text, Textarea, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

import { FieldList } from "../../components/FieldList";
import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { type FragmentType, useFragment } from "../../graphql/generated/fragment-masking";
import { graphql } from "../../graphql/generated/gql";
import type { ProjectStatus } from "../../graphql/generated/graphql";
import { formatDayOf } from "../../lib/dates";

import { REASON_MAX_LENGTH, projectErrorMessage, validateReason } from "./projectErrors";
import { StatusBadge } from "./StatusBadge";

export const ProjectJourneyFragment = graphql(`
  fragment ProjectJourney_project on Project {
    id
    version
    status
    nextStatuses
    statusHistory {
      from
      to
      reason
      changedAt
      changedBy
    }
  }
`);

/** The answer carries everything the page shows of the project: the cache updates the badge in
 * « Projet », the journey and the version the edit form sends next. */
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
      ... on ProjectInvalid {
        field
        code
        message
      }
      ... on ProjectConflict {
        field
        code
        message
      }
      ... on ProjectNotAllowed {
        field
        code
        message
      }
    }
  }
`);

/** Leaving the programme is explained (backend `workflow.REASON_REQUIRED`); a reason is optional
 * on the other steps. */
const REASON_REQUIRED = new Set<ProjectStatus>(["REJECTED", "ABANDONED"]);

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
  const [target, setTarget] = useState<ProjectStatus | null>(null);
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
  if (history == null && project.nextStatuses.length === 0) return null;

  const label = (status: ProjectStatus) => t(`enums:projectStatus.${status}`);
  const lower = (status: ProjectStatus) => label(status).toLocaleLowerCase("fr-FR");

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="projet-parcours">
      <Title order={2} size="h3" id="projet-parcours" mb="sm" ref={heading} tabIndex={-1}>
        {t("journey.heading")}
      </Title>
      <Stack gap="md">
        <FieldList items={[{ term: t("journey.current"), value: <StatusBadge status={project.status} /> }]} />

        {project.nextStatuses.length > 0 && (
          <Group gap="sm" role="group" aria-label={t("journey.actions")}>
            {project.nextStatuses.map((status) => {
              const kind = kindOf(status);
              return (
                <Button
                  key={status}
                  variant={kind === "advance" ? "filled" : "outline"}
                  color={kind === "advance" ? undefined : "red"}
                  onClick={() => {
                    setTarget(status);
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
                    {step.reason.trim() && (
                      <Text size="sm" c="dimmed" style={{ whiteSpace: "pre-line" }}>
                        {REASON_REQUIRED.has(step.to)
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
          (kindOf(target) === "advance"
            ? t("journey.advanceTitle", { status: label(target) })
            : t(`journey.${kindOf(target)}Title`))
        }
      >
        {target && (
          <TransitionForm
            key={target}
            projectId={project.id}
            version={project.version}
            from={project.status}
            to={target}
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
  to: ProjectStatus;
  onCancel: () => void;
  onDone: () => void;
  onReload: () => Promise<void>;
}

function TransitionForm({ projectId, version, from, to, onCancel, onDone, onReload }: FormProps) {
  const { t } = useTranslation(["projects", "enums", "common"]);
  const kind = kindOf(to);
  const reasonRequired = REASON_REQUIRED.has(to);
  const [transition, mutation] = useMutation(TransitionProjectMutation);
  // A refusal the reason field cannot fix. `reload`: the project changed or moved on (a conflict, whose
  // server message names who changed it and when; an illegal step): only reading it again helps.
  const [problem, setProblem] = useState<{ message: string; conflict: boolean; reload: boolean } | null>(null);
  const [reloading, setReloading] = useState(false);

  const form = useForm({
    mode: "controlled",
    initialValues: { reason: "" },
    validateInputOnChange: true,
    validate: { reason: (value) => validateReason(t, value, reasonRequired) },
  });

  const submit = form.onSubmit(
    async ({ reason }) => {
      setProblem(null);
      const { data } = await transition({
        variables: { input: { projectId, to, reason: reason.trim() || null, expectedVersion: version } },
      }).catch(() => ({ data: undefined }));
      const payload = data?.transitionProject;
      if (!payload) return; // network or server error: shown by <QueryErrorAlert> below
      switch (payload.__typename) {
        case "TransitionProjectSuccess":
          notifications.show({
            title: t("journey.doneTitle"),
            message: t("journey.done", { status: t(`enums:projectStatus.${to}`) }),
            color: "teal",
            closeButtonProps: { "aria-label": t("common:close") },
          });
          onDone();
          return;
        case "ProjectConflict":
          setProblem({
            message: projectErrorMessage(t, payload.code, payload.field, payload.message),
            conflict: true,
            reload: true,
          });
          return;
        case "ProjectInvalid":
          if (payload.field === "reason") {
            form.setFieldError("reason", projectErrorMessage(t, payload.code, payload.field, payload.message));
            form.getInputNode("reason")?.focus();
          } else {
            setProblem({
              message: projectErrorMessage(t, payload.code, payload.field, payload.message),
              conflict: false,
              reload: payload.code === "ILLEGAL_TRANSITION",
            });
          }
          return;
        case "ProjectNotAllowed":
          setProblem({
            message: projectErrorMessage(t, payload.code, payload.field, payload.message),
            conflict: false,
            reload: false,
          });
          return;
      }
    },
    () => form.getInputNode("reason")?.focus(),
  );

  const reload = async () => {
    setReloading(true);
    try {
      await onReload();
    } finally {
      setReloading(false);
    }
  };

  const confirmLabel =
    kind === "advance"
      ? t("journey.confirmAdvance", { status: t(`enums:projectStatus.${to}`) })
      : kind === "reject"
        ? t("journey.confirmReject")
        : t("journey.confirmAbandon");

  return (
    <form onSubmit={submit} noValidate>
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
          <Alert
            color={problem.conflict ? "orange" : "red"}
            title={problem.conflict ? t("journey.conflictTitle") : t("journey.failedTitle")}
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
                  {t("journey.reload")}
                </Button>
              )}
            </Stack>
          </Alert>
        )}
        {mutation.error && <QueryErrorAlert error={mutation.error} />}
        <Textarea
          label={reasonRequired ? t("journey.reasonLabel") : t("journey.commentLabel")}
          description={t("journey.reasonDescription", { length: form.values.reason.length, max: REASON_MAX_LENGTH })}
          required={reasonRequired}
          autosize
          minRows={3}
          maxRows={10}
          data-autofocus
          {...form.getInputProps("reason")}
        />
        <Group justify="flex-end">
          <Button variant="default" type="button" onClick={onCancel}>
            {t("journey.cancel")}
          </Button>
          <Button
            type="submit"
            color={kind === "advance" ? undefined : "red"}
            loading={mutation.loading}
            disabled={problem?.reload ?? false}
          >
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

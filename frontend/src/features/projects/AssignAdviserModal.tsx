import { Alert, Button, Group, Modal, NativeSelect, Stack, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { LoadingState } from "../../components/LoadingState";
import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { ProjectErrorFields } from "../../graphql/errors";
import { graphql } from "../../graphql/generated/gql";
import { placeAtField, useMutationOutcome } from "../../lib/mutation";

import { describeProjectError } from "./projectErrors";

/** The answer carries what the page shows of the adviser (« Projet », the next steps) and the version
 * the next edit sends: the cache updates them all. */
export const AssignProjectAdviserMutation = graphql(`
  mutation AssignProjectAdviser($input: AssignProjectAdviserInput!) {
    assignProjectAdviser(input: $input) {
      __typename
      ... on AssignProjectAdviserSuccess {
        project {
          id
          version
          adviser {
            id
            displayName
          }
          ...ProjectDetails_project
          ...ProjectJourney_project
        }
      }
      ...ProjectErrorFields
    }
  }
`);

export interface AssignableAdviser {
  id: string;
  displayName: string;
}

interface Props {
  opened: boolean;
  onClose: () => void;
  project: { id: string; name: string; version: number; adviser: AssignableAdviser | null };
  /** The region's active advisers (`Region.assignableAdvisers`); null while they load. */
  advisers: readonly AssignableAdviser[] | null;
  advisersError?: unknown;
  /** Reads the project again (after a conflict). */
  onReload: () => Promise<unknown>;
}

/** « Attribuer le conseiller »: one of the region's advisers follows the project. */
export function AssignAdviserModal({ opened, onClose, project, advisers, advisersError, onReload }: Props) {
  const { t } = useTranslation(["projects", "common"]);
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={project.adviser ? t("adviser.changeTitle") : t("adviser.assignTitle")}
      closeButtonProps={{ "aria-label": t("common:close") }}
    >
      {/* The Modal unmounts its content once closed: each opening starts a fresh form. */}
      <AssignAdviserForm
        project={project}
        advisers={advisers}
        advisersError={advisersError}
        onCancel={onClose}
        onDone={onClose}
        onReload={onReload}
      />
    </Modal>
  );
}

interface FormProps {
  project: Props["project"];
  advisers: Props["advisers"];
  advisersError?: unknown;
  onCancel: () => void;
  onDone: () => void;
  onReload: () => Promise<unknown>;
}

function AssignAdviserForm({ project, advisers, advisersError, onCancel, onDone, onReload }: FormProps) {
  const { t } = useTranslation(["projects", "common"]);
  const [assign, mutation] = useMutationOutcome(
    AssignProjectAdviserMutation,
    ProjectErrorFields,
    describeProjectError(t),
  );
  const [problem, setProblem] = useState<{ message: string; conflict: boolean } | null>(null);
  const [reloading, setReloading] = useState(false);
  const form = useForm({
    mode: "controlled",
    initialValues: { adviserId: project.adviser?.id ?? "" },
    validate: { adviserId: (value) => (value ? null : t("adviser.required")) },
  });

  const submit = form.onSubmit(
    async ({ adviserId }) => {
      setProblem(null);
      const outcome = await assign({
        variables: { input: { projectId: project.id, adviserId, expectedVersion: project.version } },
      });
      if (outcome.status === "failed") return; // network or server error: <QueryErrorAlert> below
      if (outcome.status === "done") {
        const name = outcome.result.project.adviser?.displayName ?? "";
        notifications.show({
          title: t("adviser.doneTitle"),
          message: t("adviser.done", { adviser: name, project: project.name }),
          color: "teal",
          closeButtonProps: { "aria-label": t("common:close") },
        });
        onDone();
        return;
      }
      const { refusal } = outcome;
      // ADVISER_NOT_IN_REGION names `adviserId`: the choice is what to change.
      if (placeAtField(form, refusal, (field) => (field === "adviserId" ? "adviserId" : null))) return;
      if (refusal.code === "ADVISER_NOT_IN_REGION") {
        form.setFieldError("adviserId", refusal.message);
        return;
      }
      setProblem({ message: refusal.message, conflict: refusal.kind === "conflict" });
    },
    () => form.getInputNode("adviserId")?.focus(),
  );

  const reload = async () => {
    setReloading(true);
    try {
      await onReload();
      onDone();
    } finally {
      setReloading(false);
    }
  };

  if (advisersError != null && !advisers) return <QueryErrorAlert error={advisersError} />;
  if (!advisers) return <LoadingState />;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text>{t("adviser.explanation", { project: project.name })}</Text>
        {problem && (
          <Alert
            color={problem.conflict ? "orange" : "red"}
            title={problem.conflict ? t("adviser.conflictTitle") : t("adviser.failedTitle")}
            role="alert"
          >
            <Stack gap="sm" align="flex-start">
              <span>{problem.message}</span>
              {problem.conflict && (
                <Button variant="outline" color="orange" onClick={() => void reload()} loading={reloading}>
                  {t("journey.reload")}
                </Button>
              )}
            </Stack>
          </Alert>
        )}
        {mutation.error && <QueryErrorAlert error={mutation.error} />}
        {advisers.length === 0 ? (
          <Alert color="orange" variant="light">
            {t("adviser.none")}
          </Alert>
        ) : (
          // A native list: the keyboard and screen readers know it, on a phone too.
          <NativeSelect
            label={t("adviser.field")}
            data={[
              { value: "", label: t("adviser.placeholder") },
              ...advisers.map((adviser) => ({ value: adviser.id, label: adviser.displayName })),
            ]}
            required
            data-autofocus
            {...form.getInputProps("adviserId")}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" type="button" onClick={onCancel}>
            {t("adviser.cancel")}
          </Button>
          <Button type="submit" loading={mutation.loading} disabled={advisers.length === 0 || problem?.conflict}>
            {t("adviser.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

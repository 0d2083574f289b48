import { Alert, Button, Group, Stack, Text, Title } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { type FormEvent, type ReactNode, useId, useState } from "react";
import { useTranslation } from "react-i18next";

import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { type ApiError, type MutationOutcome, placeAtField } from "../../lib/mutation";

import { isListPath } from "./projectErrors";

/** The lists of a project saved whole: their path in the form, and their labels (`team.<list>.*`). */
type ListName = "products" | "members";

interface Problem {
  message: string;
  conflict: boolean;
}

interface Options<List extends ListName, Row> {
  form: UseFormReturnType<Record<List, Row[]>>;
  list: List;
  /** The rows' fields: a refusal naming one of them is shown at its input. */
  rowKeys: readonly string[];
  /** Sends the whole list (`useMutationOutcome`'s function: a network or server error is the mutation's
   * error, which the form shows). */
  save: (rows: Row[]) => Promise<MutationOutcome<unknown, ApiError>>;
  onSaved: () => void;
  /** Reads the project again (after a conflict). */
  onReload: () => Promise<unknown>;
}

export interface ProjectListEdit {
  submit: (event?: FormEvent<HTMLFormElement>) => void;
  problem: Problem | null;
  reload: () => Promise<void>;
  reloading: boolean;
}

/** Saving a whole list of the project (its products, its coach and experts): an invalid row takes the
 * focus before anything is sent; a refusal about one field goes next to it, a conflict (the server's
 * message names who changed the project) or any other refusal in the form's alert. */
export function useProjectListEdit<List extends ListName, Row>({
  form,
  list,
  rowKeys,
  save,
  onSaved,
  onReload,
}: Options<List, Row>): ProjectListEdit {
  const { t } = useTranslation(["projects", "common"]);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [reloading, setReloading] = useState(false);
  // Widened: typed i18next checks a union of keys (`team.products.saved`…), not a generic one.
  const labels: ListName = list;

  const focusField = (field: string) => form.getInputNode(field)?.focus();

  const handle = (outcome: MutationOutcome<unknown, ApiError>, rows: number) => {
    if (outcome.status === "failed") return; // shown by <QueryErrorAlert> in the form
    if (outcome.status === "done") {
      notifications.show({
        title: t(`team.${labels}.savedTitle`),
        message: t(`team.${labels}.saved`),
        color: "teal",
        closeButtonProps: { "aria-label": t("common:close") },
      });
      onSaved();
      return;
    }
    const { refusal } = outcome;
    if (placeAtField(form, refusal, (field) => isListPath(field, list, rows, rowKeys))) return;
    setProblem({ message: refusal.message, conflict: refusal.kind === "conflict" });
  };

  const submit = form.onSubmit(
    async (values) => {
      setProblem(null);
      const rows = values[list];
      handle(await save(rows), rows.length);
    },
    (errors) => {
      const first = Object.keys(errors)[0];
      if (first) focusField(first);
    },
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

  return { submit, problem, reload, reloading };
}

interface FormProps {
  list: ListName;
  edit: ProjectListEdit;
  /** The save mutation's state: its spinner, and a network or server error. */
  mutation: { loading: boolean; error?: Error };
  rowCount: number;
  max: number;
  /** An error about the whole list (« un seul coach »), under its rows. */
  listError: ReactNode;
  onAdd: () => void;
  onCancel: () => void;
  /** One fieldset per row. */
  children: ReactNode;
}

/** The form around a list's rows: its heading and alerts, « Ajouter » up to the limit, save and cancel. */
export function ProjectListForm({
  list,
  edit,
  mutation,
  rowCount,
  max,
  listError,
  onAdd,
  onCancel,
  children,
}: FormProps) {
  const { t } = useTranslation("projects");
  const headingId = useId();
  const full = rowCount >= max;
  return (
    <form onSubmit={edit.submit} noValidate aria-labelledby={headingId}>
      <Stack gap="md">
        <Title order={3} size="h4" id={headingId}>
          {t(`team.${list}.formHeading`)}
        </Title>
        {edit.problem && (
          <ListProblemAlert
            problem={edit.problem}
            failedTitle={t(`team.${list}.failedTitle`)}
            reloading={edit.reloading}
            onReload={() => void edit.reload()}
          />
        )}
        {mutation.error && <QueryErrorAlert error={mutation.error} />}
        {rowCount === 0 && <Text>{t(`team.${list}.emptyForm`)}</Text>}
        {children}
        {typeof listError === "string" && (
          <Text c="red" size="sm" role="alert">
            {listError}
          </Text>
        )}
        <Group>
          <Button variant="default" onClick={onAdd} disabled={full}>
            {t(`team.${list}.add`)}
          </Button>
          {full && (
            <Text size="sm" c="dimmed">
              {t(`team.${list}.max`, { max })}
            </Text>
          )}
        </Group>
        <Group>
          <Button type="submit" loading={mutation.loading} disabled={edit.problem?.conflict ?? false}>
            {t(`team.${list}.submit`)}
          </Button>
          <Button variant="default" type="button" onClick={onCancel}>
            {t("team.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface ProblemProps {
  problem: Problem;
  failedTitle: string;
  reloading: boolean;
  onReload: () => void;
}

/** The refusal of a list: « modifié entre-temps » with a way to read the project again, or refused. */
function ListProblemAlert({ problem, failedTitle, reloading, onReload }: ProblemProps) {
  const { t } = useTranslation("projects");
  return (
    <Alert
      color={problem.conflict ? "orange" : "red"}
      title={problem.conflict ? t("edit.conflictTitle") : failedTitle}
      role="alert"
    >
      <Stack gap="sm" align="flex-start">
        <span>{problem.message}</span>
        {problem.conflict && (
          <Button variant="outline" color="orange" onClick={onReload} loading={reloading}>
            {t("edit.reload")}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

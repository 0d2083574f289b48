import { Alert, Button, Stack } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import type { ProjectErrorCode } from "../../graphql/generated/graphql";

import { projectErrorMessage } from "./projectErrors";

/** What `setProjectProducts` and `setProjectTeam` answer (`ProjectEditPayload`). */
type EditPayload =
  | { __typename: "ProjectEditSuccess" }
  | {
      __typename: "ProjectInvalid" | "ProjectConflict" | "ProjectNotAllowed";
      field?: string | null;
      code: ProjectErrorCode;
      message: string;
    };

interface Handlers {
  /** Whether the server's field names an input of the form (then its error is shown there). */
  isFormPath: (field: string | null | undefined) => field is string;
  /** Shows the error at the input, and takes the focus there. */
  setFieldError: (field: string, message: string) => void;
  savedTitle: string;
  saved: string;
  onSaved: () => void;
}

/** Saving a whole list of the project (its products, its coach and experts): a refusal about one
 * field goes next to it, a conflict (the server's message names who changed the project) or any other
 * refusal in the form's alert. */
export function useProjectListEdit(onReload: () => Promise<unknown>) {
  const { t } = useTranslation(["projects", "common"]);
  const [problem, setProblem] = useState<{ message: string; conflict: boolean } | null>(null);
  const [reloading, setReloading] = useState(false);

  const handle = (payload: EditPayload, handlers: Handlers) => {
    if (payload.__typename === "ProjectEditSuccess") {
      notifications.show({
        title: handlers.savedTitle,
        message: handlers.saved,
        color: "teal",
        closeButtonProps: { "aria-label": t("common:close") },
      });
      handlers.onSaved();
      return;
    }
    const message = projectErrorMessage(t, payload.code, payload.field, payload.message);
    if (payload.__typename === "ProjectInvalid" && handlers.isFormPath(payload.field)) {
      handlers.setFieldError(payload.field, message);
      return;
    }
    setProblem({ message, conflict: payload.__typename === "ProjectConflict" });
  };

  const reload = async () => {
    setReloading(true);
    try {
      await onReload();
      setProblem(null);
    } finally {
      setReloading(false);
    }
  };

  return { problem, clearProblem: () => setProblem(null), handle, reload, reloading };
}

interface ProblemProps {
  problem: { message: string; conflict: boolean };
  failedTitle: string;
  reloading: boolean;
  onReload: () => void;
}

/** The refusal of a list: « modifié entre-temps » with a way to read the project again, or refused. */
export function ListProblemAlert({ problem, failedTitle, reloading, onReload }: ProblemProps) {
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

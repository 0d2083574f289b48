import { useQuery } from "@apollo/client/react";
import { Button, Fieldset, Group, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { randomId } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

import { LoadingState } from "../../components/LoadingState";
import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { SourcingErrorFields } from "../../graphql/errors";
import { type FragmentType, useFragment } from "../../graphql/generated/fragment-masking";
import { graphql } from "../../graphql/generated/gql";
import { placeAtField, useMutationOutcome } from "../../lib/mutation";

import { SourcingProblemAlert } from "./SourcingProblemAlert";
import {
  MAX_STAGES,
  type SourcingProblem,
  TEXT_MAX_LENGTH,
  describeSourcingError,
  sourcingErrorMessage,
  sourcingProblem,
  validateText,
} from "./supplyChainErrors";

export const StagesEditorFragment = graphql(`
  fragment StagesEditor_stage on SupplyChainStage {
    id
    name
    needs
    candidates {
      id
    }
  }
`);

/** The stages a chain starts from (« Matière première » … « Distribution »), offered when it has none. */
export const DefaultSupplyChainStagesQuery = graphql(`
  query DefaultSupplyChainStages {
    defaultSupplyChainStages
  }
`);

/** The answer carries the chain as the board shows it, and the project's new version. */
export const SetSupplyChainStagesMutation = graphql(`
  mutation SetSupplyChainStages($input: SetSupplyChainStagesInput!) {
    setSupplyChainStages(input: $input) {
      __typename
      ... on SupplyChainSuccess {
        project {
          id
          version
          supplyChain {
            indicators {
              ...SupplyChainIndicators_indicators
            }
            stages {
              id
              ...SupplyChainBoard_stage
              ...StagesEditor_stage
            }
          }
        }
      }
      ...SourcingErrorFields
    }
  }
`);

interface StageRow {
  /** React key of the row (rows are added, removed and moved). Not sent. */
  key: string;
  /** The stage's id; null for a new one. */
  id: string | null;
  name: string;
  needs: string;
  /** Suppliers considered at this stage: a stage that has some cannot be removed. Not sent. */
  candidates: number;
}

const row = (name = "", needs = "", id: string | null = null, candidates = 0): StageRow => ({
  key: randomId(),
  id,
  name,
  needs,
  candidates,
});

/** The server's way of comparing names: spaces collapsed, case folded. */
const folded = (name: string) => name.trim().split(/\s+/).join(" ").toLocaleLowerCase("fr-FR");

/** Whether the server's path names an input of the form: the list (`stages`), or a field of one of
 * its rows (`stages.2.name` while the form has 3 rows). */
export function isStagePath(field: string | null | undefined, rows: number): field is string {
  if (field === "stages") return true;
  const match = field ? /^stages\.(\d+)\.(name|needs)$/.exec(field) : null;
  return match !== null && Number(match[1]) < rows;
}

interface Props {
  projectId: string;
  /** The project's version, sent as `expectedVersion`. */
  version: number;
  stages: readonly FragmentType<typeof StagesEditorFragment>[];
  onCancel: () => void;
  onSaved: () => void;
  /** Reads the chain again (after a conflict): the form then starts from it. */
  onReload: () => Promise<unknown>;
}

/** « Modifier les étapes »: the chain's stages from upstream to downstream, saved whole. A chain with no
 * stage starts from the default ones. */
export function StagesEditor(props: Props) {
  const stages = useFragment(StagesEditorFragment, props.stages);
  const defaults = useQuery(DefaultSupplyChainStagesQuery, { skip: stages.length > 0 });

  if (stages.length === 0) {
    if (defaults.error && !defaults.data) {
      return <QueryErrorAlert error={defaults.error} onRetry={() => void defaults.refetch()} />;
    }
    if (!defaults.data) return <LoadingState />;
  }
  const initial =
    stages.length > 0
      ? stages.map((stage) => row(stage.name, stage.needs, stage.id, stage.candidates.length))
      : (defaults.data?.defaultSupplyChainStages ?? []).map((name) => row(name));

  return (
    <StagesForm
      // The form starts afresh when the chain read changes (read again after a conflict).
      key={JSON.stringify(stages)}
      {...props}
      initial={initial}
      fromDefaults={stages.length === 0}
    />
  );
}

function StagesForm({
  projectId,
  version,
  initial,
  fromDefaults,
  onCancel,
  onSaved,
  onReload,
}: Omit<Props, "stages"> & { initial: StageRow[]; fromDefaults: boolean }) {
  const { t } = useTranslation(["supplyChain", "common"]);
  const [save, mutation] = useMutationOutcome(
    SetSupplyChainStagesMutation,
    SourcingErrorFields,
    describeSourcingError(t),
  );
  const [problem, setProblem] = useState<SourcingProblem | null>(null);
  const [reloading, setReloading] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  // After a move the row's button has left its place in the page: it takes the focus back.
  // (A new object each time: moving the same row twice focuses it twice.)
  const [focusAfterMove, setFocusAfterMove] = useState<{ id: string } | null>(null);
  useEffect(() => {
    if (focusAfterMove) document.getElementById(focusAfterMove.id)?.focus();
  }, [focusAfterMove]);

  const form = useForm<{ stages: StageRow[] }>({
    mode: "controlled",
    initialValues: { stages: initial },
    validateInputOnChange: true,
    validate: {
      stages: {
        name: (value, values, path) => {
          const error = validateText(t, value, "stageName", true);
          if (error) return error;
          const index = Number(path.split(".")[1]);
          const earlier = values.stages.slice(0, index).map((stage) => folded(stage.name));
          return earlier.includes(folded(value)) ? sourcingErrorMessage(t, "DUPLICATE_NAME", path) : null;
        },
        needs: (value) => validateText(t, value, "stageNeeds", false),
      },
    },
  });
  const rows = form.values.stages;

  const move = (from: number, to: number, button: "up" | "down") => {
    const key = rows[from]?.key;
    form.reorderListItem("stages", { from, to });
    // At the top (or bottom) its « Monter » (« Descendre ») is disabled: the other button takes the focus.
    const side =
      (button === "up" && to === 0) || (button === "down" && to === rows.length - 1) ? other(button) : button;
    if (key) setFocusAfterMove({ id: `${key}-${side}` });
  };

  const submit = form.onSubmit(
    async (values) => {
      setProblem(null);
      const outcome = await save({
        variables: {
          input: {
            projectId,
            expectedVersion: version,
            stages: values.stages.map((stage) => ({
              id: stage.id,
              name: stage.name.trim(),
              needs: stage.needs.trim(),
            })),
          },
        },
      });
      if (outcome.status === "failed") return; // network or server error: shown by <QueryErrorAlert> below
      if (outcome.status === "done") {
        notifications.show({
          title: t("editor.savedTitle"),
          message: t("editor.saved"),
          color: "teal",
          closeButtonProps: { "aria-label": t("common:close") },
        });
        onSaved();
        return;
      }
      const { refusal } = outcome;
      if (placeAtField(form, refusal, (field) => isStagePath(field, values.stages.length))) return;
      setProblem(sourcingProblem(refusal));
    },
    (errors) => {
      const first = Object.keys(errors)[0];
      if (first) form.getInputNode(first)?.focus();
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

  const listError = form.errors["stages"];

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">{fromDefaults ? t("editor.defaultsIntro") : t("editor.intro")}</Text>
        {problem && (
          <SourcingProblemAlert
            problem={problem}
            failedTitle={t("editor.failedTitle")}
            conflictTitle={t("editor.conflictTitle")}
            reload={{ label: t("editor.reload"), loading: reloading, onReload: () => void reload() }}
          />
        )}
        {mutation.error && <QueryErrorAlert error={mutation.error} />}
        {rows.length === 0 && <Text>{t("editor.emptyForm")}</Text>}
        {rows.map((stage, index) => (
          <Fieldset key={stage.key} legend={t("editor.row", { n: index + 1 })}>
            <Stack gap="sm">
              <TextInput label={t("editor.name")} required {...form.getInputProps(`stages.${index}.name`)} />
              <Textarea
                label={t("editor.needs")}
                description={t("editor.needsDescription", { length: stage.needs.length, max: TEXT_MAX_LENGTH })}
                autosize
                minRows={2}
                maxRows={6}
                {...form.getInputProps(`stages.${index}.needs`)}
              />
              <Group gap="xs">
                <Button
                  id={`${stage.key}-up`}
                  variant="default"
                  size="compact-sm"
                  aria-label={t("editor.moveUp", { n: index + 1 })}
                  disabled={index === 0}
                  onClick={() => move(index, index - 1, "up")}
                >
                  {t("editor.up")}
                </Button>
                <Button
                  id={`${stage.key}-down`}
                  variant="default"
                  size="compact-sm"
                  aria-label={t("editor.moveDown", { n: index + 1 })}
                  disabled={index === rows.length - 1}
                  onClick={() => move(index, index + 1, "down")}
                >
                  {t("editor.down")}
                </Button>
                <Button
                  variant="subtle"
                  color="red"
                  size="compact-sm"
                  aria-label={t("editor.removeRow", { n: index + 1 })}
                  disabled={stage.candidates > 0}
                  onClick={() => {
                    form.removeListItem("stages", index);
                    addButton.current?.focus();
                  }}
                >
                  {t("editor.remove")}
                </Button>
              </Group>
              {stage.candidates > 0 && (
                <Text size="sm" c="dimmed">
                  {t("editor.notEmpty", { count: stage.candidates })}
                </Text>
              )}
            </Stack>
          </Fieldset>
        ))}
        {typeof listError === "string" && (
          <Text c="red" size="sm" role="alert">
            {listError}
          </Text>
        )}
        <Group>
          <Button
            ref={addButton}
            variant="default"
            onClick={() => form.insertListItem("stages", row())}
            disabled={rows.length >= MAX_STAGES}
          >
            {t("editor.add")}
          </Button>
          {rows.length >= MAX_STAGES && (
            <Text size="sm" c="dimmed">
              {t("editor.max", { max: MAX_STAGES })}
            </Text>
          )}
        </Group>
        <Group justify="flex-end">
          <Button variant="default" type="button" onClick={onCancel}>
            {t("editor.cancel")}
          </Button>
          <Button type="submit" loading={mutation.loading} disabled={problem?.conflict ?? false}>
            {t("editor.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function other(button: "up" | "down"): "up" | "down" {
  return button === "up" ? "down" : "up";
}

import { Alert, Button, Group, Radio, Stack, Table, Text, Textarea, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import type { TFunction } from "i18next";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { ProjectErrorFields } from "../../graphql/errors";
import { type FragmentType, useFragment } from "../../graphql/generated/fragment-masking";
import { graphql } from "../../graphql/generated/gql";
import type { ProjectErrorCode } from "../../graphql/generated/graphql";
import limits from "../../graphql/inputLimits.json";
import { formatDayOf } from "../../lib/dates";
import { useMutationOutcome } from "../../lib/mutation";

import { projectErrorMessage } from "./projectErrors";

/** The API's limit on the comment (`graphql/inputLimits.json`). */
export const GRID_COMMENT_MAX_LENGTH = limits.selection.comment;

export const SelectionGridFragment = graphql(`
  fragment SelectionGrid_project on Project {
    id
    viewerCanEdit
    selectionScore {
      total
      comment
      scoredAt
      scoredBy
      scores {
        criterion
        points
      }
    }
  }
`);

export const ScoreCandidateMutation = graphql(`
  mutation ScoreCandidate($input: ScoreCandidateInput!) {
    scoreCandidate(input: $input) {
      __typename
      ... on ScoreCandidateSuccess {
        score {
          total
          comment
          scoredAt
          scoredBy
          scores {
            criterion
            points
          }
        }
      }
      ...ProjectErrorFields
    }
  }
`);

export interface Criterion {
  key: string;
  label: string;
  maxPoints: number;
}

interface Values {
  /** Points by criterion key, as the radio groups hold them ("" while not scored). */
  scores: Record<string, string>;
  comment: string;
}

type T = TFunction<"projects">;

/** The grid's wording for what a scorer can fix; the shared project messages otherwise. */
function gridErrorMessage(t: T, code: ProjectErrorCode, field: string | null, serverMessage: string) {
  if (code === "REQUIRED" && field?.startsWith("scores.")) return t("candidates.grid.required");
  if (code === "REQUIRED" && field === "scores") return t("candidates.grid.requiredAll");
  if (code === "TOO_LONG" && field === "comment") return t("candidates.grid.tooLong", { max: GRID_COMMENT_MAX_LENGTH });
  return projectErrorMessage(t, code, field, serverMessage);
}

function pointsOf(points: string): number | null {
  return points === "" ? null : Number(points);
}

interface Props {
  project: FragmentType<typeof SelectionGridFragment>;
  criteria: readonly Criterion[];
}

/** « Grille de sélection »: five criteria scored from 0 to 4, a total out of 20, a comment. The
 * total orders the candidates; the decision itself is taken apart. */
export function SelectionGrid(props: Props) {
  const { t } = useTranslation(["projects", "common"]);
  const project = useFragment(SelectionGridFragment, props.project);
  const { criteria } = props;
  const score = project.selectionScore;
  const max = criteria.reduce((sum, criterion) => sum + criterion.maxPoints, 0);
  const [problem, setProblem] = useState<string | null>(null);

  const [scoreCandidate, mutation] = useMutationOutcome(ScoreCandidateMutation, ProjectErrorFields, (error) =>
    gridErrorMessage(t, error.code, error.field, error.message),
  );

  const form = useForm<Values>({
    mode: "controlled",
    initialValues: {
      scores: Object.fromEntries(
        criteria.map((criterion) => {
          const points = score?.scores.find((s) => s.criterion === criterion.key)?.points;
          return [criterion.key, points === undefined ? "" : String(points)];
        }),
      ),
      comment: score?.comment ?? "",
    },
    validateInputOnChange: true,
    validate: (values) => {
      const errors: Record<string, string> = {};
      for (const criterion of criteria) {
        if (values.scores[criterion.key] === "") errors[`scores.${criterion.key}`] = t("candidates.grid.required");
      }
      if (values.comment.trim().length > GRID_COMMENT_MAX_LENGTH) {
        errors["comment"] = t("candidates.grid.tooLong", { max: GRID_COMMENT_MAX_LENGTH });
      }
      return errors;
    },
  });

  /** Radio groups are not inputs: focus their first radio. */
  const focusField = (path: string) => {
    const node = form.getInputNode(path);
    (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement
      ? node
      : node?.querySelector<HTMLInputElement>("input")
    )?.focus();
  };

  const total = criteria.reduce((sum, criterion) => sum + (pointsOf(form.values.scores[criterion.key] ?? "") ?? 0), 0);

  const submit = form.onSubmit(
    async (values) => {
      setProblem(null);
      const outcome = await scoreCandidate({
        variables: {
          input: {
            projectId: project.id,
            scores: criteria.map((criterion) => ({
              criterion: criterion.key,
              points: Number(values.scores[criterion.key]),
            })),
            comment: values.comment.trim(),
          },
        },
        // The score has no id of its own: it is written on its project, where the list and the grid read it.
        updateCache(cache, { score: saved }) {
          cache.modify({
            id: cache.identify({ __typename: "Project", id: project.id }),
            fields: { selectionScore: () => saved },
          });
        },
      });
      if (outcome.status === "failed") return; // network or server error: shown by <QueryErrorAlert> below
      if (outcome.status === "done") {
        notifications.show({
          title: t("candidates.grid.savedTitle"),
          message: t("candidates.grid.saved", { total: outcome.result.score.total, max }),
          color: "teal",
          closeButtonProps: { "aria-label": t("common:close") },
        });
        return;
      }
      const { kind, field, message } = outcome.refusal;
      const onForm =
        kind === "invalid" &&
        (field === "comment" ||
          (field?.startsWith("scores.") && criteria.some((criterion) => `scores.${criterion.key}` === field)));
      // Radio groups are not inputs: `focusField` finds their first radio (hence not `placeAtField`).
      if (onForm && field) {
        form.setFieldError(field, message);
        focusField(field);
      } else {
        setProblem(message);
      }
    },
    (errors) => {
      const first = Object.keys(errors)[0];
      if (first) focusField(first);
    },
  );

  return (
    <Stack gap="sm" component="section" aria-labelledby={`grille-${project.id}`}>
      <Title order={3} size="h4" id={`grille-${project.id}`}>
        {t("candidates.grid.heading")}
      </Title>
      <Text size="sm">
        {score
          ? t("candidates.grid.scoredBy", {
              total: score.total,
              max,
              person: score.scoredBy,
              date: formatDayOf(score.scoredAt) ?? score.scoredAt,
            })
          : t("candidates.grid.notScored")}
      </Text>

      {!project.viewerCanEdit ? (
        <ReadOnlyGrid criteria={criteria} score={score} max={max} t={t} />
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Text size="sm" c="dimmed">
              {t("candidates.grid.scale", { max: criteria[0]?.maxPoints ?? 4 })}
            </Text>
            {problem && (
              <Alert color="red" title={t("candidates.grid.failedTitle")} role="alert">
                {problem}
              </Alert>
            )}
            {mutation.error && <QueryErrorAlert error={mutation.error} />}
            {criteria.map((criterion) => (
              <Radio.Group
                key={criterion.key}
                label={criterion.label}
                required
                {...form.getInputProps(`scores.${criterion.key}`)}
              >
                <Group gap="lg" mt={6}>
                  {Array.from({ length: criterion.maxPoints + 1 }, (_, points) => (
                    <Radio key={points} value={String(points)} label={String(points)} />
                  ))}
                </Group>
              </Radio.Group>
            ))}
            <Text fw={700} aria-live="polite">
              {t("candidates.grid.total", { total, max })}
            </Text>
            <Textarea
              label={t("candidates.grid.comment")}
              description={t("candidates.grid.counter", {
                length: form.values.comment.length,
                max: GRID_COMMENT_MAX_LENGTH,
              })}
              autosize
              minRows={2}
              maxRows={8}
              {...form.getInputProps("comment")}
            />
            <Group>
              <Button type="submit" loading={mutation.loading}>
                {t("candidates.grid.submit")}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}

interface ReadOnlyProps {
  criteria: readonly Criterion[];
  score:
    { total: number; comment: string; scores: readonly { criterion: string; points: number }[] } | null | undefined;
  max: number;
  t: T;
}

function ReadOnlyGrid({ criteria, score, max, t }: ReadOnlyProps) {
  if (!score) return null;
  return (
    <Stack gap="xs">
      <Table withTableBorder>
        <Table.Tbody>
          {criteria.map((criterion) => {
            const points = score.scores.find((s) => s.criterion === criterion.key)?.points;
            return (
              <Table.Tr key={criterion.key}>
                <Table.Th scope="row" fw="normal">
                  {criterion.label}
                </Table.Th>
                <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                  {points === undefined ? "—" : t("candidates.grid.points", { points, max: criterion.maxPoints })}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <Text fw={700}>{t("candidates.grid.total", { total: score.total, max })}</Text>
      {score.comment.trim() && (
        <Text size="sm" style={{ whiteSpace: "pre-line" }}>
          {t("candidates.grid.savedComment", { comment: score.comment })}
        </Text>
      )}
    </Stack>
  );
}

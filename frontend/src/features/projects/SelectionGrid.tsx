import { Alert, Button, Group, List, Radio, Stack, Table, Text, Textarea, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import type { TFunction } from "i18next";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { ProjectErrorFields } from "../../graphql/errors";
import { type FragmentType, useFragment } from "../../graphql/generated/fragment-masking";
import { graphql } from "../../graphql/generated/gql";
import type { ProjectErrorCode, SelectionGrid_ProjectFragment } from "../../graphql/generated/graphql";
import limits from "../../graphql/inputLimits.json";
import { formatDayOf } from "../../lib/dates";
import { useMutationOutcome } from "../../lib/mutation";
import { formatNumber } from "../../lib/numbers";

import { projectErrorMessage } from "./projectErrors";

/** The API's limit on the comment (`graphql/inputLimits.json`). */
export const GRID_COMMENT_MAX_LENGTH = limits.selection.comment;

export const SelectionGridFragment = graphql(`
  fragment SelectionGrid_project on Project {
    id
    viewerCanEdit
    selectionReview {
      count
      average
      lowest
      highest
      criteria {
        criterion
        average
        lowest
        highest
      }
      scores {
        scoredBy
        scoredAt
        byViewer
        total
        comment
        scores {
          criterion
          points
        }
      }
      viewerScore {
        scoredAt
        total
        comment
        scores {
          criterion
          points
        }
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
        }
        # The committee's scores, average and spread as they are now: the list and the grid read them.
        project {
          id
          ...SelectionGrid_project
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

type Review = NonNullable<SelectionGrid_ProjectFragment["selectionReview"]>;

/** « 12,5 »: averages to one decimal, as the committee reads them. */
function average(value: number): string {
  return formatNumber(value, 1);
}

interface Props {
  project: FragmentType<typeof SelectionGridFragment>;
  criteria: readonly Criterion[];
}

/** « Grille de sélection »: each member of the region's team scores the candidate on five criteria
 * (0 to 4, a total out of 20, a comment) on their own, and reads the committee's scores beside theirs. The
 * committee's average orders the candidates; the decision itself is taken apart. */
export function SelectionGrid(props: Props) {
  const { t } = useTranslation(["projects", "common"]);
  const project = useFragment(SelectionGridFragment, props.project);
  const { criteria } = props;
  const review = project.selectionReview;
  const max = criteria.reduce((sum, criterion) => sum + criterion.maxPoints, 0);

  return (
    <Stack gap="md" component="section" aria-labelledby={`grille-${project.id}`}>
      <Title order={3} size="h4" id={`grille-${project.id}`}>
        {t("candidates.grid.heading")}
      </Title>
      <Text size="sm">
        {review
          ? t("candidates.grid.committeeSummary", {
              count: review.count,
              average: average(review.average),
              lowest: review.lowest,
              highest: review.highest,
              max,
            })
          : t("candidates.grid.notScored")}
      </Text>
      {project.viewerCanEdit && <MyScore projectId={project.id} review={review} criteria={criteria} max={max} />}
      {review && <CommitteeScores projectId={project.id} review={review} criteria={criteria} max={max} />}
    </Stack>
  );
}

interface MyScoreProps {
  projectId: string;
  review: Review | null | undefined;
  criteria: readonly Criterion[];
  max: number;
}

/** « Ma note »: the viewer's own grid, filled in with their last score; saving rewrites it, never another
 * member's. */
function MyScore({ projectId, review, criteria, max }: MyScoreProps) {
  const { t } = useTranslation(["projects", "common"]);
  const mine = review?.viewerScore;
  const [problem, setProblem] = useState<string | null>(null);

  const [scoreCandidate, mutation] = useMutationOutcome(ScoreCandidateMutation, ProjectErrorFields, (error) =>
    gridErrorMessage(t, error.code, error.field, error.message),
  );

  const form = useForm<Values>({
    mode: "controlled",
    initialValues: {
      scores: Object.fromEntries(
        criteria.map((criterion) => {
          const points = mine?.scores.find((s) => s.criterion === criterion.key)?.points;
          return [criterion.key, points === undefined ? "" : String(points)];
        }),
      ),
      comment: mine?.comment ?? "",
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
      // The answer carries the project with the committee's scores: the cache updates the list and the grid.
      const outcome = await scoreCandidate({
        variables: {
          input: {
            projectId,
            scores: criteria.map((criterion) => ({
              criterion: criterion.key,
              points: Number(values.scores[criterion.key]),
            })),
            comment: values.comment.trim(),
          },
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
    <Stack gap="sm" component="section" aria-labelledby={`ma-note-${projectId}`}>
      <Title order={4} size="h5" id={`ma-note-${projectId}`}>
        {t("candidates.grid.mine")}
      </Title>
      <Text size="sm">
        {mine
          ? t("candidates.grid.mineScored", {
              total: mine.total,
              max,
              date: formatDayOf(mine.scoredAt) ?? mine.scoredAt,
            })
          : t("candidates.grid.mineNotScored")}
      </Text>
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
              {mine ? t("candidates.grid.resubmit") : t("candidates.grid.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

interface CommitteeProps {
  projectId: string;
  review: Review;
  criteria: readonly Criterion[];
  max: number;
}

/** « Notes du comité »: who scored what — one column per member, criteria in rows, then the average and
 * the spread — and their comments. */
function CommitteeScores({ projectId, review, criteria, max }: CommitteeProps) {
  const { t } = useTranslation("projects");
  const spreadOf = (criterion: string) => review.criteria.find((c) => c.criterion === criterion);
  const spread = (lowest: number, highest: number) =>
    lowest === highest ? String(lowest) : t("candidates.grid.spreadValue", { lowest, highest });
  const commented = review.scores.filter((score) => score.comment.trim());
  const member = (score: Review["scores"][number]) =>
    score.byViewer ? t("candidates.grid.you", { person: score.scoredBy }) : score.scoredBy;

  return (
    <Stack gap="sm" component="section" aria-labelledby={`notes-du-comite-${projectId}`}>
      <Title order={4} size="h5" id={`notes-du-comite-${projectId}`}>
        {t("candidates.grid.committee")}
      </Title>
      <Table.ScrollContainer minWidth={360 + review.scores.length * 110}>
        <Table withTableBorder captionSide="top" verticalSpacing="xs">
          <Table.Caption ta="left">{t("candidates.grid.committeeCaption", { count: review.count })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("candidates.grid.criterion")}</Table.Th>
              {review.scores.map((score, index) => (
                <Table.Th scope="col" ta="right" key={`${index}-${score.scoredBy}`}>
                  {member(score)}
                </Table.Th>
              ))}
              <Table.Th scope="col" ta="right">
                {t("candidates.grid.averageColumn")}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t("candidates.grid.spreadColumn")}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {criteria.map((criterion) => {
              const committee = spreadOf(criterion.key);
              return (
                <Table.Tr key={criterion.key}>
                  <Table.Th scope="row" fw="normal">
                    {criterion.label}
                  </Table.Th>
                  {review.scores.map((score, index) => {
                    const points = score.scores.find((s) => s.criterion === criterion.key)?.points;
                    return (
                      <Table.Td ta="right" key={`${index}-${score.scoredBy}`} style={{ whiteSpace: "nowrap" }}>
                        {points === undefined ? "—" : t("candidates.grid.points", { points, max: criterion.maxPoints })}
                      </Table.Td>
                    );
                  })}
                  <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                    {committee ? average(committee.average) : "—"}
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                    {committee ? spread(committee.lowest, committee.highest) : "—"}
                  </Table.Td>
                </Table.Tr>
              );
            })}
            <Table.Tr fw={700}>
              <Table.Th scope="row">{t("candidates.grid.totalRow")}</Table.Th>
              {review.scores.map((score, index) => (
                <Table.Td ta="right" key={`${index}-${score.scoredBy}`} style={{ whiteSpace: "nowrap" }}>
                  {t("candidates.grid.points", { points: score.total, max })}
                </Table.Td>
              ))}
              <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                {t("candidates.grid.points", { points: average(review.average), max })}
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                {spread(review.lowest, review.highest)}
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row" fw="normal">
                {t("candidates.grid.scoredOn")}
              </Table.Th>
              {review.scores.map((score, index) => (
                <Table.Td ta="right" key={`${index}-${score.scoredBy}`} style={{ whiteSpace: "nowrap" }}>
                  {formatDayOf(score.scoredAt) ?? score.scoredAt}
                </Table.Td>
              ))}
              <Table.Td />
              <Table.Td />
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {commented.length > 0 && (
        <div>
          <Text fw={600} id={`appreciations-${projectId}`}>
            {t("candidates.grid.comments")}
          </Text>
          <List aria-labelledby={`appreciations-${projectId}`} spacing="xs" listStyleType="none" pl={0}>
            {commented.map((score, index) => (
              <List.Item key={`${index}-${score.scoredBy}`}>
                <Text size="sm" fw={600} component="span">
                  {t("candidates.grid.commentBy", {
                    person: member(score),
                    date: formatDayOf(score.scoredAt) ?? score.scoredAt,
                  })}
                </Text>{" "}
                <Text size="sm" component="span" style={{ whiteSpace: "pre-line" }}>
                  {score.comment}
                </Text>
              </List.Item>
            ))}
          </List>
        </div>
      )}
    </Stack>
  );
}

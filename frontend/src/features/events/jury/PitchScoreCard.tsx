import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  NumberInput,
  Slider,
  Stack,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { EventErrorFields } from "../../../graphql/errors";
import limits from "../../../graphql/inputLimits.json";
import { useMutationOutcome } from "../../../lib/mutation";
import { eventErrorMessage } from "../eventErrors";

import { MyJuryEventsQuery, ScorePitchMutation } from "./juryQueries";
import {
  cardState,
  type Criterion,
  isValidScore,
  MAX_SCORE,
  MIN_SCORE,
  missingCriteria,
  SCORE_STEP,
  type Values,
  weightedScore,
} from "./scoring";

export interface ScoredPitch {
  id: string;
  order: number;
  project: { name: string; summary: string; company: { name: string } } | null;
}

export interface SavedCard {
  abstained: boolean;
  comment: string;
  scores: { criterionId: string; value: number }[];
}

interface Props {
  pitch: ScoredPitch;
  criteria: (Criterion & { description: string })[];
  card: SavedCard | undefined;
  locked: boolean;
}

/** One pitch on the juror's phone: the project's card, a slider and a number per criterion, a comment,
 * « Conflit d'intérêts » (confirmed: it is final), and whether the card is saved. */
export function PitchScoreCard({ pitch, criteria, card, locked }: Props) {
  const { t } = useTranslation("events");
  const initial: Values = Object.fromEntries(
    criteria.map((c) => [c.id, card?.scores.find((s) => s.criterionId === c.id)?.value ?? null]),
  );
  const [values, setValues] = useState<Values>(initial);
  const [comment, setComment] = useState(card?.comment ?? "");
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [confirming, confirm] = useDisclosure(false);
  const [send, { loading }] = useMutationOutcome(ScorePitchMutation, EventErrorFields, (error) =>
    eventErrorMessage(t, error.code, error.message),
  );
  const state = cardState(card);
  const titleId = `pitch-${pitch.id}`;
  const disabled = locked || state === "abstained";

  async function save(abstain: boolean) {
    setProblem(null);
    setSaved(false);
    if (!abstain) {
      const missing = missingCriteria(criteria, values);
      if (missing[0]) {
        setProblem(t("scoring.missing", { name: missing[0].name }));
        return;
      }
    }
    const outcome = await send({
      variables: {
        input: {
          pitchId: pitch.id,
          abstain,
          comment,
          scores: abstain ? [] : criteria.map((c) => ({ criterionId: c.id, value: values[c.id] ?? 0 })),
        },
      },
      refetchQueries: [{ query: MyJuryEventsQuery }],
      awaitRefetchQueries: true,
    });
    confirm.close();
    if (outcome.status === "done") setSaved(true);
    else if (outcome.status === "refused") setProblem(outcome.refusal.message);
    else setProblem(t("scoring.failed"));
  }

  const preview = weightedScore(criteria, values);
  return (
    <Card withBorder component="section" aria-labelledby={titleId} padding="md">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <div>
            <Text size="sm" c="dimmed">
              {t("scoring.order", { order: pitch.order })}
            </Text>
            <Title order={2} size="h3" id={titleId}>
              {pitch.project?.name ?? t("scoring.unknownProject")}
            </Title>
            {pitch.project && <Text fw={600}>{pitch.project.company.name}</Text>}
          </div>
          <Badge color={state === "scored" ? "green" : state === "abstained" ? "gray" : "orange"} variant="light">
            {t(`scoring.state.${state}`)}
          </Badge>
        </Group>
        {pitch.project && <Text size="sm">{pitch.project.summary}</Text>}
        {state === "abstained" ? (
          <Alert color="gray">{t("scoring.abstainedNote")}</Alert>
        ) : (
          criteria.map((criterion) => {
            const value = values[criterion.id];
            const inputId = `${pitch.id}-${criterion.id}`;
            return (
              <Stack key={criterion.id} gap={4}>
                <Group justify="space-between" wrap="nowrap">
                  <Text component="label" htmlFor={inputId} fw={600}>
                    {t("scoring.criterion", { name: criterion.name, weight: criterion.weight })}
                  </Text>
                  <NumberInput
                    id={inputId}
                    w={84}
                    min={MIN_SCORE}
                    max={MAX_SCORE}
                    step={SCORE_STEP}
                    decimalScale={1}
                    decimalSeparator=","
                    value={value ?? ""}
                    disabled={disabled}
                    error={value !== null && !isValidScore(value) ? t("errors.OUT_OF_RANGE") : undefined}
                    onChange={(next) =>
                      setValues((current) => ({ ...current, [criterion.id]: next === "" ? null : Number(next) }))
                    }
                  />
                </Group>
                {criterion.description && (
                  <Text size="xs" c="dimmed">
                    {criterion.description}
                  </Text>
                )}
                <Slider
                  thumbLabel={criterion.name}
                  min={MIN_SCORE}
                  max={MAX_SCORE}
                  step={SCORE_STEP}
                  value={value ?? 5}
                  disabled={disabled}
                  label={(v) => String(v).replace(".", ",")}
                  onChange={(next) => setValues((current) => ({ ...current, [criterion.id]: next }))}
                />
              </Stack>
            );
          })
        )}
        {state !== "abstained" && (
          <>
            <Textarea
              label={t("scoring.comment")}
              value={comment}
              maxLength={limits.jury.comment}
              autosize
              minRows={2}
              disabled={disabled}
              onChange={(event) => setComment(event.currentTarget.value)}
            />
            <Text size="sm" aria-live="polite">
              {preview === null
                ? t("scoring.previewPending")
                : t("scoring.preview", { score: preview.toLocaleString("fr-FR") })}
            </Text>
            {problem && (
              <Alert color="red" role="alert">
                {problem}
              </Alert>
            )}
            {saved && (
              <Text c="green.9" role="status">
                {t("scoring.saved")}
              </Text>
            )}
            <Group justify="space-between" wrap="wrap">
              <Button variant="subtle" color="gray" onClick={confirm.open} disabled={disabled}>
                {t("scoring.abstain")}
              </Button>
              <Button onClick={() => void save(false)} loading={loading} disabled={disabled}>
                {state === "scored" ? t("scoring.update") : t("scoring.save")}
              </Button>
            </Group>
          </>
        )}
      </Stack>
      <Modal opened={confirming} onClose={confirm.close} title={t("scoring.abstainTitle")} centered>
        <Stack>
          <Text>{t("scoring.abstainConfirm", { project: pitch.project?.name ?? "" })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={confirm.close}>
              {t("scoring.cancel")}
            </Button>
            <Button color="red" onClick={() => void save(true)} loading={loading}>
              {t("scoring.abstainConfirmButton")}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}

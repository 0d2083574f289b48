import { Alert, Button, Group, NativeSelect, Paper, Stack, Textarea, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { DateField } from "../../components/DateField";
import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { StudyErrorFields } from "../../graphql/errors";
import { graphql } from "../../graphql/generated/gql";
import { InterviewChannel, RespondentProfile } from "../../graphql/generated/graphql";
import { formatLongDate } from "../../lib/dates";
import { placeAtField, useMutationOutcome } from "../../lib/mutation";

import {
  FINDINGS_MAX_LENGTH,
  describeStudyError,
  studyErrorMessage,
  studyFieldKind,
  validateFindings,
  validateHeldOn,
} from "./studyErrors";

export const AddInterviewMutation = graphql(`
  mutation AddInterview($input: AddInterviewInput!) {
    addInterview(input: $input) {
      __typename
      ... on AddInterviewSuccess {
        interview {
          id
        }
      }
      ...StudyErrorFields
    }
  }
`);

const PROFILES = Object.values(RespondentProfile);
const CHANNELS = Object.values(InterviewChannel);

type Field = "heldOn" | "respondentProfile" | "channel" | "keyFindings";

interface Values {
  heldOn: string;
  respondentProfile: RespondentProfile | "";
  channel: InterviewChannel | "";
  keyFindings: string;
}

const EMPTY: Values = { heldOn: "", respondentProfile: "", channel: "", keyFindings: "" };

interface Props {
  projectId: string;
  /** The server's today (ISO date, in France): no interview is recorded after it. */
  today: string | null;
  /** Reads the study again: the synthesis counts the new interview. */
  onSaved: () => Promise<unknown>;
}

/** « Ajouter un entretien »: when, whom (a profile, never a name), how, and what it taught. */
export function InterviewForm({ projectId, today, onSaved }: Props) {
  const { t } = useTranslation(["projects", "common"]);
  const [addInterview, mutation] = useMutationOutcome(AddInterviewMutation, StudyErrorFields, describeStudyError(t));
  const [problem, setProblem] = useState<string | null>(null);

  const form = useForm<Values>({
    mode: "controlled",
    initialValues: EMPTY,
    validateInputOnChange: true,
    validate: {
      heldOn: (value) => validateHeldOn(t, value, today),
      respondentProfile: (value) => (value ? null : studyErrorMessage(t, "REQUIRED", "respondentProfile")),
      channel: (value) => (value ? null : studyErrorMessage(t, "REQUIRED", "channel")),
      keyFindings: (value) => validateFindings(t, value),
    },
  });

  const submit = form.onSubmit(
    async (values) => {
      setProblem(null);
      // Checked by `validate`: both are chosen.
      if (!values.respondentProfile || !values.channel) return;
      const outcome = await addInterview({
        variables: {
          input: {
            projectId,
            heldOn: values.heldOn,
            respondentProfile: values.respondentProfile,
            channel: values.channel,
            keyFindings: values.keyFindings.trim(),
          },
        },
      });
      if (outcome.status === "failed") return; // network or server error: shown by <QueryErrorAlert> below
      if (outcome.status === "done") {
        notifications.show({
          title: t("study.interviewForm.savedTitle"),
          message: t("study.interviewForm.saved", { date: formatLongDate(values.heldOn) ?? values.heldOn }),
          color: "teal",
          closeButtonProps: { "aria-label": t("common:close") },
        });
        form.reset();
        await onSaved();
        return;
      }
      const { refusal } = outcome;
      // The form's fields, whatever the path's shape: `heldOn`, `keyFindings`…
      const inputOf = (field: string): Field | null => {
        const kind = studyFieldKind(field);
        return kind && kind in EMPTY ? (kind as Field) : null;
      };
      if (!placeAtField(form, refusal, inputOf)) setProblem(refusal.message);
    },
    (errors) => {
      const first = Object.keys(errors)[0];
      if (first) form.getInputNode(first)?.focus();
    },
  );

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="etude-entretien-formulaire">
      <Title order={3} size="h4" id="etude-entretien-formulaire" mb="sm">
        {t("study.interviewForm.heading")}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Alert color="orange" variant="light" title={t("study.interviewForm.reminderTitle")}>
            {t("study.interviewForm.reminder")}
          </Alert>
          {problem && (
            <Alert color="red" title={t("study.interviewForm.failedTitle")} role="alert">
              {problem}
            </Alert>
          )}
          {mutation.error && <QueryErrorAlert error={mutation.error} />}
          <DateField label={t("study.interviewForm.heldOn")} required maw={220} {...form.getInputProps("heldOn")} />
          <Group grow align="flex-start">
            <NativeSelect
              label={t("study.interviewForm.profile")}
              required
              data={[
                { value: "", label: t("study.interviewForm.profilePlaceholder") },
                ...PROFILES.map((profile) => ({ value: profile, label: t(`study.profile.${profile}`) })),
              ]}
              {...form.getInputProps("respondentProfile")}
            />
            <NativeSelect
              label={t("study.interviewForm.channel")}
              required
              data={[
                { value: "", label: t("study.interviewForm.channelPlaceholder") },
                ...CHANNELS.map((channel) => ({ value: channel, label: t(`study.channel.${channel}`) })),
              ]}
              {...form.getInputProps("channel")}
            />
          </Group>
          <Textarea
            label={t("study.interviewForm.keyFindings")}
            description={t("study.interviewForm.counter", {
              length: form.values.keyFindings.length,
              max: FINDINGS_MAX_LENGTH,
            })}
            required
            autosize
            minRows={4}
            maxRows={14}
            {...form.getInputProps("keyFindings")}
          />
          <Group>
            <Button type="submit" loading={mutation.loading}>
              {t("study.interviewForm.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

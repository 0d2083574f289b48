import { Alert, Button, Card, Group, Select, Stack, Textarea, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { QueryErrorAlert } from "../../../components/QueryErrorAlert";
import { EventErrorFields } from "../../../graphql/errors";
import { graphql } from "../../../graphql/generated/gql";
import limits from "../../../graphql/inputLimits.json";
import { useMutationOutcome } from "../../../lib/mutation";
import { eventMeetingErrorMessage } from "../eventMeetingErrors";

export const RecordMeetingRequestMutation = graphql(`
  mutation RecordMeetingRequest($input: RequestMeetingInput!) {
    requestMeeting(input: $input) {
      __typename
      ... on MeetingRequestSuccess {
        request {
          id
        }
      }
      ...EventErrorFields
    }
  }
`);

interface Option {
  id: string;
  name: string;
}

interface Props {
  eventId: string;
  projects: Option[];
  partners: Option[];
  onDone: () => Promise<unknown>;
}

/** The organisers record a project's wish to meet a partner's person (projects have no account); the
 * partner then accepts or declines it. */
export function RecordMeetingRequestForm({ eventId, projects, partners, onDone }: Props) {
  const { t } = useTranslation("eventMeetings");
  const [pitchId, setPitchId] = useState<string | null>(null);
  const [partnerUserId, setPartnerUserId] = useState<string | null>(null);
  const [message, setMessage] = useState("");
  const [missing, setMissing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [record, recording] = useMutationOutcome(RecordMeetingRequestMutation, EventErrorFields, (error) =>
    eventMeetingErrorMessage(t, error),
  );

  const submit = async () => {
    setProblem(null);
    setMissing(!pitchId || !partnerUserId);
    if (!pitchId || !partnerUserId) return;
    const outcome = await record({ variables: { input: { eventId, pitchId, partnerUserId, message } } });
    if (outcome.status === "refused") setProblem(outcome.refusal.message);
    if (outcome.status !== "done") return;
    notifications.show({ message: t("record.done"), color: "green" });
    setPitchId(null);
    setPartnerUserId(null);
    setMessage("");
    await onDone();
  };

  return (
    <Card withBorder component="section" aria-labelledby="record-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="record-title">
          {t("record.title")}
        </Title>
        {recording.error && <QueryErrorAlert error={recording.error} />}
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        <Group grow align="flex-start" wrap="wrap">
          <Select
            label={t("record.project")}
            data={projects.map((p) => ({ value: p.id, label: p.name }))}
            value={pitchId}
            onChange={setPitchId}
            error={missing && !pitchId ? t("record.required") : undefined}
            searchable
          />
          <Select
            label={t("record.partner")}
            data={partners.map((p) => ({ value: p.id, label: p.name }))}
            value={partnerUserId}
            onChange={setPartnerUserId}
            error={missing && !partnerUserId ? t("record.required") : undefined}
            searchable
          />
        </Group>
        <Textarea
          label={t("record.message")}
          value={message}
          maxLength={limits.meeting.message}
          onChange={(e) => setMessage(e.currentTarget.value)}
          autosize
          minRows={2}
        />
        <Group>
          <Button variant="light" loading={recording.loading} onClick={() => void submit()}>
            {t("record.submit")}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

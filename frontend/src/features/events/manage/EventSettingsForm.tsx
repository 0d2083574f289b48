import { Alert, Button, Fieldset, Group, SimpleGrid, Stack, Text, TextInput, Textarea } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { DateField } from "../../../components/DateField";
import { QueryErrorAlert } from "../../../components/QueryErrorAlert";
import { EventErrorFields } from "../../../graphql/errors";
import { type FragmentType, useFragment } from "../../../graphql/generated/fragment-masking";
import { graphql } from "../../../graphql/generated/gql";
import { formatDateTime } from "../../../lib/dates";
import { useMutationOutcome } from "../../../lib/mutation";
import { PROGRAMME_LIMITS, describeEventError } from "../eventErrors";

export const EventSettingsFormFragment = graphql(`
  fragment EventSettingsForm_event on Event {
    id
    version
    name
    startsOn
    endsOn
    venue
    address
    description
    pitchSeconds
    registrationClosesAt
  }
`);

export const UpdateEventMutation = graphql(`
  mutation UpdateEvent($input: UpdateEventInput!) {
    updateEvent(input: $input) {
      __typename
      ... on EventSuccess {
        event {
          id
          ...EventSettingsForm_event
        }
      }
      ...EventErrorFields
    }
  }
`);

const FIELDS = ["name", "startsOn", "endsOn", "venue", "address", "description", "pitchSeconds"] as const;
type Field = (typeof FIELDS)[number];

/** The event's own fields: name, days, venue, address, description and the length of a pitch. */
export function EventSettingsForm(props: {
  event: FragmentType<typeof EventSettingsFormFragment>;
  onSaved: () => Promise<unknown>;
}) {
  const { t } = useTranslation(["events", "common"]);
  const event = useFragment(EventSettingsFormFragment, props.event);
  const [values, setValues] = useState({
    name: event.name,
    startsOn: event.startsOn ?? "",
    endsOn: event.endsOn ?? "",
    venue: event.venue,
    address: event.address,
    description: event.description,
    pitchSeconds: String(event.pitchSeconds),
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [save, saving] = useMutationOutcome(UpdateEventMutation, EventErrorFields, describeEventError(t));
  const set = (key: Field, value: string) => setValues((current) => ({ ...current, [key]: value }));

  const submit = async () => {
    setProblem(null);
    const pitchSeconds = Number(values.pitchSeconds);
    if (!Number.isInteger(pitchSeconds)) {
      setErrors({ pitchSeconds: t("errors.OUT_OF_RANGE") });
      return;
    }
    setErrors({});
    const outcome = await save({
      variables: {
        input: {
          id: event.id,
          expectedVersion: event.version,
          name: values.name,
          startsOn: values.startsOn,
          endsOn: values.endsOn,
          venue: values.venue,
          address: values.address,
          description: values.description,
          pitchSeconds,
          registrationClosesAt: event.registrationClosesAt ?? null,
        },
      },
    });
    if (outcome.status === "failed") return;
    if (outcome.status === "done") {
      await props.onSaved();
      notifications.show({
        message: t("settings.saved"),
        color: "teal",
        closeButtonProps: { "aria-label": t("common:close") },
      });
      return;
    }
    const field = outcome.refusal.field as Field | null;
    if (outcome.refusal.kind === "invalid" && field && FIELDS.includes(field))
      setErrors({ [field]: outcome.refusal.message });
    else setProblem(outcome.refusal.message);
  };

  return (
    <form
      noValidate
      onSubmit={(submitted) => {
        submitted.preventDefault();
        void submit();
      }}
    >
      <Fieldset legend={t("settings.title")}>
        <Stack gap="md">
          {problem && (
            <Alert color="red" role="alert" title={t("settings.failedTitle")}>
              {problem}
            </Alert>
          )}
          {saving.error && <QueryErrorAlert error={saving.error} />}
          <TextInput
            label={t("settings.name")}
            required
            value={values.name}
            onChange={(e) => set("name", e.currentTarget.value)}
            error={errors.name}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <DateField
              label={t("settings.startsOn")}
              required
              value={values.startsOn}
              onChange={(value) => set("startsOn", value)}
              error={errors.startsOn}
            />
            <DateField
              label={t("settings.endsOn")}
              required
              value={values.endsOn}
              onChange={(value) => set("endsOn", value)}
              error={errors.endsOn}
            />
            <TextInput
              label={t("settings.pitchSeconds")}
              description={t("settings.pitchHelp", {
                min: PROGRAMME_LIMITS.pitchSecondsMin,
                max: PROGRAMME_LIMITS.pitchSecondsMax,
              })}
              inputMode="numeric"
              value={values.pitchSeconds}
              onChange={(e) => set("pitchSeconds", e.currentTarget.value)}
              error={errors.pitchSeconds}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t("settings.venue")}
              maxLength={PROGRAMME_LIMITS.venue}
              value={values.venue}
              onChange={(e) => set("venue", e.currentTarget.value)}
              error={errors.venue}
            />
            <TextInput
              label={t("settings.address")}
              maxLength={PROGRAMME_LIMITS.address}
              value={values.address}
              onChange={(e) => set("address", e.currentTarget.value)}
              error={errors.address}
            />
          </SimpleGrid>
          <Textarea
            label={t("settings.description")}
            autosize
            minRows={2}
            maxLength={PROGRAMME_LIMITS.description}
            value={values.description}
            onChange={(e) => set("description", e.currentTarget.value)}
            error={errors.description}
          />
          <Text size="sm">
            {t("settings.registrationClosesAt")} :{" "}
            {event.registrationClosesAt ? formatDateTime(event.registrationClosesAt) : t("public.registrationClosed")}
          </Text>
          <Group justify="flex-end">
            <Button type="submit" loading={saving.loading}>
              {t("settings.save")}
            </Button>
          </Group>
        </Stack>
      </Fieldset>
    </form>
  );
}

import {
  ActionIcon,
  Alert,
  Button,
  Fieldset,
  Group,
  Modal,
  NativeSelect,
  SimpleGrid,
  Stack,
  Switch,
  TextInput,
  Textarea,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { QueryErrorAlert } from "../../../components/QueryErrorAlert";
import { EventErrorFields } from "../../../graphql/errors";
import { graphql } from "../../../graphql/generated/gql";
import { EventSessionKind } from "../../../graphql/generated/graphql";
import { formatWeekdayDate } from "../../../lib/dates";
import { useMutationOutcome } from "../../../lib/mutation";
import { PROGRAMME_LIMITS, describeEventError } from "../eventErrors";

export const CreateEventSessionMutation = graphql(`
  mutation CreateEventSession($input: CreateEventSessionInput!) {
    createEventSession(input: $input) {
      __typename
      ... on EventSessionSuccess {
        session {
          id
        }
      }
      ...EventErrorFields
    }
  }
`);

export const UpdateEventSessionMutation = graphql(`
  mutation UpdateEventSession($input: UpdateEventSessionInput!) {
    updateEventSession(input: $input) {
      __typename
      ... on EventSessionSuccess {
        session {
          id
          version
        }
      }
      ...EventErrorFields
    }
  }
`);

/** Kept for the accelerated companies, whatever is ticked (the API refuses it too). */
const NEVER_PUBLIC: readonly EventSessionKind[] = [EventSessionKind.Hackathon, EventSessionKind.PitchPreparation];
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export interface EditedSession {
  id: string;
  version: number;
  kind: EventSessionKind;
  title: string;
  description: string;
  theme: { key: string } | null;
  day: string;
  endDay: string;
  startTime: string;
  endTime: string;
  room: string;
  capacity: number | null;
  openToPublic: boolean;
  speakers: readonly { name: string; title: string; organisation: string }[];
}

interface Props {
  eventId: string;
  /** The event's days, in order (ISO dates). */
  days: readonly string[];
  themes: readonly { key: string; name: string }[];
  /** The session to change; null: a new one. */
  session: EditedSession | null;
  onClose: () => void;
  onSaved: () => Promise<unknown>;
}

type Speaker = { name: string; title: string; organisation: string };

const SPEAKER_LABELS = {
  name: "session.speakerName",
  title: "session.speakerTitle",
  organisation: "session.speakerOrganisation",
} as const;

/** Fields an API refusal may name, shown under that field; the rest in the dialog's alert. */
const FIELDS = ["kind", "title", "description", "themeKey", "day", "endDay", "startTime", "endTime", "room", "capacity",
  "openToPublic", "speakers"] as const; // prettier-ignore
type Field = (typeof FIELDS)[number];

function fieldOf(path: string | null): Field | null {
  const head = path?.split(".")[0] ?? null;
  return head && (FIELDS as readonly string[]).includes(head) ? (head as Field) : null;
}

/** Add or change a session of the programme: kind, title, theme for a workshop, day and times (France's), room,
 * seats, openness to the public and speakers. A room already taken at that time is said under « Salle ». */
export function SessionModal({ eventId, days, themes, session, onClose, onSaved }: Props) {
  const { t } = useTranslation(["events", "common"]);
  const [values, setValues] = useState({
    kind: session?.kind ?? EventSessionKind.Conference,
    title: session?.title ?? "",
    description: session?.description ?? "",
    themeKey: session?.theme?.key ?? "",
    day: session?.day ?? days[0] ?? "",
    endDay: session?.endDay ?? session?.day ?? days[0] ?? "",
    startTime: session?.startTime ?? "",
    endTime: session?.endTime ?? "",
    room: session?.room ?? "",
    capacity: session?.capacity === null || !session ? "" : String(session.capacity),
    openToPublic: session?.openToPublic ?? true,
  });
  const [speakers, setSpeakers] = useState<Speaker[]>(session?.speakers.map((s) => ({ ...s })) ?? []);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [create, creating] = useMutationOutcome(CreateEventSessionMutation, EventErrorFields, describeEventError(t));
  const [update, updating] = useMutationOutcome(UpdateEventSessionMutation, EventErrorFields, describeEventError(t));
  const neverPublic = NEVER_PUBLIC.includes(values.kind);
  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  const submit = async () => {
    setProblem(null);
    const found: Partial<Record<Field, string>> = {};
    if (!values.title.trim()) found.title = t("errors.REQUIRED");
    if (!TIME.test(values.startTime)) found.startTime = t("errors.timeFormat");
    if (!TIME.test(values.endTime)) found.endTime = t("errors.timeFormat");
    if (values.kind === EventSessionKind.Workshop && !values.themeKey) found.themeKey = t("errors.UNKNOWN_THEME");
    const capacity = values.capacity.trim() ? Number(values.capacity) : null;
    if (capacity !== null && (!Number.isInteger(capacity) || capacity < 1 || capacity > PROGRAMME_LIMITS.capacity)) {
      found.capacity = t("errors.OUT_OF_RANGE");
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const fields = {
      kind: values.kind,
      title: values.title.trim(),
      description: values.description.trim(),
      themeKey: values.kind === EventSessionKind.Workshop ? values.themeKey : null,
      day: values.day,
      endDay: values.endDay !== values.day ? values.endDay : null,
      startTime: values.startTime,
      endTime: values.endTime,
      room: values.room.trim(),
      capacity,
      openToPublic: neverPublic ? false : values.openToPublic,
      speakers: speakers.filter((s) => s.name.trim() || s.title.trim() || s.organisation.trim()),
    };
    const outcome = session
      ? await update({ variables: { input: { id: session.id, expectedVersion: session.version, session: fields } } })
      : await create({ variables: { input: { eventId, session: fields } } });
    if (outcome.status === "failed") return;
    if (outcome.status === "done") {
      await onSaved();
      onClose();
      return;
    }
    const field = outcome.refusal.kind === "invalid" ? fieldOf(outcome.refusal.field) : null;
    if (field) setErrors({ [field]: outcome.refusal.message });
    else setProblem(outcome.refusal.message);
  };

  const mutationError = creating.error ?? updating.error;
  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={session ? t("session.editTitle") : t("session.createTitle")}
      closeButtonProps={{ "aria-label": t("common:close") }}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          {problem && (
            <Alert color="red" role="alert" title={t("session.failedTitle")}>
              {problem}
            </Alert>
          )}
          {mutationError && <QueryErrorAlert error={mutationError} />}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label={t("session.kind")}
              value={values.kind}
              onChange={(event) => set("kind", event.currentTarget.value as EventSessionKind)}
              data={Object.values(EventSessionKind).map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
              error={errors.kind}
            />
            {values.kind === EventSessionKind.Workshop && (
              <NativeSelect
                label={t("session.theme")}
                required
                value={values.themeKey}
                onChange={(event) => set("themeKey", event.currentTarget.value)}
                data={[
                  { value: "", label: t("session.themePlaceholder") },
                  ...themes.map((theme) => ({ value: theme.key, label: theme.name })),
                ]}
                error={errors.themeKey}
              />
            )}
          </SimpleGrid>
          <TextInput
            label={t("session.title")}
            required
            data-autofocus
            maxLength={PROGRAMME_LIMITS.title}
            value={values.title}
            onChange={(event) => set("title", event.currentTarget.value)}
            error={errors.title}
          />
          <Textarea
            label={t("session.description")}
            autosize
            minRows={2}
            maxLength={PROGRAMME_LIMITS.description}
            value={values.description}
            onChange={(event) => set("description", event.currentTarget.value)}
            error={errors.description}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NativeSelect
              label={t("session.day")}
              value={values.day}
              onChange={(event) => {
                const day = event.currentTarget.value;
                setValues((current) => ({ ...current, day, endDay: current.endDay < day ? day : current.endDay }));
              }}
              data={days.map((day) => ({ value: day, label: formatWeekdayDate(day) ?? day }))}
              error={errors.day}
            />
            <TextInput
              type="time"
              label={t("session.startTime")}
              description={t("session.timeHelp")}
              required
              value={values.startTime}
              onChange={(event) => set("startTime", event.currentTarget.value)}
              error={errors.startTime}
            />
            <TextInput
              type="time"
              label={t("session.endTime")}
              description={t("session.timeHelp")}
              required
              value={values.endTime}
              onChange={(event) => set("endTime", event.currentTarget.value)}
              error={errors.endTime}
            />
          </SimpleGrid>
          {days.length > 1 && (
            <NativeSelect
              label={t("session.endDay")}
              value={values.endDay}
              onChange={(event) => set("endDay", event.currentTarget.value)}
              data={days
                .filter((day) => day >= values.day)
                .map((day) => ({ value: day, label: formatWeekdayDate(day) ?? day }))}
              error={errors.endDay}
            />
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t("session.room")}
              maxLength={PROGRAMME_LIMITS.room}
              value={values.room}
              onChange={(event) => set("room", event.currentTarget.value)}
              error={errors.room}
            />
            <TextInput
              label={t("session.capacity")}
              description={t("session.capacityHelp")}
              inputMode="numeric"
              value={values.capacity}
              onChange={(event) => set("capacity", event.currentTarget.value)}
              error={errors.capacity}
            />
          </SimpleGrid>
          <Switch
            label={t("session.openToPublic")}
            description={neverPublic ? t("session.neverPublic") : undefined}
            checked={neverPublic ? false : values.openToPublic}
            disabled={neverPublic}
            onChange={(event) => set("openToPublic", event.currentTarget.checked)}
            error={errors.openToPublic}
          />
          <Fieldset legend={t("session.speakers")}>
            <Stack gap="sm">
              {speakers.map((speaker, index) => (
                <Group key={index} align="flex-end" gap="xs" wrap="wrap">
                  {(["name", "title", "organisation"] as const).map((key) => (
                    <TextInput
                      key={key}
                      style={{ flex: "1 1 9rem" }}
                      label={`${t(SPEAKER_LABELS[key])} (${t("session.speaker", { n: index + 1 })})`}
                      maxLength={key === "name" ? PROGRAMME_LIMITS.speakerName : PROGRAMME_LIMITS.speakerText}
                      value={speaker[key]}
                      onChange={(event) => {
                        const value = event.currentTarget.value;
                        setSpeakers((current) => current.map((s, i) => (i === index ? { ...s, [key]: value } : s)));
                      }}
                    />
                  ))}
                  <ActionIcon
                    variant="default"
                    size="lg"
                    aria-label={t("session.removeSpeaker", { n: index + 1 })}
                    onClick={() => setSpeakers((current) => current.filter((_, i) => i !== index))}
                  >
                    ×
                  </ActionIcon>
                </Group>
              ))}
              {errors.speakers && (
                <Alert color="red" role="alert">
                  {errors.speakers}
                </Alert>
              )}
              {speakers.length < PROGRAMME_LIMITS.speakers && (
                <Button
                  variant="default"
                  onClick={() => setSpeakers((current) => [...current, { name: "", title: "", organisation: "" }])}
                >
                  {t("session.addSpeaker")}
                </Button>
              )}
            </Stack>
          </Fieldset>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("session.cancel")}
            </Button>
            <Button type="submit" loading={creating.loading || updating.loading}>
              {session ? t("session.save") : t("session.create")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

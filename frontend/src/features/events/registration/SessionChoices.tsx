import { Badge, Checkbox, Fieldset, Group, Stack, Text } from "@mantine/core";
import { useId } from "react";
import { useTranslation } from "react-i18next";

import { formatDateTime } from "../../../lib/dates";

import classes from "./registration.module.css";
import { overlaps } from "./registrationModel";

export interface SessionChoice {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  room: string;
  capacity: number | null;
  seatsLeft: number | null;
}

interface Props {
  sessions: readonly SessionChoice[];
  chosen: readonly string[];
  onChange: (ids: string[]) => void;
  error: string | null;
  /** Sessions the person holds a seat in already: their seat is kept, whatever is left. */
  held?: readonly string[];
}

/** The public sessions as checkboxes, each with its time, room and seats left (« liste d'attente » when full);
 * a session at the same time as one ticked is disabled, with the reason. */
export function SessionChoices({ sessions, chosen, onChange, error, held = [] }: Props) {
  const { t } = useTranslation("events");
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const byId = new Map(sessions.map((session) => [session.id, session]));
  return (
    <Fieldset
      legend={t("registration.sessions.legend")}
      variant="unstyled"
      aria-describedby={error ? `${hintId} ${errorId}` : hintId}
      classNames={{ legend: classes.legend }}
    >
      <Text id={hintId} size="sm" c="dimmed" mb="xs">
        {t("registration.sessions.hint")}
      </Text>
      <Stack gap="sm">
        {sessions.map((session, index) => {
          const checked = chosen.includes(session.id);
          const clash = chosen
            .map((other) => byId.get(other))
            .find((other) => other && other.id !== session.id && overlaps(other, session));
          const full = session.seatsLeft === 0 && !held.includes(session.id);
          return (
            <Checkbox
              key={session.id}
              data-path={index === 0 ? "sessionIds" : undefined}
              checked={checked}
              disabled={!checked && !!clash}
              onChange={(event) => {
                const on = event.currentTarget.checked;
                onChange(on ? [...chosen, session.id] : chosen.filter((other) => other !== session.id));
              }}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
              label={
                <Group gap="xs" wrap="wrap">
                  <Text span fw={500}>
                    {session.title}
                  </Text>
                  {full ? (
                    <Badge color="orange" variant="light">
                      {t("registration.sessions.waitingList")}
                    </Badge>
                  ) : (
                    session.seatsLeft !== null && (
                      <Badge color="teal" variant="light">
                        {t("registration.sessions.seatsLeft", { count: session.seatsLeft })}
                      </Badge>
                    )
                  )}
                </Group>
              }
              description={
                <>
                  {t("registration.sessions.when", {
                    when: formatDateTime(session.startsAt) ?? "",
                    room: session.room || t("registration.sessions.roomUnknown"),
                  })}
                  {!checked && clash ? ` — ${t("registration.sessions.clash", { title: clash.title })}` : ""}
                </>
              }
            />
          );
        })}
      </Stack>
      {error && (
        <Text id={errorId} size="sm" c="var(--mantine-color-error)" mt="xs">
          {error}
        </Text>
      )}
    </Fieldset>
  );
}

import { Alert, Button, Checkbox, Group, Stack, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { QueryErrorAlert } from "../../../components/QueryErrorAlert";
import { EventErrorFields } from "../../../graphql/errors";
import { graphql } from "../../../graphql/generated/gql";
import { useMutationOutcome } from "../../../lib/mutation";

import classes from "./registration.module.css";
import {
  EMPTY_REGISTRATION,
  REGISTRATION_FIELDS,
  type RegistrationField,
  type RegistrationValues,
  isRegistrationField,
  registrationErrors,
  registrationInput,
} from "./registrationModel";
import { type SessionChoice, SessionChoices } from "./SessionChoices";

export const RegisterForEventMutation = graphql(`
  mutation RegisterForEvent($input: RegisterForEventInput!) {
    registerForEvent(input: $input) {
      __typename
      ... on RegisterForEventSuccess {
        registration {
          id
          sessions {
            session {
              id
              title
              startsAt
            }
            status
            waitingPosition
          }
        }
      }
      ...EventErrorFields
    }
  }
`);

export interface RegisteredSeat {
  title: string;
  startsAt: string;
  status: "CONFIRMED" | "WAITING";
  waitingPosition: number | null;
}

interface ServerError {
  value: string;
  message: string;
}

interface Props {
  eventId: string;
  sessions: readonly SessionChoice[];
  onRegistered: (seats: RegisteredSeat[]) => void;
}

/** The public registration form: checked as the user goes, then by the server, whose French message
 * replaces the local one under the field it names (as the candidacy form does). */
export function RegistrationForm({ eventId, sessions, onRegistered }: Props) {
  const { t } = useTranslation("events");
  const [register, mutation] = useMutationOutcome(RegisterForEventMutation, EventErrorFields, (error) => error.message);
  const [formError, setFormError] = useState<string | null>(null);
  const [serverErrors, setServerErrors] = useState<Partial<Record<RegistrationField, ServerError>>>({});

  const form = useForm<RegistrationValues>({
    mode: "controlled",
    initialValues: EMPTY_REGISTRATION,
    validateInputOnBlur: true,
    validate: (values) => {
      const errors = registrationErrors(t, values);
      for (const field of REGISTRATION_FIELDS) {
        const server = serverErrors[field];
        if (!errors[field] && server && server.value === JSON.stringify(values[field])) errors[field] = server.message;
      }
      return errors;
    },
  });

  const focusField = (field: RegistrationField) => {
    form.getInputNode(field)?.focus();
  };

  const send = form.onSubmit(
    async (values) => {
      setFormError(null);
      const outcome = await register({ variables: { input: registrationInput(eventId, values) } });
      if (outcome.status === "failed") return;
      if (outcome.status === "done") {
        onRegistered(
          outcome.result.registration.sessions.map((seat) => ({
            title: seat.session.title,
            startsAt: seat.session.startsAt,
            status: seat.status,
            waitingPosition: seat.waitingPosition ?? null,
          })),
        );
        return;
      }
      const { field, message } = outcome.refusal;
      if (isRegistrationField(field)) {
        setServerErrors({ [field]: { value: JSON.stringify(values[field]), message } });
        form.setErrors({ [field]: message });
        focusField(field);
      } else {
        setFormError(message);
      }
    },
    (errors) => {
      const first = REGISTRATION_FIELDS.find((field) => errors[field] != null);
      if (first) focusField(first);
    },
  );
  const sessionsError = typeof form.errors["sessionIds"] === "string" ? form.errors["sessionIds"] : null;

  return (
    <form noValidate onSubmit={send}>
      <Stack gap="xl">
        <Text size="sm">{t("registration.requiredHint")}</Text>
        <section aria-labelledby="inscription-personne">
          <Title order={2} id="inscription-personne" mb="sm">
            {t("registration.sections.person")}
          </Title>
          <Stack gap="md">
            <TextInput
              label={t("registration.fields.name")}
              required
              autoComplete="name"
              {...form.getInputProps("name")}
            />
            <TextInput
              label={t("registration.fields.email")}
              description={t("registration.fields.emailDescription")}
              required
              type="email"
              autoComplete="email"
              {...form.getInputProps("email")}
            />
            <TextInput
              label={t("registration.fields.company")}
              required
              autoComplete="organization"
              {...form.getInputProps("company")}
            />
            <TextInput
              label={t("registration.fields.siret")}
              description={t("registration.fields.siretDescription")}
              inputMode="numeric"
              autoComplete="off"
              {...form.getInputProps("siret")}
            />
            <TextInput
              label={t("registration.fields.function")}
              autoComplete="organization-title"
              {...form.getInputProps("function")}
            />
          </Stack>
        </section>

        {sessions.length > 0 && (
          <SessionChoices
            sessions={sessions}
            chosen={form.values.sessionIds}
            onChange={(ids) => {
              form.setFieldValue("sessionIds", ids);
              form.clearFieldError("sessionIds");
            }}
            error={sessionsError}
          />
        )}

        <section aria-labelledby="inscription-donnees">
          <Title order={2} size="h4" id="inscription-donnees" mb="xs">
            {t("registration.privacy.heading")}
          </Title>
          <Stack gap={4}>
            <Text size="sm">{t("registration.privacy.purpose")}</Text>
            <Text size="sm">{t("registration.privacy.retention")}</Text>
            <Text size="sm">{t("registration.privacy.rights")}</Text>
          </Stack>
        </section>

        <Checkbox
          label={t("registration.fields.consent")}
          required
          {...form.getInputProps("consent", { type: "checkbox" })}
          aria-invalid={form.errors["consent"] ? true : undefined}
        />

        {/* People never see this field; robots fill it, and the server then keeps nothing. */}
        <div className={classes.honeypot} aria-hidden="true">
          <TextInput
            label={t("registration.fields.website")}
            name="website"
            tabIndex={-1}
            autoComplete="off"
            {...form.getInputProps("website")}
          />
        </div>

        {formError && (
          <Alert color="red" title={t("registration.refusedTitle")} role="alert">
            {formError}
          </Alert>
        )}
        {mutation.error && <QueryErrorAlert error={mutation.error} />}
        <Group>
          <Button type="submit" loading={mutation.loading}>
            {t("registration.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

import { Alert, Button, Group, Modal, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { QueryErrorAlert } from "../../../components/QueryErrorAlert";
import { EventErrorFields } from "../../../graphql/errors";
import { graphql } from "../../../graphql/generated/gql";
import { useMutationOutcome } from "../../../lib/mutation";

export const RegisterWalkInMutation = graphql(`
  mutation RegisterWalkIn($input: RegisterWalkInInput!) {
    registerWalkIn(input: $input) {
      __typename
      ... on RegistrationDeskSuccess {
        registration {
          id
          checkedInAt
        }
      }
      ...EventErrorFields
    }
  }
`);

interface Values {
  name: string;
  company: string;
  email: string;
  function: string;
}
const FIELDS = ["name", "company", "email", "function"] as const;

/** « Inscription sur place »: someone at the door who did not register, checked in at once. */
export function WalkInModal({
  eventId,
  opened,
  onClose,
  onDone,
}: {
  eventId: string;
  opened: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation("events");
  const [register, state] = useMutationOutcome(RegisterWalkInMutation, EventErrorFields, (e) => e.message);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: { name: "", company: "", email: "", function: "" },
    validate: {
      name: (value) => (value.trim() ? null : t("registration.validation.nameRequired")),
      company: (value) => (value.trim() ? null : t("registration.validation.companyRequired")),
    },
  });
  const send = form.onSubmit(async (values) => {
    setProblem(null);
    const outcome = await register({
      variables: {
        input: {
          eventId,
          name: values.name.trim(),
          company: values.company.trim(),
          email: values.email.trim() || null,
          function: values.function.trim() || null,
        },
      },
    });
    if (outcome.status === "done") {
      form.reset();
      onDone();
    } else if (outcome.status === "refused") {
      const field = FIELDS.find((name) => name === outcome.refusal.field);
      if (field) form.setFieldError(field, outcome.refusal.message);
      else setProblem(outcome.refusal.message);
    }
  });
  return (
    <Modal opened={opened} onClose={onClose} title={t("manage.checkIn.walkInTitle")}>
      <form noValidate onSubmit={send}>
        <Stack gap="sm">
          <TextInput label={t("registration.fields.name")} required data-autofocus {...form.getInputProps("name")} />
          <TextInput label={t("registration.fields.company")} required {...form.getInputProps("company")} />
          <TextInput label={t("manage.checkIn.emailOptional")} type="email" {...form.getInputProps("email")} />
          <TextInput label={t("registration.fields.function")} {...form.getInputProps("function")} />
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          {state.error && <QueryErrorAlert error={state.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("manage.checkIn.cancel")}
            </Button>
            <Button type="submit" loading={state.loading}>
              {t("manage.checkIn.walkInSubmit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

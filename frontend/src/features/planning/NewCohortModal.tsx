import { Alert, Button, Group, Modal, NativeSelect, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { DateField } from "../../components/DateField";
import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { PlanningErrorFields } from "../../graphql/errors";
import { graphql } from "../../graphql/generated/gql";
import { useMutationOutcome } from "../../lib/mutation";

import { planningErrorText } from "./planningErrors";

export const CreateCohortMutation = graphql(`
  mutation CreateCohort($input: CreateCohortInput!) {
    createCohort(input: $input) {
      __typename
      ... on CohortSuccess {
        cohort {
          id
        }
      }
      ...PlanningErrorFields
    }
  }
`);

type Field = "editionId" | "name" | "eventDate" | "eventEndDate" | "startDate" | "venue" | "schoolPartner";
const FIELDS: readonly string[] = [
  "editionId",
  "name",
  "eventDate",
  "eventEndDate",
  "startDate",
  "venue",
  "schoolPartner",
];

interface Props {
  /** The editions the admin's region takes part in. */
  editions: readonly { id: string; name: string }[];
  onClose: () => void;
  onCreated: (cohortId: string) => void;
}

/** « Nouvelle cohorte »: the region's run of an edition; its milestones are planned from J0. */
export function NewCohortModal({ editions, onClose, onCreated }: Props) {
  const { t } = useTranslation(["planning", "common"]);
  const [values, setValues] = useState<Record<Field, string>>({
    editionId: editions[0]?.id ?? "",
    name: "",
    eventDate: "",
    eventEndDate: "",
    startDate: "",
    venue: "",
    schoolPartner: "",
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [create, { loading, error }] = useMutationOutcome(CreateCohortMutation, PlanningErrorFields, (error) =>
    planningErrorText(t, error),
  );

  const dateInput = (field: Field) => ({
    value: values[field],
    onChange: (value: string) => setValues((current) => ({ ...current, [field]: value })),
    error: errors[field],
  });
  const input = (field: Field) => ({
    value: values[field],
    onChange: (event: { currentTarget: { value: string } }) => {
      const value = event.currentTarget.value;
      setValues((current) => ({ ...current, [field]: value }));
    },
    error: errors[field],
  });

  const submit = async () => {
    setErrors({});
    setFailure(null);
    if (!values.name.trim()) {
      setErrors({ name: t("errors.REQUIRED") });
      return;
    }
    const outcome = await create({
      variables: {
        input: {
          editionId: values.editionId,
          name: values.name.trim(),
          eventDate: values.eventDate || null,
          eventEndDate: values.eventEndDate || null,
          startDate: values.startDate || null,
          venue: values.venue.trim(),
          schoolPartner: values.schoolPartner.trim(),
        },
      },
    });
    if (outcome.status === "failed") return; // shown by <QueryErrorAlert>
    if (outcome.status === "done") {
      onCreated(outcome.result.cohort.id);
      return;
    }
    const { field, message } = outcome.refusal;
    if (field && FIELDS.includes(field)) setErrors({ [field as Field]: message });
    else setFailure(message);
  };

  return (
    <Modal
      closeButtonProps={{ "aria-label": t("common:close") }}
      opened
      onClose={onClose}
      title={t("create.title")}
      size="lg"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
        noValidate
      >
        <Stack gap="md">
          {failure && (
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          )}
          {error && <QueryErrorAlert error={error} />}
          <NativeSelect
            label={t("create.edition")}
            data={editions.map((edition) => ({ value: edition.id, label: edition.name }))}
            required
            {...input("editionId")}
          />
          <TextInput label={t("create.name")} required data-autofocus {...input("name")} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <DateField label={t("create.startDate")} {...dateInput("startDate")} />
            <DateField
              label={t("create.eventDate")}
              description={t("create.eventDateHelp")}
              {...dateInput("eventDate")}
            />
            <DateField label={t("create.endDate")} {...dateInput("eventEndDate")} />
          </SimpleGrid>
          <TextInput label={t("create.venue")} {...input("venue")} />
          <TextInput label={t("create.school")} {...input("schoolPartner")} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("create.cancel")}
            </Button>
            <Button type="submit" loading={loading}>
              {t("create.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

import { Alert, Button, Group, Modal, NativeSelect, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { graphql } from "../../graphql/generated/gql";
import type { OrganisationKind } from "../../graphql/generated/graphql";
import { useMutationOutcome } from "../../lib/mutation";

export const OrganisationErrorFields = graphql(`
  fragment OrganisationErrorFields on OrganisationError {
    __typename
    field
    code
    message
  }
`);

export const CreateOrganisationMutation = graphql(`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      __typename
      ... on OrganisationSuccess {
        organisation {
          id
          slug
          name
          kind
          website
          userCount
        }
      }
      ...OrganisationErrorFields
    }
  }
`);

export const UpdateOrganisationMutation = graphql(`
  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {
    updateOrganisation(input: $input) {
      __typename
      ... on OrganisationSuccess {
        organisation {
          id
          name
          kind
          website
        }
      }
      ...OrganisationErrorFields
    }
  }
`);

export const ORGANISATION_KINDS: readonly OrganisationKind[] = [
  "FINANCER",
  "CONSULTANCY",
  "LABEL",
  "DISTRIBUTOR",
  "SCHOOL",
  "NETWORK",
  "PUBLIC_AUTHORITY",
];

type Field = "name" | "slug" | "kind" | "website";
const FIELDS: readonly string[] = ["name", "slug", "kind", "website"];

export interface EditedOrganisation {
  id: string;
  slug: string;
  name: string;
  kind: OrganisationKind;
  website: string | null;
}

interface Props {
  /** The organisation to edit; none: a new one. */
  organisation?: EditedOrganisation;
  onClose: () => void;
}

/** « Nouvelle organisation » and « Modifier »: the API checks everything (name, slug, website) and answers
 * in French with the limits and examples; its messages are shown under the field they are about. */
export function OrganisationModal({ organisation, onClose }: Props) {
  const { t } = useTranslation(["partners", "enums", "common"]);
  const editing = organisation !== undefined;
  const [values, setValues] = useState<Record<Field, string>>({
    name: organisation?.name ?? "",
    slug: organisation?.slug ?? "",
    kind: organisation?.kind ?? "",
    website: organisation?.website ?? "",
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const describe = (error: { message: string }) => error.message;
  const [create, creating] = useMutationOutcome(CreateOrganisationMutation, OrganisationErrorFields, describe);
  const [update, updating] = useMutationOutcome(UpdateOrganisationMutation, OrganisationErrorFields, describe);
  const { loading, error } = editing ? updating : creating;

  const input = (field: Field) => ({
    value: values[field],
    onChange: (event: { currentTarget: { value: string } }) => {
      const value = event.currentTarget.value;
      setValues((current) => ({ ...current, [field]: value }));
    },
    error: errors[field],
  });

  const submit = async () => {
    setFailure(null);
    const kind = ORGANISATION_KINDS.find((known) => known === values.kind);
    const found: Partial<Record<Field, string>> = {};
    if (!values.name.trim()) found.name = t("manage.required");
    if (!kind) found.kind = t("manage.chooseKindError");
    setErrors(found);
    if (!kind || Object.keys(found).length > 0) return;
    const common = { name: values.name.trim(), kind, website: values.website.trim() || null };
    const outcome = organisation
      ? await update({ variables: { input: { organisationId: organisation.id, ...common } } })
      : await create({
          variables: { input: { ...common, slug: values.slug.trim() || null } },
          // The new organisation takes its place in the alphabetical list.
          refetchQueries: ["ManagedOrganisations"],
        });
    if (outcome.status === "failed") return; // shown by <QueryErrorAlert>
    if (outcome.status === "done") {
      onClose();
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
      title={editing ? t("manage.editTitle", { name: organisation.name }) : t("manage.createTitle")}
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
          <TextInput label={t("manage.name")} required data-autofocus {...input("name")} />
          {editing ? (
            <Text size="sm">{t("manage.slugFixed", { slug: organisation.slug })}</Text>
          ) : (
            <TextInput label={t("manage.slug")} description={t("manage.slugHelp")} {...input("slug")} />
          )}
          <NativeSelect
            label={t("manage.kind")}
            required
            data={[
              ...(editing ? [] : [{ value: "", label: t("manage.chooseKind") }]),
              ...ORGANISATION_KINDS.map((kind) => ({ value: kind, label: t(`enums:organisationKind.${kind}`) })),
            ]}
            {...input("kind")}
          />
          <TextInput
            label={t("manage.website")}
            description={t("manage.websiteHelp")}
            type="url"
            {...input("website")}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("manage.cancel")}
            </Button>
            <Button type="submit" loading={loading}>
              {editing ? t("manage.save") : t("manage.create")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

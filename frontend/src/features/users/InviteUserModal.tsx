import { Alert, Button, Group, Modal, NativeSelect, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { AccountErrorFields } from "../../graphql/errors";
import { graphql } from "../../graphql/generated/gql";
import type { Role } from "../../graphql/generated/graphql";
import { formatDateTime } from "../../lib/dates";
import { useMutationOutcome } from "../../lib/mutation";

import { userErrorMessage } from "./userErrors";

export const InviteUserMutation = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      __typename
      ... on InviteUserSuccess {
        invitationExpiresAt
        invitationSent
        user {
          id
          displayName
          email
          active
        }
      }
      ...AccountErrorFields
    }
  }
`);

type Field = "email" | "name" | "role" | "region" | "organisation";
const FIELDS: readonly string[] = ["email", "name", "role", "region", "organisation"];
/** Enough to catch a typo before sending; the API checks the address for good. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** What an account of a role must say (`Viewer.manageableRoleInfos`: the API's rule, `auth/principal.py`). */
export interface RoleInfo {
  role: Role;
  needsRegion: boolean;
  needsOrganisation: boolean;
  mayHaveOrganisation: boolean;
}

interface Props {
  /** The roles offered, the first chosen, with what each needs. */
  roles: readonly RoleInfo[];
  /** The regions where the viewer manages accounts. */
  regions: readonly { slug: string; name: string }[];
  /** The partner organisations, for the roles that belong to one (read by the page while it is open). */
  organisations: { loading: boolean; error: Error | undefined; list: readonly { slug: string; name: string }[] };
  onClose: () => void;
}

/** « Inviter »: an account, not open until its holder sets a password through the invitation's link. */
export function InviteUserModal({ roles, regions, organisations, onClose }: Props) {
  const { t } = useTranslation(["users", "enums", "common"]);
  const [values, setValues] = useState<Record<Field, string>>({
    email: "",
    name: "",
    role: roles[0]?.role ?? "",
    region: regions.length === 1 ? (regions[0]?.slug ?? "") : "",
    organisation: "",
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [invited, setInvited] = useState<{ name: string; email: string; expiresAt: string; sent: boolean } | null>(
    null,
  );
  const [invite, { loading, error }] = useMutationOutcome(InviteUserMutation, AccountErrorFields, (refusal) =>
    userErrorMessage(t, refusal),
  );

  const info = roles.find((offered) => offered.role === values.role);
  const role = info?.role;
  const needsRegion = info?.needsRegion ?? false;
  const organisationRequired = info?.needsOrganisation ?? false;
  const needsOrganisation = organisationRequired || (info?.mayHaveOrganisation ?? false);

  const input = (field: Field) => ({
    value: values[field],
    onChange: (event: { currentTarget: { value: string } }) => {
      const value = event.currentTarget.value;
      setValues((current) => ({ ...current, [field]: value }));
    },
    error: errors[field],
  });

  const validate = (): Partial<Record<Field, string>> => {
    const found: Partial<Record<Field, string>> = {};
    if (!values.email.trim()) found.email = t("errors.REQUIRED");
    else if (!EMAIL.test(values.email.trim())) found.email = t("errors.INVALID_EMAIL");
    if (!values.name.trim()) found.name = t("errors.REQUIRED");
    if (!role) found.role = t("errors.REQUIRED");
    if (needsRegion && !values.region) found.region = t("errors.ROLE_NEEDS_REGION");
    if (organisationRequired && !values.organisation) found.organisation = t("errors.ROLE_NEEDS_ORGANISATION");
    return found;
  };

  const submit = async () => {
    setFailure(null);
    const found = validate();
    setErrors(found);
    if (!role || Object.keys(found).length > 0) return;
    const outcome = await invite({
      variables: {
        input: {
          email: values.email.trim(),
          name: values.name.trim(),
          role,
          region: needsRegion ? values.region : null,
          organisation: needsOrganisation && values.organisation ? values.organisation : null,
        },
      },
      // The new account joins the list where it belongs (its place depends on the filters and the order).
      refetchQueries: ["Users"],
    });
    if (outcome.status === "failed") return; // shown by <QueryErrorAlert>
    if (outcome.status === "done") {
      const { user, invitationExpiresAt, invitationSent } = outcome.result;
      setInvited({ name: user.displayName, email: user.email, expiresAt: invitationExpiresAt, sent: invitationSent });
      return;
    }
    const { field, message } = outcome.refusal;
    if (field && FIELDS.includes(field)) setErrors({ [field as Field]: message });
    else setFailure(message);
  };

  return (
    <Modal closeButtonProps={{ "aria-label": t("common:close") }} opened onClose={onClose} title={t("invite.title")}>
      {invited ? (
        <Stack gap="md">
          <Alert
            color={invited.sent ? "green" : "orange"}
            role="status"
            title={t(invited.sent ? "invite.doneTitle" : "invite.doneNotSentTitle")}
          >
            {t(invited.sent ? "invite.done" : "invite.doneNotSent", {
              name: invited.name,
              email: invited.email,
              expiresAt: formatDateTime(invited.expiresAt) ?? invited.expiresAt,
            })}
          </Alert>
          <Group justify="flex-end">
            <Button onClick={onClose} data-autofocus>
              {t("common:close")}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
          noValidate
        >
          <Stack gap="md">
            <Text size="sm">{t("invite.intro")}</Text>
            {failure && (
              <Alert color="red" role="alert">
                {failure}
              </Alert>
            )}
            {error && <QueryErrorAlert error={error} />}
            <TextInput label={t("invite.email")} type="email" required data-autofocus {...input("email")} />
            <TextInput label={t("invite.name")} required {...input("name")} />
            <NativeSelect
              label={t("invite.role")}
              required
              data={roles.map((offered) => ({ value: offered.role, label: t(`enums:role.${offered.role}`) }))}
              {...input("role")}
            />
            {needsRegion && (
              <NativeSelect
                label={t("invite.region")}
                required
                data={[
                  ...(regions.length === 1 ? [] : [{ value: "", label: t("invite.chooseRegion") }]),
                  ...regions.map((region) => ({ value: region.slug, label: region.name })),
                ]}
                {...input("region")}
              />
            )}
            {needsOrganisation && (
              <NativeSelect
                label={t("invite.organisation")}
                required={organisationRequired}
                description={organisationRequired ? undefined : t("invite.organisationOptional")}
                disabled={organisations.loading}
                data={[
                  { value: "", label: t("invite.chooseOrganisation") },
                  ...organisations.list.map((organisation) => ({
                    value: organisation.slug,
                    label: organisation.name,
                  })),
                ]}
                {...input("organisation")}
              />
            )}
            {needsOrganisation && organisations.error && <QueryErrorAlert error={organisations.error} />}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t("invite.cancel")}
              </Button>
              <Button type="submit" loading={loading}>
                {t("invite.submit")}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}

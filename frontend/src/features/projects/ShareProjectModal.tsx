import {
  Alert,
  Button,
  FileInput,
  Group,
  Modal,
  Radio,
  type RadioGroupProps,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import type { TFunction } from "i18next";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { DateField } from "../../components/DateField";
import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { GrantErrorFields } from "../../graphql/errors";
import { graphql } from "../../graphql/generated/gql";
import type { GrantScope } from "../../graphql/generated/graphql";
import { formatLongDate } from "../../lib/dates";
import { placeAtField, useMutationOutcome } from "../../lib/mutation";

import { CONSENT_FILE_TYPES } from "./consentFiles";
import { useConsentDocument } from "./useConsentDocument";

/** The bounds of a grant and its scopes in plain French, as the API words them (`grantSettings`), and
 * the day it is in France (`Viewer.today`, the consent's default day). */
export interface GrantSettings {
  defaultExpiresOn: string;
  maxExpiresOn: string;
  scopes: readonly { scope: GrantScope; label: string }[];
  today: string;
}

export interface OrganisationChoice {
  id: string;
  name: string;
}

export const ShareProjectMutation = graphql(`
  mutation ShareProject($input: ShareProjectInput!) {
    shareProject(input: $input) {
      __typename
      ... on GrantSuccess {
        grant {
          id
          organisation {
            id
            name
          }
          ...GrantRow_grant
        }
      }
      ...GrantErrorFields
    }
  }
`);

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** The last day of a grant: required, a date, not after the farthest one the API accepts. */
export function expiryError(t: TFunction<"projects">, value: string, max: string): string | null {
  if (!value.trim()) return t("sharing.form.expiresOnRequired");
  if (!ISO.test(value)) return t("sharing.form.dateInvalid");
  if (value > max) return t("sharing.form.expiresOnTooLate", { date: formatLongDate(max) ?? max });
  return null;
}

/** The scopes as radio buttons, each told in the API's words: what the partner will read. */
export function ScopeChoice({
  scopes,
  ...input
}: Omit<RadioGroupProps, "label" | "children"> & { scopes: GrantSettings["scopes"] }) {
  const { t } = useTranslation("projects");
  return (
    <Radio.Group label={t("sharing.form.scope")} withAsterisk {...input}>
      <Stack gap="xs" mt="xs">
        {scopes.map(({ scope, label }) => (
          <Radio key={scope} value={scope} label={label} />
        ))}
      </Stack>
    </Radio.Group>
  );
}

interface Props {
  opened: boolean;
  onClose: () => void;
  project: { id: string; name: string };
  /** Null while they load (the dialog says so). */
  settings: GrantSettings | null;
  organisations: readonly OrganisationChoice[] | null;
  loadError?: unknown;
  onShared: () => void;
}

/** « Partager avec un partenaire »: an organisation, a scope, until when, why — and, beyond the summary
 * card, the company's consent (who agreed, when), which the API requires too. */
export function ShareProjectModal({ opened, onClose, project, settings, organisations, loadError, onShared }: Props) {
  const { t } = useTranslation(["projects", "common"]);
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t("sharing.form.title")}
      size="lg"
      closeButtonProps={{ "aria-label": t("common:close") }}
    >
      {loadError != null ? (
        <QueryErrorAlert error={loadError} />
      ) : settings && organisations ? (
        // The Modal unmounts its content once closed: each opening starts a fresh form.
        <ShareProjectForm
          project={project}
          settings={settings}
          organisations={organisations}
          onCancel={onClose}
          onDone={() => {
            onShared();
            onClose();
          }}
        />
      ) : (
        <Text>{t("sharing.form.loading")}</Text>
      )}
    </Modal>
  );
}

interface Values {
  organisationId: string;
  scope: GrantScope;
  expiresOn: string;
  purpose: string;
  consent: { givenBy: string; givenOn: string };
}

/** The API's field paths, as the form names them (`consent`: the consent is missing as a whole). */
const FIELD_OF: Record<string, keyof Values | "consent.givenBy" | "consent.givenOn"> = {
  organisationId: "organisationId",
  scope: "scope",
  expiresOn: "expiresOn",
  purpose: "purpose",
  consent: "consent.givenBy",
  "consent.givenBy": "consent.givenBy",
  "consent.givenOn": "consent.givenOn",
};

function ShareProjectForm({
  project,
  settings,
  organisations,
  onCancel,
  onDone,
}: {
  project: Props["project"];
  settings: GrantSettings;
  organisations: readonly OrganisationChoice[];
  onCancel: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation(["projects", "common"]);
  // The API's message is French and says what to change (`GrantErrorCode`).
  const [share, mutation] = useMutationOutcome(ShareProjectMutation, GrantErrorFields, (error) => error.message);
  const [problem, setProblem] = useState<string | null>(null);
  // The signed paper, if the adviser has it: joined to the grant once it is stored.
  const [consentFile, setConsentFile] = useState<File | null>(null);
  const consentDocument = useConsentDocument(project.id);
  const form = useForm<Values>({
    mode: "controlled",
    initialValues: {
      organisationId: "",
      scope: "SUMMARY",
      expiresOn: settings.defaultExpiresOn,
      purpose: "",
      consent: { givenBy: "", givenOn: settings.today },
    },
    validate: {
      organisationId: (value) => (value ? null : t("sharing.form.organisationRequired")),
      expiresOn: (value) => expiryError(t, value, settings.maxExpiresOn),
      consent: {
        givenBy: (value, values) =>
          values.scope !== "SUMMARY" && !value.trim() ? t("sharing.form.consentByRequired") : null,
        givenOn: (value, values) => {
          if (values.scope === "SUMMARY") return null;
          if (!value.trim()) return t("sharing.form.consentOnRequired");
          if (!ISO.test(value)) return t("sharing.form.dateInvalid");
          return value > settings.today ? t("sharing.form.consentOnFuture") : null;
        },
      },
    },
  });
  const needsConsent = form.values.scope !== "SUMMARY";

  const submit = form.onSubmit(
    async (values) => {
      setProblem(null);
      const outcome = await share({
        variables: {
          input: {
            projectId: project.id,
            organisationId: values.organisationId,
            scope: values.scope,
            expiresOn: values.expiresOn,
            purpose: values.purpose.trim(),
            // The summary card is shared without the company's consent: none is recorded then.
            consent: needsConsent ? { givenBy: values.consent.givenBy.trim(), givenOn: values.consent.givenOn } : null,
          },
        },
      });
      if (outcome.status === "failed") return; // network or server error: <QueryErrorAlert> below
      if (outcome.status === "done") {
        if (needsConsent && consentFile && !(await consentDocument.join(consentFile, outcome.result.grant.id))) {
          notifications.show({
            title: t("sharing.form.sharedTitle"),
            message: t("sharing.consentDocument.notJoined"),
            color: "orange",
            autoClose: false,
            closeButtonProps: { "aria-label": t("common:close") },
          });
          onDone();
          return;
        }
        notifications.show({
          title: t("sharing.form.sharedTitle"),
          message: t("sharing.form.shared", {
            organisation: outcome.result.grant.organisation?.name ?? "",
            project: project.name,
          }),
          color: "teal",
          closeButtonProps: { "aria-label": t("common:close") },
        });
        onDone();
        return;
      }
      const { refusal } = outcome;
      if (placeAtField(form, refusal, (field) => FIELD_OF[field] ?? null)) return;
      setProblem(refusal.message);
    },
    (errors) => {
      const first = ["organisationId", "expiresOn", "consent.givenBy", "consent.givenOn"].find(
        (field) => errors[field] != null,
      );
      if (first) form.getInputNode(first)?.focus();
    },
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text>{t("sharing.form.explanation", { project: project.name })}</Text>
        {problem && (
          <Alert color="red" title={t("sharing.form.failedTitle")} role="alert">
            {problem}
          </Alert>
        )}
        {mutation.error && <QueryErrorAlert error={mutation.error} />}
        <Select
          label={t("sharing.form.organisation")}
          placeholder={t("sharing.form.organisationPlaceholder")}
          nothingFoundMessage={t("sharing.form.organisationNone")}
          data={organisations.map(({ id, name }) => ({ value: id, label: name }))}
          searchable
          withAsterisk
          comboboxProps={{ withinPortal: false }}
          {...form.getInputProps("organisationId")}
          onChange={(value: string | null) => form.setFieldValue("organisationId", value ?? "")}
        />
        <ScopeChoice scopes={settings.scopes} {...form.getInputProps("scope")} />
        <DateField
          label={t("sharing.form.expiresOn")}
          description={t("sharing.form.expiresOnDescription", {
            date: formatLongDate(settings.maxExpiresOn) ?? settings.maxExpiresOn,
          })}
          withAsterisk
          {...form.getInputProps("expiresOn")}
        />
        <Textarea
          label={t("sharing.form.purpose")}
          description={t("sharing.form.purposeDescription")}
          autosize
          minRows={2}
          {...form.getInputProps("purpose")}
        />
        {needsConsent && (
          <Stack gap="xs" component="fieldset" m={0} p={0} style={{ border: 0 }}>
            <Text component="legend" fw={600} p={0}>
              {t("sharing.form.consent")}
            </Text>
            <Text size="sm">{t("sharing.form.consentDescription")}</Text>
            <TextInput
              label={t("sharing.form.consentBy")}
              description={t("sharing.form.consentByDescription")}
              withAsterisk
              autoComplete="off"
              {...form.getInputProps("consent.givenBy")}
            />
            <DateField label={t("sharing.form.consentOn")} withAsterisk {...form.getInputProps("consent.givenOn")} />
            <FileInput
              label={t("sharing.form.consentDocument")}
              description={t("sharing.form.consentDocumentDescription")}
              accept={CONSENT_FILE_TYPES}
              clearable
              value={consentFile}
              onChange={setConsentFile}
              clearButtonProps={{ "aria-label": t("sharing.form.consentDocumentClear") }}
            />
          </Stack>
        )}
        <Group justify="flex-end">
          <Button variant="default" type="button" onClick={onCancel}>
            {t("sharing.cancel")}
          </Button>
          <Button type="submit" loading={mutation.loading || consentDocument.busy}>
            {t("sharing.form.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

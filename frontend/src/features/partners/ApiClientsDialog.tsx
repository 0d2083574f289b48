import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Table, Text, TextInput } from "@mantine/core";
import { type Ref, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { ApiClientErrorFields } from "../../graphql/errors";
import { type FragmentType, useFragment } from "../../graphql/generated/fragment-masking";
import { graphql } from "../../graphql/generated/gql";
import type { ApiClientsDialog_OrganisationFragment } from "../../graphql/generated/graphql";
import { formatDateTime } from "../../lib/dates";
import { useMutationOutcome } from "../../lib/mutation";

export const ApiClientsDialogFragment = graphql(`
  fragment ApiClientsDialog_organisation on Organisation {
    id
    name
    apiClients {
      id
      clientId
      name
      createdAt
      lastUsedAt
      revokedAt
      rotatingUntil
    }
  }
`);

export const CreateApiClientMutation = graphql(`
  mutation CreateApiClient($input: CreateApiClientInput!) {
    createApiClient(input: $input) {
      __typename
      ... on CreateApiClientSuccess {
        secret
        client {
          id
          clientId
          name
          createdAt
          lastUsedAt
          revokedAt
          rotatingUntil
        }
      }
      ...ApiClientErrorFields
    }
  }
`);

export const RotateApiClientSecretMutation = graphql(`
  mutation RotateApiClientSecret($input: ApiClientInput!) {
    rotateApiClientSecret(input: $input) {
      __typename
      ... on RotateApiClientSecretSuccess {
        secret
        previousSecretValidUntil
        client {
          id
          rotatingUntil
        }
      }
      ...ApiClientErrorFields
    }
  }
`);

export const RevokeApiClientMutation = graphql(`
  mutation RevokeApiClient($input: ApiClientInput!) {
    revokeApiClient(input: $input) {
      __typename
      ... on RevokeApiClientSuccess {
        client {
          id
          lastUsedAt
          revokedAt
          rotatingUntil
        }
      }
      ...ApiClientErrorFields
    }
  }
`);

interface Client {
  clientId: string;
  name: string;
}

/** What the dialog shows: the list, a confirmation, or a secret just made (held here only, never read again). */
type Step =
  | { step: "list" }
  | { step: "rotate" | "revoke"; client: Client }
  | { step: "secret"; client: Client; secret: string; previousValidUntil: string | null };

interface Props {
  organisation: FragmentType<typeof ApiClientsDialogFragment>;
  onClose: () => void;
}

// The token request's parameter (RFC 6749 §4.4), the same in any language.
const GRANT_TYPE = "grant_type=client_credentials";

const date = (value: string) => formatDateTime(value) ?? value;

/** Focuses its element when it appears: each step of the dialog replaces the previous one's controls. */
function useFocusOnShow<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}

/** « Clients d'API »: the organisation's OAuth 2.0 clients (client credentials on the embedded issuer), made,
 * renewed and revoked by the operators. A secret is shown once, in the answer of the mutation that made it. */
export function ApiClientsDialog({ organisation: organisationRef, onClose }: Props) {
  const { t } = useTranslation(["partners", "common"]);
  const organisation = useFragment(ApiClientsDialogFragment, organisationRef);
  const [current, setCurrent] = useState<Step>({ step: "list" });
  const [failure, setFailure] = useState<string | null>(null);
  const describe = (error: { message: string }) => error.message;
  const [create, creating] = useMutationOutcome(CreateApiClientMutation, ApiClientErrorFields, describe);
  const [rotate, rotating] = useMutationOutcome(RotateApiClientSecretMutation, ApiClientErrorFields, describe);
  const [revoke, revoking] = useMutationOutcome(RevokeApiClientMutation, ApiClientErrorFields, describe);

  const title = {
    list: () => t("apiClients.title", { organisation: organisation.name }),
    rotate: (client: Client) => t("apiClients.rotateTitle", { name: client.name }),
    revoke: (client: Client) => t("apiClients.revokeTitle", { name: client.name }),
    secret: (client: Client) => t("apiClients.secretTitle", { name: client.name }),
  };

  const onCreate = async (name: string) => {
    setFailure(null);
    const outcome = await create({
      variables: { input: { organisationId: organisation.id, name: name.trim() || null } },
      // The secret stays out of Apollo's cache: the list is read again instead.
      fetchPolicy: "no-cache",
      refetchQueries: ["ManagedOrganisations"],
    });
    if (outcome.status === "failed") return; // shown by <QueryErrorAlert>
    if (outcome.status === "refused") return setFailure(outcome.refusal.message);
    setCurrent({
      step: "secret",
      client: outcome.result.client,
      secret: outcome.result.secret,
      previousValidUntil: null,
    });
  };

  const onRotate = async (client: Client) => {
    setFailure(null);
    const outcome = await rotate({
      variables: { input: { clientId: client.clientId } },
      fetchPolicy: "no-cache",
      refetchQueries: ["ManagedOrganisations"],
    });
    if (outcome.status === "failed") return setCurrent({ step: "list" });
    if (outcome.status === "refused") {
      setFailure(outcome.refusal.message);
      return setCurrent({ step: "list" });
    }
    const { secret, previousSecretValidUntil } = outcome.result;
    setCurrent({ step: "secret", client, secret, previousValidUntil: previousSecretValidUntil });
  };

  const onRevoke = async (client: Client) => {
    setFailure(null);
    const outcome = await revoke({ variables: { input: { clientId: client.clientId } } });
    if (outcome.status === "refused") setFailure(outcome.refusal.message);
    setCurrent({ step: "list" });
  };

  return (
    <Modal
      closeButtonProps={{ "aria-label": t("common:close") }}
      opened
      onClose={onClose}
      size="xl"
      title={current.step === "list" ? title.list() : title[current.step](current.client)}
    >
      {current.step === "list" && (
        <ApiClientList
          organisation={organisation.name}
          clients={organisation.apiClients ?? []}
          failure={failure}
          errors={[creating.error, rotating.error, revoking.error]}
          creating={creating.loading}
          onCreate={(name) => void onCreate(name)}
          onAsk={(step, client) => {
            setFailure(null);
            setCurrent({ step, client });
          }}
          onClose={onClose}
        />
      )}
      {(current.step === "rotate" || current.step === "revoke") && (
        <Confirmation
          step={current.step}
          organisation={organisation.name}
          loading={rotating.loading || revoking.loading}
          onConfirm={() => void (current.step === "rotate" ? onRotate(current.client) : onRevoke(current.client))}
          onCancel={() => setCurrent({ step: "list" })}
        />
      )}
      {current.step === "secret" && (
        <IssuedSecret
          organisation={organisation.name}
          clientId={current.client.clientId}
          secret={current.secret}
          previousValidUntil={current.previousValidUntil}
          onDone={() => setCurrent({ step: "list" })}
        />
      )}
    </Modal>
  );
}

interface ListProps {
  organisation: string;
  clients: NonNullable<ApiClientsDialog_OrganisationFragment["apiClients"]>;
  failure: string | null;
  errors: unknown[];
  creating: boolean;
  onCreate: (name: string) => void;
  onAsk: (step: "rotate" | "revoke", client: Client) => void;
  onClose: () => void;
}

function ApiClientList({ organisation, clients, failure, errors, creating, onCreate, onAsk, onClose }: ListProps) {
  const { t } = useTranslation("partners");
  const [name, setName] = useState("");
  const tokenUrl = new URL("/auth/token", window.location.origin).href;

  return (
    <Stack gap="md">
      <Text size="sm">{t("apiClients.intro", { organisation })}</Text>
      <Text size="sm">
        {t("apiClients.tokenHelpBefore")} <Code>{tokenUrl}</Code> {t("apiClients.tokenHelpMiddle")}{" "}
        <Code>{GRANT_TYPE}</Code> {t("apiClients.tokenHelpAfter")}
      </Text>
      {failure && (
        <Alert color="red" role="alert">
          {failure}
        </Alert>
      )}
      {errors.map((mutationError, index) =>
        mutationError ? <QueryErrorAlert key={index} error={mutationError} /> : null,
      )}
      {clients.length === 0 ? (
        <Text size="sm">{t("apiClients.empty")}</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table captionSide="top" verticalSpacing="xs">
            <Table.Caption ta="left" fw={600}>
              {t("apiClients.caption", { organisation })}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("apiClients.columns.name")}</Table.Th>
                <Table.Th scope="col">{t("apiClients.columns.clientId")}</Table.Th>
                <Table.Th scope="col">{t("apiClients.columns.created")}</Table.Th>
                <Table.Th scope="col">{t("apiClients.columns.lastUsed")}</Table.Th>
                <Table.Th scope="col">{t("apiClients.columns.status")}</Table.Th>
                <Table.Th scope="col">{t("apiClients.columns.actions")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {clients.map((client) => (
                <Table.Tr key={client.id}>
                  <Table.Th scope="row">{client.name}</Table.Th>
                  <Table.Td>
                    <Code>{client.clientId}</Code>
                  </Table.Td>
                  <Table.Td>{date(client.createdAt)}</Table.Td>
                  <Table.Td>{client.lastUsedAt ? date(client.lastUsedAt) : t("apiClients.neverUsed")}</Table.Td>
                  <Table.Td>
                    {client.revokedAt
                      ? t("apiClients.revoked", { date: date(client.revokedAt) })
                      : client.rotatingUntil
                        ? t("apiClients.rotating", { date: date(client.rotatingUntil) })
                        : t("apiClients.active")}
                  </Table.Td>
                  <Table.Td>
                    {!client.revokedAt && (
                      <Group gap="xs" wrap="nowrap">
                        <Button
                          size="compact-sm"
                          variant="default"
                          aria-label={t("apiClients.rotateLabel", { name: client.name })}
                          onClick={() => onAsk("rotate", client)}
                        >
                          {t("apiClients.rotate")}
                        </Button>
                        <Button
                          size="compact-sm"
                          variant="outline"
                          color="red"
                          aria-label={t("apiClients.revokeLabel", { name: client.name })}
                          onClick={() => onAsk("revoke", client)}
                        >
                          {t("apiClients.revoke")}
                        </Button>
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onCreate(name);
        }}
        noValidate
      >
        <Group align="flex-end">
          <TextInput
            label={t("apiClients.name")}
            description={t("apiClients.nameHelp", { organisation })}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            style={{ flex: 1 }}
          />
          <Button type="submit" loading={creating}>
            {t("apiClients.create")}
          </Button>
        </Group>
      </form>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t("apiClients.close")}
        </Button>
      </Group>
    </Stack>
  );
}

interface ConfirmationProps {
  step: "rotate" | "revoke";
  organisation: string;
  loading: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

function Confirmation({ step, organisation, loading, onConfirm, onCancel }: ConfirmationProps) {
  const { t } = useTranslation("partners");
  // The safe choice has the focus: both actions change what the partner's system may do.
  const cancel = useFocusOnShow<HTMLButtonElement>();
  return (
    <Stack gap="md">
      <Text>
        {t(step === "rotate" ? "apiClients.rotateExplained" : "apiClients.revokeExplained", { organisation })}
      </Text>
      <Group justify="flex-end">
        <Button ref={cancel} variant="default" onClick={onCancel}>
          {t("apiClients.cancel")}
        </Button>
        <Button color={step === "revoke" ? "red" : undefined} loading={loading} onClick={onConfirm}>
          {t(step === "rotate" ? "apiClients.rotate" : "apiClients.revoke")}
        </Button>
      </Group>
    </Stack>
  );
}

interface SecretProps {
  organisation: string;
  clientId: string;
  secret: string;
  previousValidUntil: string | null;
  onDone: () => void;
}

function IssuedSecret({ organisation, clientId, secret, previousValidUntil, onDone }: SecretProps) {
  const { t } = useTranslation("partners");
  const secretInput = useFocusOnShow<HTMLInputElement>();
  const copyable = (label: string, value: string, copyLabel: string, ref?: Ref<HTMLInputElement>) => (
    <Group align="flex-end" wrap="nowrap">
      <TextInput
        ref={ref}
        label={label}
        value={value}
        readOnly
        style={{ flex: 1 }}
        onFocus={(event) => event.currentTarget.select()}
      />
      <CopyButton value={value}>
        {({ copied, copy }) => (
          <Button variant={copied ? "light" : "filled"} onClick={copy} aria-label={copyLabel}>
            {copied ? t("apiClients.copied") : t("apiClients.copy")}
          </Button>
        )}
      </CopyButton>
    </Group>
  );
  return (
    <Stack gap="md">
      <Alert color="orange" variant="light" title={t("apiClients.secretWarningTitle")}>
        {t("apiClients.secretWarning", { organisation })}
      </Alert>
      {copyable(t("apiClients.columns.clientId"), clientId, t("apiClients.copyClientId"))}
      {copyable(t("apiClients.secret"), secret, t("apiClients.copySecret"), secretInput)}
      {previousValidUntil && (
        <Text size="sm">{t("apiClients.previousValidUntil", { date: date(previousValidUntil) })}</Text>
      )}
      <Group justify="flex-end">
        <Button onClick={onDone}>{t("apiClients.done")}</Button>
      </Group>
    </Stack>
  );
}

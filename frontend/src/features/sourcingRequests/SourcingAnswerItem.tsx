import { Alert, Badge, Button, Group, Paper, Stack, Text } from "@mantine/core";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";

import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { SourcingErrorFields } from "../../graphql/errors";
import { type FragmentType, useFragment } from "../../graphql/generated/fragment-masking";
import { graphql } from "../../graphql/generated/gql";
import { formatDateTime } from "../../lib/dates";
import { useMutationOutcome } from "../../lib/mutation";

import { sourcingErrorMessage } from "./sourcingRequestErrors";

export const SourcingAnswerFragment = graphql(`
  fragment SourcingAnswer_answer on SourcingAnswer {
    id
    answererName
    answererRegion {
      id
      slug
      name
    }
    note
    createdAt
    suppliers {
      id
      siret
      name
      communeName
      nafCode
      nafLabel
      accepted
    }
  }
`);

export const AcceptProposedSupplierMutation = graphql(`
  mutation AcceptProposedSupplier($input: AcceptProposedSupplierInput!) {
    acceptProposedSupplier(input: $input) {
      __typename
      ... on SupplierCandidateSuccess {
        candidate {
          id
        }
      }
      ...SourcingErrorFields
    }
  }
`);

interface Props {
  answer: FragmentType<typeof SourcingAnswerFragment>;
  /** The requesting region adds the proposed establishments to its chain. */
  canAccept: boolean;
}

/** One region's answer: who, when, the note, and the establishments proposed. */
export function SourcingAnswerItem({ answer: ref, canAccept }: Props) {
  const { t } = useTranslation("sourcingRequests");
  const answer = useFragment(SourcingAnswerFragment, ref);
  return (
    <Paper withBorder p="sm" bg="gray.0">
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          {t("answers.by", {
            name: answer.answererName,
            region: answer.answererRegion.name,
            date: formatDateTime(answer.createdAt) ?? answer.createdAt,
          })}
        </Text>
        {answer.note && <Text size="sm">{answer.note}</Text>}
        <Stack
          component="ul"
          gap="xs"
          aria-label={t("answers.suppliers")}
          style={{ listStyle: "none", margin: 0, padding: 0 }}
        >
          {answer.suppliers.map((supplier) => (
            <li key={supplier.id}>
              <ProposedSupplierRow supplier={supplier} canAccept={canAccept} />
            </li>
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}

interface Supplier {
  id: string;
  siret: string;
  name: string;
  communeName: string;
  nafCode?: string | null;
  nafLabel?: string | null;
  accepted: boolean;
}

function ProposedSupplierRow({ supplier, canAccept }: { supplier: Supplier; canAccept: boolean }) {
  const { t } = useTranslation("sourcingRequests");
  const [accept, mutation] = useMutationOutcome(AcceptProposedSupplierMutation, SourcingErrorFields, (error) =>
    sourcingErrorMessage(t, error),
  );
  const [problem, setProblem] = useState<string | null>(null);
  const nameId = useId();

  const submit = async () => {
    setProblem(null);
    const outcome = await accept({
      variables: { input: { proposedSupplierId: supplier.id } },
      updateCache: (cache) => {
        cache.modify({
          id: cache.identify({ __typename: "ProposedSupplier", id: supplier.id }),
          fields: { accepted: () => true },
        });
      },
    });
    // A network or server error is shown by <QueryErrorAlert> below.
    if (outcome.status === "refused") setProblem(outcome.refusal.message);
  };

  return (
    <Stack gap={4}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <div>
          <Text fw={600} id={nameId}>
            {supplier.name}
          </Text>
          <Text size="sm" c="dimmed">
            {[
              supplier.communeName,
              t("answers.siret", { siret: supplier.siret }),
              supplier.nafCode && [supplier.nafCode, supplier.nafLabel].filter(Boolean).join(" "),
            ]
              .filter(Boolean)
              .join(" · ")}
          </Text>
        </div>
        {supplier.accepted ? (
          <Badge color="green" variant="light">
            {t("answers.accepted")}
          </Badge>
        ) : (
          canAccept && (
            <Button
              size="xs"
              variant="light"
              loading={mutation.loading}
              onClick={() => void submit()}
              aria-describedby={nameId}
            >
              {t("answers.accept")}
            </Button>
          )
        )}
      </Group>
      {problem && (
        <Alert color="red" role="alert" p="xs">
          {problem}
        </Alert>
      )}
      {mutation.error && <QueryErrorAlert error={mutation.error} />}
    </Stack>
  );
}

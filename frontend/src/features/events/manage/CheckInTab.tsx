import { useQuery } from "@apollo/client/react";
import { Alert, Button, Card, Group, Loader, Stack, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { QueryErrorAlert } from "../../../components/QueryErrorAlert";
import { EventErrorFields } from "../../../graphql/errors";
import { graphql } from "../../../graphql/generated/gql";
import { useMutationOutcome } from "../../../lib/mutation";

import type { EventTabProps } from "./eventTabs";
import { WalkInModal } from "./WalkInModal";

export const CheckInListQuery = graphql(`
  query CheckInList($id: ID!, $search: String) {
    node(id: $id) {
      __typename
      ... on Event {
        id
        registrations(first: 30, search: $search) {
          totalCount
          edges {
            node {
              id
              name
              company
              status
              walkIn
              checkedInAt
            }
          }
        }
      }
    }
  }
`);

export const CheckInRegistrationMutation = graphql(`
  mutation CheckInRegistration($input: CheckInRegistrationInput!) {
    checkInRegistration(input: $input) {
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

/** « Accueil », on a phone at the door: search a name, one big « Présent » button per person, and walk-ins. */
export function CheckInTab({ eventId }: EventTabProps) {
  const { t } = useTranslation("events");
  const [text, setText] = useState("");
  const [search] = useDebouncedValue(text.trim(), 200);
  const [walkIn, setWalkIn] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const {
    data: fresh,
    previousData,
    loading,
    error,
    refetch,
  } = useQuery(CheckInListQuery, {
    variables: { id: eventId, search: search || null },
  });
  const [checkIn, checking] = useMutationOutcome(CheckInRegistrationMutation, EventErrorFields, (e) => e.message);
  // The previous answer stays while the next search loads: the list does not flash.
  const data = fresh ?? previousData;
  const node = data?.node?.__typename === "Event" ? data.node : null;

  const toggle = async (id: string, present: boolean) => {
    setProblem(null);
    const outcome = await checkIn({ variables: { input: { registrationId: id, present } } });
    if (outcome.status === "refused") setProblem(outcome.refusal.message);
  };

  return (
    <Stack gap="md" maw={560}>
      <Group justify="space-between" wrap="wrap">
        <TextInput
          label={t("manage.checkIn.search")}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          size="md"
          type="search"
          style={{ flex: "1 1 220px" }}
        />
        <Button size="md" variant="light" onClick={() => setWalkIn(true)} style={{ alignSelf: "flex-end" }}>
          {t("manage.checkIn.walkIn")}
        </Button>
      </Group>
      {problem && (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      )}
      {checking.error && <QueryErrorAlert error={checking.error} />}
      {error ? (
        <QueryErrorAlert error={error} onRetry={() => void refetch()} />
      ) : loading && !node ? (
        <Loader role="status" aria-label={t("manage.loading")} />
      ) : !node?.registrations ? (
        <Alert color="gray">{t("manage.notOrganiser")}</Alert>
      ) : node.registrations.edges.length === 0 ? (
        <Text>{t("manage.checkIn.nobody")}</Text>
      ) : (
        <Stack gap="sm" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
          {node.registrations.edges.map(({ node: person }) => {
            const present = person.checkedInAt !== null && person.checkedInAt !== undefined;
            const cancelled = person.status === "CANCELLED";
            return (
              <Card key={person.id} withBorder padding="sm" component="li">
                <Group justify="space-between" wrap="nowrap" gap="sm">
                  <div style={{ minWidth: 0 }}>
                    <Text fw={600}>{person.name}</Text>
                    <Text size="sm" c="dimmed">
                      {person.company}
                      {cancelled ? ` — ${t("manage.status.cancelled")}` : ""}
                    </Text>
                  </div>
                  <Button
                    size="lg"
                    miw={132}
                    color={present ? "teal" : "gray"}
                    variant={present ? "filled" : "outline"}
                    aria-pressed={present}
                    // The state shows by more than the colour: a tick once present.
                    leftSection={present ? <span aria-hidden="true">{t("manage.checkIn.tick")}</span> : undefined}
                    aria-label={t("manage.checkIn.presentFor", { name: person.name })}
                    disabled={cancelled}
                    onClick={() => void toggle(person.id, !present)}
                  >
                    {t("manage.checkIn.present")}
                  </Button>
                </Group>
              </Card>
            );
          })}
        </Stack>
      )}
      <WalkInModal
        eventId={eventId}
        opened={walkIn}
        onClose={() => setWalkIn(false)}
        onDone={() => {
          setWalkIn(false);
          void refetch();
        }}
      />
    </Stack>
  );
}

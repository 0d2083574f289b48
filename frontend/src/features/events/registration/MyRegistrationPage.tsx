import { useQuery } from "@apollo/client/react";
import { Alert, Button, Group, Loader, Modal, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";

import { QueryErrorAlert } from "../../../components/QueryErrorAlert";
import { EventErrorFields } from "../../../graphql/errors";
import { graphql } from "../../../graphql/generated/gql";
import { useDocumentTitle } from "../../../lib/documentTitle";
import { useMutationOutcome } from "../../../lib/mutation";

import { PublicEventRegistrationQuery } from "./RegistrationPage";
import { SeatList } from "./SeatList";
import { SessionChoices } from "./SessionChoices";

export const MyEventRegistrationQuery = graphql(`
  query MyEventRegistration($token: String!) {
    myEventRegistration(token: $token) {
      id
      name
      status
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
`);

export const UpdateMyEventRegistrationMutation = graphql(`
  mutation UpdateMyEventRegistration($input: UpdateMyEventRegistrationInput!) {
    updateMyEventRegistration(input: $input) {
      __typename
      ... on MyEventRegistrationSuccess {
        registration {
          id
          name
          status
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

export const CancelMyEventRegistrationMutation = graphql(`
  mutation CancelMyEventRegistration($input: CancelMyEventRegistrationInput!) {
    cancelMyEventRegistration(input: $input) {
      __typename
      ... on MyEventRegistrationSuccess {
        registration {
          id
          name
          status
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

/** /evenements/:slug/inscription/:token: the personal link of the confirmation e-mail (no account). The
 * person sees their sessions, changes them while registration is open, or cancels. */
export function MyRegistrationPage() {
  const { t } = useTranslation("events");
  const { slug = "", token = "" } = useParams();
  useDocumentTitle(t("myRegistration.title"));
  const mine = useQuery(MyEventRegistrationQuery, { variables: { token } });
  const event = useQuery(PublicEventRegistrationQuery, { variables: { slug } });
  const registration = mine.data?.myEventRegistration;
  // The boxes ticked, against the seats held when they were ticked: once the seats change (saved), the
  // boxes show the seats again.
  const [choice, setChoice] = useState<{ from: string; ids: string[] } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [update, updating] = useMutationOutcome(
    UpdateMyEventRegistrationMutation,
    EventErrorFields,
    (error) => error.message,
  );
  const [cancel, cancelling] = useMutationOutcome(
    CancelMyEventRegistrationMutation,
    EventErrorFields,
    (error) => error.message,
  );
  const held = registration?.sessions.map((seat) => seat.session.id) ?? [];
  const heldKey = held.join(",");
  const chosen = choice?.from === heldKey ? choice.ids : held;

  if (mine.loading || event.loading) return <Loader role="status" aria-label={t("registration.loading")} />;
  if (mine.error) return <QueryErrorAlert error={mine.error} />;
  if (!registration) {
    return (
      <Stack py="md" maw={720}>
        <Title order={1}>{t("myRegistration.title")}</Title>
        <Alert color="gray">{t("myRegistration.badLink")}</Alert>
      </Stack>
    );
  }
  const publicEvent = event.data?.publicEvent;
  const cancelled = registration.status === "CANCELLED";
  const seats = registration.sessions.map((seat) => ({
    title: seat.session.title,
    startsAt: seat.session.startsAt,
    status: seat.status,
    waitingPosition: seat.waitingPosition ?? null,
  }));

  const save = async () => {
    setProblem(null);
    setSaved(false);
    const outcome = await update({ variables: { input: { token, sessionIds: chosen } } });
    if (outcome.status === "refused") setProblem(outcome.refusal.message);
    if (outcome.status === "done") setSaved(true);
  };
  const confirmCancel = async () => {
    setProblem(null);
    const outcome = await cancel({ variables: { input: { token } } });
    setConfirming(false);
    if (outcome.status === "refused") setProblem(outcome.refusal.message);
  };

  return (
    <Stack gap="lg" py="md" maw={720}>
      <Title order={1}>{t("myRegistration.title")}</Title>
      {publicEvent && <Text fw={500}>{publicEvent.name}</Text>}
      <Text>{t("myRegistration.hello", { name: registration.name })}</Text>
      {cancelled ? (
        <Alert color="gray" title={t("myRegistration.cancelledTitle")}>
          {t("myRegistration.cancelled")}
        </Alert>
      ) : (
        <>
          <section aria-labelledby="mes-sessions">
            <Title order={2} id="mes-sessions" mb="sm">
              {t("myRegistration.sessions")}
            </Title>
            <SeatList seats={seats} />
          </section>
          {publicEvent?.registrationOpen && (
            <Stack gap="md">
              <SessionChoices
                sessions={publicEvent.sessions.filter((session) => session.openToPublic)}
                chosen={chosen}
                onChange={(ids) => {
                  setChoice({ from: heldKey, ids });
                  setSaved(false);
                }}
                error={null}
                held={held}
              />
              <Group>
                <Button onClick={() => void save()} loading={updating.loading}>
                  {t("myRegistration.save")}
                </Button>
              </Group>
            </Stack>
          )}
          {saved && (
            <Alert color="teal" role="status">
              {t("myRegistration.saved")}
            </Alert>
          )}
          {problem && (
            <Alert color="red" role="alert" title={t("registration.refusedTitle")}>
              {problem}
            </Alert>
          )}
          {(updating.error ?? cancelling.error) && <QueryErrorAlert error={updating.error ?? cancelling.error} />}
          <Group>
            <Button color="red" variant="outline" onClick={() => setConfirming(true)}>
              {t("myRegistration.cancel")}
            </Button>
          </Group>
        </>
      )}
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t("myRegistration.confirmTitle")}>
        <Stack>
          <Text>{t("myRegistration.confirmText")}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t("myRegistration.keep")}
            </Button>
            <Button color="red" onClick={() => void confirmCancel()} loading={cancelling.loading}>
              {t("myRegistration.confirmCancel")}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

import { useQuery } from "@apollo/client/react";
import { Alert, Box, Button, Paper, Stack, Text, Textarea, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";

import { LoadingState } from "../../components/LoadingState";
import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { ProjectErrorFields } from "../../graphql/errors";
import { graphql } from "../../graphql/generated/gql";
import type { ProjectQuestionsQuery as ProjectQuestionsData } from "../../graphql/generated/graphql";
import limits from "../../graphql/inputLimits.json";
import { formatDateTime } from "../../lib/dates";
import { useMutationOutcome } from "../../lib/mutation";

/** The API's limit on a question or an answer (`graphql/inputLimits.json`): the field stops there. */
export const QUESTION_MAX_LENGTH = limits.question.body;
/** The SPA shows a thread's latest exchanges: a question thread stays short. */
export const QUESTIONS_PAGE_SIZE = 100;

export const ProjectQuestionsQuery = graphql(`
  query ProjectQuestions($id: ID!, $first: Int!) {
    node(id: $id) {
      __typename
      ... on Project {
        id
        partnerQuestions(first: $first) {
          totalCount
          edges {
            node {
              id
              body
              createdAt
              authorName
              viewerIsAuthor
              organisation {
                id
                name
              }
            }
          }
        }
        viewerQuestions(first: $first) {
          totalCount
          edges {
            node {
              id
              body
              createdAt
              authorName
              viewerIsAuthor
              organisation {
                id
                name
              }
            }
          }
        }
      }
    }
  }
`);

export const AskProjectQuestionMutation = graphql(`
  mutation AskProjectQuestion($input: AskProjectQuestionInput!) {
    askProjectQuestion(input: $input) {
      __typename
      ... on ProjectQuestionSuccess {
        posted {
          id
        }
      }
      ...ProjectErrorFields
    }
  }
`);

export const AnswerProjectQuestionMutation = graphql(`
  mutation AnswerProjectQuestion($input: AnswerProjectQuestionInput!) {
    answerProjectQuestion(input: $input) {
      __typename
      ... on ProjectQuestionSuccess {
        posted {
          id
        }
      }
      ...ProjectErrorFields
    }
  }
`);

type ProjectNode = Extract<NonNullable<ProjectQuestionsData["node"]>, { __typename: "Project" }>;
type Message = NonNullable<ProjectNode["partnerQuestions"]>["edges"][number]["node"];

interface Props {
  projectId: string;
  /** « partner »: its organisation's questions and the form to ask; « team »: every organisation's. */
  mode: "partner" | "team";
  /** « team » only: the viewer answers them (the region's team; CCI France only reads). */
  canAnswer?: boolean;
}

/** A partner organisation's questions to the project's adviser: the partner's own thread with « Envoyer la
 * question », or, for the region's team and CCI France, the threads grouped by organisation, with « Répondre »
 * for the team. Nothing when the API gives no thread to this reader. */
export function PartnerQuestions({ projectId, mode, canAnswer = false }: Props) {
  const { t } = useTranslation("projects");
  const headingId = useId();
  const { data, loading, error, refetch } = useQuery(ProjectQuestionsQuery, {
    variables: { id: projectId, first: QUESTIONS_PAGE_SIZE },
  });
  if (error && !data) return <QueryErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data) return loading ? <LoadingState /> : null;
  const project = data.node?.__typename === "Project" ? data.node : null;
  const thread = mode === "partner" ? project?.viewerQuestions : project?.partnerQuestions;
  if (!project || !thread) return null;
  const messages = thread.edges.map((edge) => edge.node);
  const reload = () => void refetch();

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId} mb="xs">
        {t(mode === "partner" ? "questions.partnerHeading" : "questions.teamHeading")}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t(mode === "partner" ? "questions.partnerIntro" : "questions.teamIntro")}
      </Text>
      {mode === "partner" ? (
        <Stack gap="md">
          <MessageList messages={messages} empty={t("questions.empty")} />
          <MessageForm
            label={t("questions.body")}
            submitLabel={t("questions.submit")}
            onSent={reload}
            send={(body) => ({ kind: "ask", input: { projectId, body } })}
          />
        </Stack>
      ) : (
        <TeamThreads projectId={projectId} messages={messages} canAnswer={canAnswer} onSent={reload} />
      )}
    </Paper>
  );
}

/** Every organisation's thread, in the order they first asked. */
function TeamThreads(props: { projectId: string; messages: Message[]; canAnswer: boolean; onSent: () => void }) {
  const { t } = useTranslation("projects");
  const groups = new Map<string, { name: string; messages: Message[] }>();
  for (const message of props.messages) {
    const key = message.organisation?.id ?? "";
    const group = groups.get(key) ?? {
      name: message.organisation?.name ?? t("questions.unknownOrganisation"),
      messages: [],
    };
    group.messages.push(message);
    groups.set(key, group);
  }
  if (groups.size === 0) return <Text>{t("questions.teamEmpty")}</Text>;
  return (
    <Stack gap="lg">
      {[...groups].map(([organisationId, group]) => (
        <Box key={organisationId} component="section" aria-label={group.name}>
          <Title order={3} size="h4" mb="xs">
            {group.name}
          </Title>
          <Stack gap="sm">
            <MessageList messages={group.messages} empty="" />
            {props.canAnswer && organisationId && (
              <MessageForm
                label={t("questions.answerBody", { organisation: group.name })}
                submitLabel={t("questions.answer")}
                onSent={props.onSent}
                send={(body) => ({ kind: "answer", input: { projectId: props.projectId, organisationId, body } })}
              />
            )}
          </Stack>
        </Box>
      ))}
    </Stack>
  );
}

function MessageList({ messages, empty }: { messages: Message[]; empty: string }) {
  const { t } = useTranslation("projects");
  if (messages.length === 0) return empty ? <Text>{empty}</Text> : null;
  return (
    <Stack gap="xs" component="ol" style={{ listStyle: "none", padding: 0, margin: 0 }}>
      {messages.map((message) => (
        <Paper key={message.id} component="li" withBorder p="sm" bg={message.viewerIsAuthor ? "gray.0" : undefined}>
          <Text size="sm" fw={600}>
            {t("questions.meta", {
              author: message.authorName,
              date: formatDateTime(message.createdAt) ?? message.createdAt,
            })}
          </Text>
          <Text style={{ whiteSpace: "pre-wrap" }}>{message.body}</Text>
        </Paper>
      ))}
    </Stack>
  );
}

type Sending =
  | { kind: "ask"; input: { projectId: string; body: string } }
  | { kind: "answer"; input: { projectId: string; organisationId: string; body: string } };

interface FormProps {
  label: string;
  submitLabel: string;
  send: (body: string) => Sending;
  onSent: () => void;
}

function MessageForm({ label, submitLabel, send, onSent }: FormProps) {
  const { t } = useTranslation(["projects", "common"]);
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // The API's messages are in French already: they say which limit was crossed.
  const [ask, asking] = useMutationOutcome(
    AskProjectQuestionMutation,
    ProjectErrorFields,
    (refusal) => refusal.message,
  );
  const [answer, answering] = useMutationOutcome(
    AnswerProjectQuestionMutation,
    ProjectErrorFields,
    (refusal) => refusal.message,
  );

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(null);
    const text = body.trim();
    const invalid = text ? null : t("questions.required");
    setError(invalid);
    if (invalid) return;
    const sending = send(text);
    const outcome =
      sending.kind === "ask"
        ? await ask({ variables: { input: sending.input } })
        : await answer({ variables: { input: sending.input } });
    if (outcome.status === "failed") return; // shown by <QueryErrorAlert> below
    if (outcome.status === "done") {
      setBody("");
      onSent();
      notifications.show({
        message: t("questions.posted"),
        color: "teal",
        closeButtonProps: { "aria-label": t("common:close") },
      });
      return;
    }
    const { kind, field, message } = outcome.refusal;
    if (kind === "invalid" && field === "body") setError(message);
    else setProblem(message);
  };

  const failure = asking.error ?? answering.error;
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm">
        {problem && (
          <Alert color="red" title={t("questions.failedTitle")} role="alert">
            {problem}
          </Alert>
        )}
        {failure && <QueryErrorAlert error={failure} />}
        <Textarea
          label={label}
          description={t("questions.bodyDescription", { length: body.length, max: QUESTION_MAX_LENGTH })}
          error={error}
          required
          autosize
          minRows={2}
          maxRows={10}
          maxLength={QUESTION_MAX_LENGTH}
          value={body}
          onChange={(event) => {
            setBody(event.currentTarget.value);
            if (error) setError(null);
          }}
        />
        <Box>
          <Button type="submit" loading={asking.loading || answering.loading}>
            {submitLabel}
          </Button>
        </Box>
      </Stack>
    </form>
  );
}

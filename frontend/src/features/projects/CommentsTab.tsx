import { Alert, Box, Button, Group, Mark, Modal, Paper, Stack, Text, Textarea, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type FormEvent, useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";

import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { ProjectErrorFields } from "../../graphql/errors";
import { type FragmentType, useFragment } from "../../graphql/generated/fragment-masking";
import { graphql } from "../../graphql/generated/gql";
import type { AddProjectCommentMutation as AddProjectCommentResult } from "../../graphql/generated/graphql";
import { formatDateTime } from "../../lib/dates";
import { useMutationOutcome } from "../../lib/mutation";

import { type Mentionable, mentionIdsIn, splitMentions } from "./mentions";
import { MentionTextarea } from "./MentionTextarea";
import {
  COMMENT_MAX_LENGTH,
  MAX_MENTIONS,
  describeProjectError,
  projectErrorMessage,
  validateComment,
} from "./projectErrors";

export const CommentFragment = graphql(`
  fragment CommentsTab_comment on ProjectComment {
    id
    body
    createdAt
    authorName
    viewerIsAuthor
    mentions {
      id
      displayName
    }
  }
`);

/** Whom a comment may name: the advisers of every region. */
export const MentionRegionFragment = graphql(`
  fragment CommentsTab_region on Region {
    id
    name
    advisers(first: 100) {
      edges {
        node {
          id
          displayName
          role
        }
      }
    }
  }
`);

export const AddProjectCommentMutation = graphql(`
  mutation AddProjectComment($input: AddProjectCommentInput!) {
    addProjectComment(input: $input) {
      __typename
      ... on AddProjectCommentSuccess {
        comment {
          id
          ...CommentsTab_comment
        }
      }
      ...ProjectErrorFields
    }
  }
`);

/** Rewriting one's own comment: the answer updates it in the cache (normalised by id). */
export const EditProjectCommentMutation = graphql(`
  mutation EditProjectComment($input: EditProjectCommentInput!) {
    editProjectComment(input: $input) {
      __typename
      ... on EditProjectCommentSuccess {
        comment {
          id
          ...CommentsTab_comment
        }
      }
      ...ProjectErrorFields
    }
  }
`);

/** Removing one's own comment: the route takes it off the thread it holds. */
export const DeleteProjectCommentMutation = graphql(`
  mutation DeleteProjectComment($input: DeleteProjectCommentInput!) {
    deleteProjectComment(input: $input) {
      __typename
      ... on DeleteProjectCommentSuccess {
        deletedCommentId
      }
      ...ProjectErrorFields
    }
  }
`);

export type PostedComment = Extract<
  AddProjectCommentResult["addProjectComment"],
  { __typename: "AddProjectCommentSuccess" }
>["comment"];

interface Props {
  projectId: string;
  /** The thread so far, oldest first (the pages loaded). */
  comments: readonly (FragmentType<typeof CommentFragment> & { id: string })[];
  totalCount: number;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  /** Advisers of the project's region may write, and a person of another region the thread names. */
  canComment: boolean;
  /** The regions and their advisers, to name them; null while they load. */
  regions: readonly FragmentType<typeof MentionRegionFragment>[] | null;
  regionsError?: unknown;
  /** A comment was added: the route puts it at the end of the thread. */
  onPosted: (comment: PostedComment) => void;
  /** One's own comment was deleted: the route takes it off the thread. */
  onDeleted: (commentId: string) => void;
}

/** « Commentaires »: the project's thread, and for its region's advisers a form with @mentions. */
export function CommentsTab(props: Props) {
  const { t } = useTranslation("projects");
  const shown = props.comments.length;

  return (
    <Stack gap="lg">
      <section aria-labelledby="commentaires-fil">
        <Group justify="space-between" align="baseline" mb="sm">
          <Title order={2} size="h3" id="commentaires-fil">
            {t("comments.heading")}
          </Title>
          <Text c="dimmed">{t("comments.count", { count: props.totalCount })}</Text>
        </Group>
        {shown === 0 ? (
          <Text>{t("comments.empty")}</Text>
        ) : (
          <Stack component="ol" gap="sm" style={{ listStyle: "none", padding: 0, margin: 0 }}>
            {props.comments.map((comment) => (
              <li key={comment.id}>
                <CommentItem comment={comment} onDeleted={props.onDeleted} />
              </li>
            ))}
          </Stack>
        )}
        {props.hasMore && (
          <Group mt="md" gap="sm">
            <Button variant="light" loading={props.loadingMore} onClick={props.onLoadMore}>
              {t("comments.loadMore")}
            </Button>
            <Text size="sm" c="dimmed">
              {t("comments.shown", { shown, total: props.totalCount })}
            </Text>
          </Group>
        )}
      </section>
      {props.canComment && (
        <CommentForm
          projectId={props.projectId}
          regions={props.regions}
          regionsError={props.regionsError}
          onPosted={props.onPosted}
        />
      )}
    </Stack>
  );
}

function CommentItem(props: { comment: FragmentType<typeof CommentFragment>; onDeleted: (id: string) => void }) {
  const { t } = useTranslation(["projects", "common"]);
  const comment = useFragment(CommentFragment, props.comment);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const headerId = useId();
  const parts = splitMentions(
    comment.body,
    comment.mentions.map((person) => person.displayName),
  );
  return (
    <Paper withBorder p="sm" component="article" aria-labelledby={headerId}>
      <Group justify="space-between" align="flex-start" gap="xs" mb={4}>
        <Text size="sm" id={headerId}>
          <Text span fw={600} size="sm">
            {comment.authorName}
          </Text>
          <Text span c="dimmed" size="sm">
            {" — "}
            <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt) ?? comment.createdAt}</time>
          </Text>
        </Text>
        {comment.viewerIsAuthor && !editing && (
          <Group gap="xs">
            <Button variant="subtle" size="compact-sm" onClick={() => setEditing(true)} aria-describedby={headerId}>
              {t("comments.edit")}
            </Button>
            <Button
              variant="subtle"
              color="red"
              size="compact-sm"
              onClick={() => setDeleting(true)}
              aria-describedby={headerId}
            >
              {t("comments.delete")}
            </Button>
          </Group>
        )}
      </Group>
      {editing ? (
        <EditCommentForm commentId={comment.id} body={comment.body} onDone={() => setEditing(false)} />
      ) : (
        <Text style={{ whiteSpace: "pre-line" }}>
          {parts.map((part, index) =>
            part.mention ? (
              <Mark key={index} color="filiere.1" fw={600} px={2}>
                {part.text}
              </Mark>
            ) : (
              part.text
            ),
          )}
        </Text>
      )}
      <Modal
        opened={deleting}
        onClose={() => setDeleting(false)}
        title={t("comments.deleteTitle")}
        closeButtonProps={{ "aria-label": t("common:close") }}
      >
        <DeleteCommentConfirmation
          commentId={comment.id}
          onCancel={() => setDeleting(false)}
          onDeleted={(id) => {
            setDeleting(false);
            props.onDeleted(id);
          }}
        />
      </Modal>
    </Paper>
  );
}

/** Rewriting one's own comment in place: its mentions stay as they were (the server keeps them). */
function EditCommentForm({ commentId, body, onDone }: { commentId: string; body: string; onDone: () => void }) {
  const { t } = useTranslation(["projects", "common"]);
  const [value, setValue] = useState(body);
  const [error, setError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [editComment, mutation] = useMutationOutcome(
    EditProjectCommentMutation,
    ProjectErrorFields,
    describeProjectError(t),
  );

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(null);
    const invalid = validateComment(t, value);
    setError(invalid);
    if (invalid) return;
    const outcome = await editComment({ variables: { input: { commentId, body: value.trim() } } });
    if (outcome.status === "failed") return; // shown by <QueryErrorAlert> below
    if (outcome.status === "done") {
      notifications.show({
        title: t("comments.editedTitle"),
        message: t("comments.edited"),
        color: "teal",
        closeButtonProps: { "aria-label": t("common:close") },
      });
      onDone();
      return;
    }
    const { kind, field, message } = outcome.refusal;
    if (kind === "invalid" && field === "body") setError(message);
    else setProblem(message);
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm">
        {problem && (
          <Alert color="red" title={t("comments.editFailedTitle")} role="alert">
            {problem}
          </Alert>
        )}
        {mutation.error && <QueryErrorAlert error={mutation.error} />}
        <Textarea
          label={t("comments.editBody")}
          description={t("comments.editDescription", { length: value.length, max: COMMENT_MAX_LENGTH })}
          error={error}
          required
          autosize
          minRows={3}
          maxRows={12}
          value={value}
          data-autofocus
          onChange={(event) => {
            setValue(event.currentTarget.value);
            if (error) setError(null);
          }}
        />
        <Group gap="sm">
          <Button type="submit" loading={mutation.loading}>
            {t("comments.save")}
          </Button>
          <Button type="button" variant="default" onClick={onDone}>
            {t("comments.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function DeleteCommentConfirmation(props: {
  commentId: string;
  onCancel: () => void;
  onDeleted: (commentId: string) => void;
}) {
  const { t } = useTranslation(["projects", "common"]);
  const [problem, setProblem] = useState<string | null>(null);
  const [deleteComment, mutation] = useMutationOutcome(
    DeleteProjectCommentMutation,
    ProjectErrorFields,
    describeProjectError(t),
  );

  const confirm = async () => {
    setProblem(null);
    const outcome = await deleteComment({ variables: { input: { commentId: props.commentId } } });
    if (outcome.status === "failed") return;
    if (outcome.status === "refused") {
      setProblem(outcome.refusal.message);
      return;
    }
    notifications.show({
      title: t("comments.deletedTitle"),
      message: t("comments.deleted"),
      color: "teal",
      closeButtonProps: { "aria-label": t("common:close") },
    });
    props.onDeleted(outcome.result.deletedCommentId);
  };

  return (
    <Stack gap="md">
      <Text>{t("comments.deleteExplanation")}</Text>
      {problem && (
        <Alert color="red" title={t("comments.deleteFailedTitle")} role="alert">
          {problem}
        </Alert>
      )}
      {mutation.error && <QueryErrorAlert error={mutation.error} />}
      <Group justify="flex-end">
        <Button variant="default" onClick={props.onCancel} data-autofocus>
          {t("comments.cancel")}
        </Button>
        <Button color="red" loading={mutation.loading} onClick={() => void confirm()}>
          {t("comments.confirmDelete")}
        </Button>
      </Group>
    </Stack>
  );
}

interface FormProps {
  projectId: string;
  regions: readonly FragmentType<typeof MentionRegionFragment>[] | null;
  regionsError?: unknown;
  onPosted: (comment: PostedComment) => void;
}

function CommentForm({ projectId, regions, regionsError, onPosted }: FormProps) {
  const { t } = useTranslation(["projects", "common"]);
  const [body, setBody] = useState("");
  const [chosen, setChosen] = useState<Mentionable[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [addComment, mutation] = useMutationOutcome(
    AddProjectCommentMutation,
    ProjectErrorFields,
    describeProjectError(t),
  );
  const people = useMentionable(regions);
  // The text decides: a mention whose « @Name » was deleted is not sent.
  const mentionIds = mentionIdsIn(body, chosen);
  const mentioned = mentionIds.map((id) => chosen.find((person) => person.id === id)?.displayName ?? "");

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(null);
    const invalid =
      validateComment(t, body) ??
      (mentionIds.length > MAX_MENTIONS ? projectErrorMessage(t, "TOO_LONG", "mentionIds") : null);
    setError(invalid);
    if (invalid) return;
    const outcome = await addComment({ variables: { input: { projectId, body: body.trim(), mentionIds } } });
    if (outcome.status === "failed") return; // network or server error: shown by <QueryErrorAlert> below
    if (outcome.status === "done") {
      setBody("");
      setChosen([]);
      onPosted(outcome.result.comment);
      notifications.show({
        title: t("comments.postedTitle"),
        message: t("comments.posted"),
        color: "teal",
        closeButtonProps: { "aria-label": t("common:close") },
      });
      return;
    }
    // The text and the people it names are one input (not a form of `@mantine/form`).
    const { kind, field, message } = outcome.refusal;
    if (kind === "invalid" && (field === "body" || field === "mentionIds")) setError(message);
    else setProblem(message);
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="commentaires-ajout">
      <Title order={2} size="h3" id="commentaires-ajout" mb="sm">
        {t("comments.formHeading")}
      </Title>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          {problem && (
            <Alert color="red" title={t("comments.failedTitle")} role="alert">
              {problem}
            </Alert>
          )}
          {mutation.error && <QueryErrorAlert error={mutation.error} />}
          {regionsError != null && (
            <Alert color="orange" variant="light">
              {t("comments.advisersUnavailable")}
            </Alert>
          )}
          <MentionTextarea
            label={t("comments.body")}
            description={t("comments.bodyDescription", { length: body.length, max: COMMENT_MAX_LENGTH })}
            error={error}
            required
            autosize
            minRows={3}
            maxRows={12}
            value={body}
            onChange={(value) => {
              setBody(value);
              if (error) setError(null);
            }}
            people={people}
            onMention={(person) =>
              setChosen((previous) => (previous.some((p) => p.id === person.id) ? previous : [...previous, person]))
            }
          />
          {mentioned.length > 0 && <Text size="sm">{t("comments.mentioned", { names: mentioned.join(", ") })}</Text>}
          <Box>
            <Button type="submit" loading={mutation.loading}>
              {t("comments.submit")}
            </Button>
          </Box>
        </Stack>
      </form>
    </Paper>
  );
}

/** The advisers of every region, once each, with their region's name. */
function useMentionable(regions: readonly FragmentType<typeof MentionRegionFragment>[] | null): Mentionable[] {
  const unmasked = useFragment(MentionRegionFragment, regions);
  return useMemo(() => {
    const people = new Map<string, Mentionable>();
    for (const region of unmasked ?? []) {
      for (const { node } of region.advisers.edges) {
        if (!people.has(node.id))
          people.set(node.id, { id: node.id, displayName: node.displayName, regionName: region.name });
      }
    }
    return [...people.values()];
  }, [unmasked]);
}

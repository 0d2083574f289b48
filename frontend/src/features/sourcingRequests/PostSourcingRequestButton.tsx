import { useQuery } from "@apollo/client/react";
import { Alert, Button, Checkbox, Group, Modal, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { DateField } from "../../components/DateField";
import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { SourcingErrorFields } from "../../graphql/errors";
import { graphql } from "../../graphql/generated/gql";
import { placeAtField, useMutationOutcome } from "../../lib/mutation";
import { useViewer } from "../../lib/viewer";

import {
  addDays,
  DEFAULT_DAYS_OPEN,
  isoDate,
  NEED_MAX_LENGTH,
  parseNafHints,
  sourcingErrorMessage,
  validateDeadline,
  validateNafHints,
  validateNeed,
} from "./sourcingRequestErrors";

export const SourcingRegionsQuery = graphql(`
  query SourcingRegions {
    regions {
      edges {
        node {
          id
          slug
          name
        }
      }
    }
  }
`);

export const PostSourcingRequestMutation = graphql(`
  mutation PostSourcingRequest($input: PostSourcingRequestInput!) {
    postSourcingRequest(input: $input) {
      __typename
      ... on SourcingRequestSuccess {
        request {
          id
          answerCount
        }
      }
      ...SourcingErrorFields
    }
  }
`);

interface Props {
  stageId: string;
  stageName: string;
}

/** « Demander aux autres régions »: asks the other regions for suppliers for one stage of a
 * project's supply chain. For the supply-chain board. */
export function PostSourcingRequestButton({ stageId, stageName }: Props) {
  const { t } = useTranslation("sourcingRequests");
  const [opened, setOpened] = useState(false);
  const [posted, setPosted] = useState(false);
  return (
    <>
      <Button
        variant="light"
        size="xs"
        // One per stage on the board: the name says which.
        aria-label={t("post.openFor", { stage: stageName })}
        onClick={() => {
          setPosted(false);
          setOpened(true);
        }}
      >
        {t("post.open")}
      </Button>
      {posted && (
        <Text size="sm" role="status" c="green.8">
          {t("post.posted")}
        </Text>
      )}
      {opened && (
        <PostSourcingRequestModal
          stageId={stageId}
          stageName={stageName}
          onClose={() => setOpened(false)}
          onPosted={() => {
            setOpened(false);
            setPosted(true);
          }}
        />
      )}
    </>
  );
}

interface Values {
  need: string;
  deadline: string;
  nafHints: string;
  targetRegions: string[];
}

type FormField = Exclude<keyof Values, "targetRegions">;

function PostSourcingRequestModal({
  stageId,
  stageName,
  onClose,
  onPosted,
}: Props & { onClose: () => void; onPosted: () => void }) {
  const { t } = useTranslation("sourcingRequests");
  const viewer = useViewer();
  const regions = useQuery(SourcingRegionsQuery);
  const [post, mutation] = useMutationOutcome(PostSourcingRequestMutation, SourcingErrorFields, (error) =>
    sourcingErrorMessage(t, error),
  );
  const [problem, setProblem] = useState<string | null>(null);
  const [today] = useState(() => new Date());
  const form = useForm<Values>({
    mode: "controlled",
    initialValues: { need: "", deadline: isoDate(addDays(today, DEFAULT_DAYS_OPEN)), nafHints: "", targetRegions: [] },
    validate: {
      need: (value) => validateNeed(t, value),
      deadline: (value) => validateDeadline(t, value, today),
      nafHints: (value) => validateNafHints(t, value),
    },
  });

  // The other regions are asked: not the viewer's own.
  const own = viewer.region?.slug;
  const others = (regions.data?.regions.edges ?? []).map((edge) => edge.node).filter((region) => region.slug !== own);

  const submit = form.onSubmit(
    async (values) => {
      setProblem(null);
      const outcome = await post({
        variables: {
          input: {
            stageId,
            need: values.need.trim(),
            deadline: values.deadline,
            nafHints: parseNafHints(values.nafHints),
            targetRegions: values.targetRegions,
          },
        },
      });
      if (outcome.status === "failed") return; // network or server error: shown by <QueryErrorAlert> below
      if (outcome.status === "done") {
        onPosted();
        return;
      }
      // `nafHints.2` is about the hints' input.
      const inputOf = (field: string): FormField | null => {
        const head = field.split(".")[0];
        return head === "need" || head === "deadline" || head === "nafHints" ? head : null;
      };
      if (!placeAtField(form, outcome.refusal, inputOf)) setProblem(outcome.refusal.message);
    },
    (errors) => {
      const first = Object.keys(errors)[0];
      if (first) form.getInputNode(first)?.focus();
    },
  );

  return (
    <Modal opened onClose={onClose} title={t("post.title")} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text fw={600}>{t("post.stage", { stage: stageName })}</Text>
          <Textarea
            label={t("post.need")}
            description={t("post.needHelp")}
            required
            autosize
            minRows={3}
            maxLength={NEED_MAX_LENGTH + 200}
            data-autofocus
            {...form.getInputProps("need")}
          />
          <DateField label={t("post.deadline")} required {...form.getInputProps("deadline")} />
          <TextInput
            label={t("post.nafHints")}
            description={t("post.nafHintsHelp")}
            {...form.getInputProps("nafHints")}
          />
          {others.length > 0 && (
            <Checkbox.Group
              label={t("post.targets")}
              description={t("post.targetsHelp")}
              {...form.getInputProps("targetRegions")}
            >
              <Stack gap={6} mt="xs">
                {others.map((region) => (
                  <Checkbox key={region.slug} value={region.slug} label={region.name} />
                ))}
              </Stack>
            </Checkbox.Group>
          )}
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          {mutation.error && <QueryErrorAlert error={mutation.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("post.cancel")}
            </Button>
            <Button type="submit" loading={mutation.loading}>
              {t("post.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

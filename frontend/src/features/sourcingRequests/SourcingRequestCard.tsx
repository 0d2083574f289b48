import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { FieldList } from "../../components/FieldList";
import { type FragmentType, useFragment } from "../../graphql/generated/fragment-masking";
import { graphql } from "../../graphql/generated/gql";
import { formatDayOf, formatLongDate } from "../../lib/dates";

import { AnswerForm } from "./AnswerForm";
import { SourcingAnswerItem } from "./SourcingAnswerItem";

export const SourcingRequestCardFragment = graphql(`
  fragment SourcingRequestCard_request on SourcingRequest {
    id
    region {
      id
      slug
      name
    }
    projectId
    projectName
    stageId
    stageName
    need
    nafHints
    deadline
    isExpired
    targetRegions {
      id
      slug
      name
    }
    requesterName
    createdAt
    answerCount
    viewerCanAnswer
    answers(first: 20) {
      totalCount
      edges {
        node {
          id
          ...SourcingAnswer_answer
        }
      }
    }
  }
`);

interface Props {
  request: FragmentType<typeof SourcingRequestCardFragment>;
  /** On « Postées par ma région »: the proposed establishments may be added to the chain. */
  posted: boolean;
}

/** A request: the project and its region, the stage, the need, the deadline (or « Expirée »), who
 * asked, how many answers; the answers readable by the viewer, and the answer form. */
export function SourcingRequestCard({ request: ref, posted }: Props) {
  const { t } = useTranslation("sourcingRequests");
  const request = useFragment(SourcingRequestCardFragment, ref);
  const [answering, setAnswering] = useState(false);
  const [answered, setAnswered] = useState(false);
  const headingId = `demande-${request.id}`;
  const answers = request.answers.edges.map((edge) => edge.node);

  return (
    <Paper withBorder p="md" component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Title order={2} size="h4" id={headingId}>
            {t("card.heading", { project: request.projectName, region: request.region.name })}
          </Title>
          <Group gap="xs">
            {request.isExpired ? (
              <Badge color="gray">{t("card.expired")}</Badge>
            ) : (
              <Badge color="filiere" variant="light">
                {t("card.until", { date: formatLongDate(request.deadline) ?? request.deadline })}
              </Badge>
            )}
            <Badge color="blue" variant="outline">
              {t("card.answerCount", { count: request.answerCount })}
            </Badge>
          </Group>
        </Group>
        <FieldList
          items={[
            { term: t("card.stage"), value: request.stageName },
            { term: t("card.need"), value: <Text style={{ whiteSpace: "pre-line" }}>{request.need}</Text> },
            ...(request.nafHints.length ? [{ term: t("card.nafHints"), value: request.nafHints.join(", ") }] : []),
            {
              term: t("card.targets"),
              value: request.targetRegions.length
                ? request.targetRegions.map((region) => region.name).join(", ")
                : t("card.allRegions"),
            },
            {
              term: t("card.requester"),
              value: t("card.requestedBy", {
                name: request.requesterName,
                date: formatDayOf(request.createdAt) ?? request.createdAt,
              }),
            },
          ]}
        />

        {answers.length > 0 && (
          <Stack gap="xs" component="section" aria-label={posted ? t("answers.heading") : t("answers.ownHeading")}>
            <Text fw={600}>{posted ? t("answers.heading") : t("answers.ownHeading")}</Text>
            {answers.map((answer) => (
              <SourcingAnswerItem key={answer.id} answer={answer} canAccept={posted} />
            ))}
          </Stack>
        )}

        {answered && (
          <Alert color="green" role="status">
            {t("answer.sent")}
          </Alert>
        )}
        {request.viewerCanAnswer &&
          (answering ? (
            <AnswerForm
              requestId={request.id}
              nafHints={request.nafHints}
              onCancel={() => setAnswering(false)}
              onAnswered={() => {
                setAnswering(false);
                setAnswered(true);
              }}
            />
          ) : (
            <Group>
              <Button
                variant="light"
                onClick={() => {
                  setAnswered(false);
                  setAnswering(true);
                }}
                aria-describedby={headingId}
              >
                {t("answer.open")}
              </Button>
            </Group>
          ))}
      </Stack>
    </Paper>
  );
}

import { Anchor, Badge, Button, Group, List, Paper, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { QueryErrorAlert } from "../../components/QueryErrorAlert";
import { FinancingErrorFields } from "../../graphql/errors";
import { type FragmentType, useFragment } from "../../graphql/generated/fragment-masking";
import { graphql } from "../../graphql/generated/gql";
import { formatLongDate } from "../../lib/dates";
import { useMutationOutcome } from "../../lib/mutation";

import { type FinancingProblem, describeFinancingError, financingProblem } from "./financingErrors";
import { FinancingProblemAlert } from "./FinancingProblemAlert";
import { FinancingSourceModal, SaveFinancingSourceMutation } from "./FinancingSourceModal";

export const MatchingSchemeFragment = graphql(`
  fragment MatchingSchemes_match on FinancingSchemeMatch {
    reasons
    toCheck
    proposedSourceKind
    proposedAmount
    scheme {
      id
      name
      financerLabel
      type
      closesOn
      applicationUrl
      deMinimis
    }
  }
`);

interface Props {
  projectId: string;
  matches: readonly FragmentType<typeof MatchingSchemeFragment>[];
  /** The plan has lines: schemes are proposed from then on. */
  planHasLines: boolean;
  /** The schemes the financing plan already counts on. */
  schemesInPlan: ReadonlySet<string>;
  canEdit: boolean;
  /** The year a source added starts with. */
  defaultYear: number;
  onReload: () => Promise<unknown>;
}

/** « Dispositifs proposés »: the catalogue's schemes that fit the company and its plan, each with why and
 * what remains to check; « Ajouter au plan » makes one a source « à déposer » in one click, of the kind and
 * amount the server proposes (what the plan lacks, within the scheme's bounds). */
export function MatchingSchemes({
  projectId,
  planHasLines,
  schemesInPlan,
  canEdit,
  defaultYear,
  onReload,
  ...props
}: Props) {
  const { t } = useTranslation(["financing", "enums", "common"]);
  const matches = useFragment(MatchingSchemeFragment, props.matches);
  const [save, saving] = useMutationOutcome(
    SaveFinancingSourceMutation,
    FinancingErrorFields,
    describeFinancingError(t),
  );
  const [adding, setAdding] = useState<string | null>(null);
  const [problem, setProblem] = useState<FinancingProblem | null>(null);
  const [reloading, setReloading] = useState(false);
  // A scheme whose amount nothing says (no gap, no bounds): the source's dialog, filled in but the amount.
  const [completing, setCompleting] = useState<(typeof matches)[number] | null>(null);

  const add = async (match: (typeof matches)[number]) => {
    setProblem(null);
    const amount = match.proposedAmount;
    if (amount == null) {
      setCompleting(match);
      return;
    }
    setAdding(match.scheme.id);
    try {
      const outcome = await save({
        variables: {
          input: {
            projectId,
            kind: match.proposedSourceKind,
            label: match.scheme.name,
            amount,
            year: defaultYear,
            status: "TO_APPLY",
            schemeId: match.scheme.id,
          },
        },
      });
      if (outcome.status === "failed") return;
      if (outcome.status === "refused") {
        setProblem(financingProblem(outcome.refusal));
        return;
      }
      await onReload();
      notifications.show({
        message: t("matching.added", { name: match.scheme.name }),
        color: "teal",
        closeButtonProps: { "aria-label": t("common:close") },
      });
    } finally {
      setAdding(null);
    }
  };

  const reload = async () => {
    setReloading(true);
    try {
      await onReload();
      setProblem(null);
    } finally {
      setReloading(false);
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="financement-dispositifs">
      <Stack gap="md">
        <div>
          <Title order={2} size="h3" id="financement-dispositifs">
            {t("matching.heading")}
          </Title>
          <Text size="sm" mt={4}>
            {t("matching.intro")}
          </Text>
        </div>
        {problem && (
          <FinancingProblemAlert
            problem={problem}
            failedTitle={t("financing.failedTitle")}
            conflictTitle={t("financing.conflictTitle")}
            reload={{ label: t("financing.reload"), loading: reloading, onReload: () => void reload() }}
            onClose={() => setProblem(null)}
          />
        )}
        {saving.error && <QueryErrorAlert error={saving.error} />}
        {!planHasLines ? (
          <Text>{t("matching.waiting")}</Text>
        ) : matches.length === 0 ? (
          <Text>{t("matching.none")}</Text>
        ) : (
          <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: "none" }} aria-label={t("matching.list")}>
            {matches.map((match) => {
              const { scheme } = match;
              const inPlan = schemesInPlan.has(scheme.id);
              return (
                <Paper component="li" key={scheme.id} withBorder p="sm" aria-labelledby={`dispositif-${scheme.id}`}>
                  <Stack gap="xs">
                    <Group justify="space-between" align="flex-start" wrap="nowrap">
                      <div>
                        <Title order={3} size="h5" id={`dispositif-${scheme.id}`}>
                          {scheme.name}
                        </Title>
                        <Group gap="xs" mt={4}>
                          <Badge variant="light" radius="sm" tt="none">
                            {t(`enums.schemeType.${scheme.type}`)}
                          </Badge>
                          <Text size="sm">{t("matching.financer", { name: scheme.financerLabel })}</Text>
                          <Text size="sm">
                            {scheme.closesOn
                              ? t("matching.closesOn", { date: formatLongDate(scheme.closesOn) ?? scheme.closesOn })
                              : t("matching.permanent")}
                          </Text>
                        </Group>
                      </div>
                      {canEdit &&
                        (inPlan ? (
                          <Badge variant="light" color="teal" radius="sm" tt="none">
                            {t("matching.inPlan")}
                          </Badge>
                        ) : (
                          <Button
                            size="xs"
                            variant="light"
                            loading={adding === scheme.id}
                            disabled={adding !== null && adding !== scheme.id}
                            aria-label={t("matching.addLabel", { name: scheme.name })}
                            onClick={() => void add(match)}
                          >
                            {t("matching.add")}
                          </Button>
                        ))}
                    </Group>
                    {match.reasons.length > 0 && (
                      <div>
                        <Text size="sm" fw={600}>
                          {t("matching.reasons")}
                        </Text>
                        <List size="sm">
                          {match.reasons.map((reason) => (
                            <List.Item key={reason}>{reason}</List.Item>
                          ))}
                        </List>
                      </div>
                    )}
                    {match.toCheck.length > 0 && (
                      <div>
                        <Text size="sm" fw={600}>
                          {t("matching.toCheck")}
                        </Text>
                        <List size="sm">
                          {match.toCheck.map((item) => (
                            <List.Item key={item}>{item}</List.Item>
                          ))}
                        </List>
                      </div>
                    )}
                    {scheme.applicationUrl && (
                      <Anchor
                        href={scheme.applicationUrl}
                        target="_blank"
                        rel="noopener noreferrer"
                        size="sm"
                        aria-label={t("matching.applyLabel", { name: scheme.name })}
                      >
                        {t("matching.apply")}
                      </Anchor>
                    )}
                  </Stack>
                </Paper>
              );
            })}
          </Stack>
        )}
      </Stack>
      {completing && (
        <FinancingSourceModal
          projectId={projectId}
          source={null}
          preset={{
            kind: completing.proposedSourceKind,
            label: completing.scheme.name,
            scheme: completing.scheme,
          }}
          schemes={[completing.scheme]}
          defaultYear={defaultYear}
          onClose={() => setCompleting(null)}
          onReload={onReload}
        />
      )}
    </Paper>
  );
}

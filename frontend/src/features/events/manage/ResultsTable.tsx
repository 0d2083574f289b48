import { Alert, Group, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";

import type { EventJuryQuery } from "../../../graphql/generated/graphql";

export type JuryResults = NonNullable<NonNullable<EventJuryQuery["eventBySlug"]>["juryResults"]>;

const score = (value: number | null | undefined, digits = 2) =>
  value === null || value === undefined
    ? "—"
    : value.toLocaleString("fr-FR", { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** The jury's ranking by weighted score and, beside it when they differ, the ranking with each juror's
 * scores normalised; the rule written under them. */
export function ResultsTable({ results }: { results: JuryResults }) {
  const { t } = useTranslation("events");
  return (
    <Stack gap="sm">
      <Group align="flex-start" grow wrap="wrap">
        <RankingTable
          caption={t("juryResults.weighted")}
          rows={results.weighted.map((row) => ({
            key: row.pitch.id,
            rank: row.rank,
            name: row.project?.name ?? "",
            score: score(row.score),
          }))}
          scoreLabel={t("juryResults.weightedScore")}
        />
        {results.rankingsDiffer && (
          <RankingTable
            caption={t("juryResults.normalised")}
            rows={results.normalised.map((row) => ({
              key: row.pitch.id,
              rank: row.rank,
              name: row.project?.name ?? "",
              score: score(row.normalisedScore, 3),
            }))}
            scoreLabel={t("juryResults.normalisedScore")}
          />
        )}
      </Group>
      {!results.rankingsDiffer && results.weighted.length > 0 && <Text size="sm">{t("juryResults.same")}</Text>}
      {results.rankingsDiffer && (
        <Alert color="orange" variant="light">
          {t("juryResults.differ")}
        </Alert>
      )}
      {results.unranked.length > 0 && (
        <Stack gap={4}>
          <Title order={4}>{t("juryResults.unranked")}</Title>
          {results.unranked.map((row, index) => (
            <Text key={index} size="sm">
              {row.project?.name ?? ""} — {row.reason}
            </Text>
          ))}
        </Stack>
      )}
      <Text size="sm" c="dimmed">
        {results.rule}
      </Text>
    </Stack>
  );
}

interface Row {
  key: string;
  rank: number | null;
  name: string;
  score: string;
}

function RankingTable({ caption, rows, scoreLabel }: { caption: string; rows: Row[]; scoreLabel: string }) {
  const { t } = useTranslation("events");
  return (
    <Table striped withTableBorder miw={280} style={{ fontVariantNumeric: "tabular-nums" }}>
      <Table.Caption style={{ captionSide: "top", textAlign: "left", fontWeight: 700 }}>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t("juryResults.rank")}</Table.Th>
          <Table.Th scope="col">{t("juryResults.project")}</Table.Th>
          <Table.Th scope="col">{scoreLabel}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.key}>
            <Table.Td>{row.rank}</Table.Td>
            <Table.Th scope="row" fw={500}>
              {row.name}
            </Table.Th>
            <Table.Td>{row.score}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

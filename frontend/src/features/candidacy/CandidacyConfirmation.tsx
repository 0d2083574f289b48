import { Alert, List, Stack, Text, Title } from "@mantine/core";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

import { type AcceleratorEditionData, eventDays } from "./AcceleratorEdition";
import type { CandidacyReceipt } from "./CandidacyForm";

/** Replaces the form once the server has the candidacy. It takes the focus, which was on the button
 * that just disappeared, so that screen readers read it at once. */
export function CandidacyConfirmation({
  receipt,
  edition,
}: {
  receipt: CandidacyReceipt;
  edition: AcceleratorEditionData | null;
}) {
  const { t } = useTranslation("candidacy");
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    panel.current?.focus();
  }, []);

  // A robot's answer (the honeypot) names no region: nothing to tell it.
  const known = receipt.regionName !== "";
  const region = edition?.regions.find((candidate) => candidate.name === receipt.regionName);
  const event = region ? eventDays(t, region) : null;
  return (
    <Alert ref={panel} role="status" tabIndex={-1} color="teal" title={t("confirmation.title")}>
      <Stack gap="xs">
        <Text>
          {known
            ? t("confirmation.sent", { region: receipt.regionName, reference: receipt.reference })
            : t("confirmation.sentGeneric")}
        </Text>
        {known && !receipt.acknowledgementSent && <Text fw={600}>{t("confirmation.noAcknowledgement")}</Text>}
        {known && (
          <>
            <Title order={2} size="h4">
              {t("confirmation.nextHeading")}
            </Title>
            <List type="ordered" spacing={4}>
              <List.Item>{t("confirmation.nextReview")}</List.Item>
              <List.Item>{t("confirmation.nextCommittee")}</List.Item>
              <List.Item>
                {t("confirmation.nextProgramme")}
                {edition && event && ` ${t("confirmation.nextEvent", { edition: edition.name, event })}`}
              </List.Item>
            </List>
          </>
        )}
      </Stack>
    </Alert>
  );
}

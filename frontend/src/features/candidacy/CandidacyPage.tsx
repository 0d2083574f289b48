import { Anchor, List, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

import { useDocumentTitle } from "../../lib/documentTitle";
import { routes } from "../../lib/routes";

import { CandidacyConfirmation } from "./CandidacyConfirmation";
import { CandidacyForm, type CandidacyReceipt } from "./CandidacyForm";

/** /candidater: public, no account needed. A company applies; the server sends the candidacy to the
 * accelerator of its commune's region. */
export function CandidacyPage() {
  const { t } = useTranslation("candidacy");
  useDocumentTitle(t("title"));
  const [receipt, setReceipt] = useState<CandidacyReceipt | null>(null);

  return (
    <Stack gap="lg" py="md" maw={720}>
      <Title order={1}>{t("title")}</Title>
      {receipt ? (
        <CandidacyConfirmation receipt={receipt} />
      ) : (
        <>
          <Stack gap="xs">
            <Text>{t("intro.lead")}</Text>
            <List spacing={4}>
              <List.Item>{t("intro.marketStudy")}</List.Item>
              <List.Item>{t("intro.research")}</List.Item>
              <List.Item>{t("intro.sourcing")}</List.Item>
              <List.Item>{t("intro.financing")}</List.Item>
              <List.Item>{t("intro.pitch")}</List.Item>
            </List>
            <Text>{t("intro.next")}</Text>
          </Stack>
          <CandidacyForm onSubmitted={setReceipt} />
        </>
      )}
      <Text size="sm">
        {t("advisers")}{" "}
        <Anchor component={Link} to={routes.home()}>
          {t("signIn")}
        </Anchor>
      </Text>
    </Stack>
  );
}

import { Button, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";

import { useAuth } from "../../lib/auth/AuthContext";
import { useDocumentTitle } from "../../lib/documentTitle";
import { defaultLandingPath } from "../../lib/routes";

/** /au-revoir: public; the issuer lands here after ending the session. */
export function SignedOutPage() {
  const { t } = useTranslation();
  const { session } = useAuth();
  useDocumentTitle(t("signedOut.title"));
  return (
    <Paper withBorder p="xl" maw={560} mx="auto" mt="xl">
      <Stack gap="md" align="flex-start">
        <Title order={1}>{t("signedOut.heading")}</Title>
        <Text>{t("signedOut.body")}</Text>
        <Button onClick={() => void session.signIn(defaultLandingPath)}>{t("signedOut.signInAgain")}</Button>
      </Stack>
    </Paper>
  );
}

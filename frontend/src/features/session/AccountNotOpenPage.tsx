import { Button, Paper, Stack, Text, Title } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";

import { useAuth } from "../../lib/auth/AuthContext";
import { useDocumentTitle } from "../../lib/documentTitle";

/** In place of the whole application when the API answers ACCOUNT_NOT_OPEN: the identity provider
 * (ProConnect) knows the person, Filière has no account for them. Nobody gets one on the fly: they ask
 * their regional manager, who invites them with the e-mail shown here. */
export function AccountNotOpenPage() {
  const { t } = useTranslation();
  const { session } = useAuth();
  const [email, setEmail] = useState<string | null>(null);
  useDocumentTitle(t("accountNotOpen.title"));

  useEffect(() => {
    let active = true;
    void session.currentUser().then((user) => {
      const signedInAs = user?.profile.email;
      if (active && typeof signedInAs === "string") setEmail(signedInAs);
    });
    return () => {
      active = false;
    };
  }, [session]);

  return (
    <main>
      <Paper withBorder p="xl" maw={560} mx="auto" mt="xl">
        <Stack gap="md" align="flex-start">
          <Title order={1}>{t("accountNotOpen.heading")}</Title>
          <Text>{t("accountNotOpen.body")}</Text>
          {email && <Text>{t("accountNotOpen.signedInAs", { email })}</Text>}
          <Button onClick={() => void session.signOut()}>{t("accountNotOpen.signOut")}</Button>
        </Stack>
      </Paper>
    </main>
  );
}

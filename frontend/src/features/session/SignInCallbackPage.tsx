import { Alert, Button, Stack, Text, Title, VisuallyHidden } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";

import { LoadingState } from "../../components/LoadingState";
import { useAuth } from "../../lib/auth/AuthContext";
import { useDocumentTitle } from "../../lib/documentTitle";
import { defaultLandingPath } from "../../lib/routes";

/** /connexion/retour: the issuer sends the browser back here with a code; exchange it, then go to
 * the page that was asked for before the sign-in. */
export function SignInCallbackPage() {
  const { t } = useTranslation();
  const { session } = useAuth();
  const navigate = useNavigate();
  const [failed, setFailed] = useState(false);
  useDocumentTitle(t("signIn.title"));

  useEffect(() => {
    let active = true;
    session.completeSignIn(window.location.href).then(
      (returnTo) => {
        if (active) void navigate(returnTo, { replace: true });
      },
      (error: unknown) => {
        console.warn("Sign-in callback failed", error);
        if (active) setFailed(true);
      },
    );
    return () => {
      active = false;
    };
  }, [session, navigate]);

  if (!failed) {
    return (
      <>
        <VisuallyHidden component="h1">{t("signIn.title")}</VisuallyHidden>
        <LoadingState label={t("signIn.redirecting")} />
      </>
    );
  }
  return (
    <Stack gap="md" align="flex-start">
      <Title order={1}>{t("signIn.title")}</Title>
      <Alert color="red" title={t("signIn.failed")} role="alert">
        <Text size="sm">{t("signIn.failedDetail")}</Text>
      </Alert>
      <Button onClick={() => void session.signIn(defaultLandingPath)}>{t("signIn.retry")}</Button>
    </Stack>
  );
}

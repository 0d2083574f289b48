import { Alert, Button, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

import { currentPath, useAuth } from "../lib/auth/AuthContext";
import { describeError } from "../lib/graphqlErrors";

/** The French message for a failed query, with a retry button. Renders nothing for errors that
 * only report partial data (unavailable regions). */
export function QueryErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const { session } = useAuth();
  const described = describeError(error);
  if (!described) return null;
  const signInAgain =
    described.kind === "code" && (described.code === "INVALID_TOKEN" || described.code === "UNAUTHENTICATED");
  let message: string;
  if (described.kind === "network") {
    message = t("errors.network");
  } else if (described.kind === "code" && described.code !== "INTERNAL_ERROR") {
    message = t(`errors.${described.code}`);
  } else if (described.requestId) {
    message = t("errors.INTERNAL_ERROR", { requestId: described.requestId });
  } else {
    message = described.kind === "code" ? t("errors.internalWithoutId") : t("errors.unknown");
  }
  return (
    <Alert color="red" title={t("errors.title")} role="alert">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{message}</Text>
        {signInAgain ? (
          <Button size="xs" variant="outline" color="red" onClick={() => void session.signIn(currentPath())}>
            {t("signIn.retry")}
          </Button>
        ) : (
          onRetry && (
            <Button size="xs" variant="outline" color="red" onClick={onRetry}>
              {t("errors.retry")}
            </Button>
          )
        )}
      </Stack>
    </Alert>
  );
}

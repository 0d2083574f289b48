import { Button, FileButton, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";

import { CONSENT_FILE_TYPES } from "./consentFiles";
import { useConsentDocument } from "./useConsentDocument";

interface Props {
  projectId: string;
  grantId: string;
  organisationName: string;
}

/** « Joindre l'accord signé » on a grant that records the company's consent but not its signed paper yet. */
export function ConsentDocumentButton({ projectId, grantId, organisationName }: Props) {
  const { t } = useTranslation(["projects", "common"]);
  const { join, busy, percent, problem } = useConsentDocument(projectId);

  const choose = async (file: File | null) => {
    if (!file) return;
    if (await join(file, grantId)) {
      notifications.show({
        message: t("sharing.consentDocument.attached", { organisation: organisationName }),
        color: "teal",
        closeButtonProps: { "aria-label": t("common:close") },
      });
    }
  };

  return (
    <Stack gap={4} align="flex-start">
      <FileButton onChange={(file) => void choose(file)} accept={CONSENT_FILE_TYPES}>
        {(props) => (
          <Button
            {...props}
            size="xs"
            variant="light"
            loading={busy}
            aria-label={t("sharing.consentDocument.attachLabel", { organisation: organisationName })}
          >
            {t("sharing.consentDocument.attach")}
          </Button>
        )}
      </FileButton>
      {percent !== null && (
        <Text size="sm" aria-live="polite">
          {t("sharing.consentDocument.sending", { percent })}
        </Text>
      )}
      {problem && (
        <Text size="sm" c="red.8" role="alert">
          {problem}
        </Text>
      )}
    </Stack>
  );
}

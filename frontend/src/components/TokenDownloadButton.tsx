import { Alert, Button, Stack } from "@mantine/core";
import { useState } from "react";

import { useAuth } from "../lib/auth/AuthContext";
import { downloadWithToken } from "../lib/download";

interface Props {
  /** The API route of the file (it answers the bearer token, never a cookie). */
  url: string;
  fileName: string;
  label: string;
  /** Said under the button when the download fails (network, expired session). */
  failedMessage: string;
}

/** A button that downloads one of the API's files with the viewer's token, and says so when it fails. */
export function TokenDownloadButton({ url, fileName, label, failedMessage }: Props) {
  const { session } = useAuth();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  const download = async () => {
    setBusy(true);
    setFailed(false);
    try {
      await downloadWithToken(url, () => session.accessToken(), fileName);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="xs" align="flex-end">
      <Button variant="outline" onClick={() => void download()} loading={busy}>
        {label}
      </Button>
      {failed && (
        <Alert color="red" role="alert">
          {failedMessage}
        </Alert>
      )}
    </Stack>
  );
}

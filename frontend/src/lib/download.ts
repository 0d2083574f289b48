/** Downloads a file the API serves behind the bearer token: fetched with the token in a header (never
 * in the URL, where it would end up in logs and history), then saved from a blob. */
export async function downloadWithToken(
  url: string,
  accessToken: () => Promise<string | null>,
  fallbackName: string,
  fetchImpl: typeof fetch = fetch,
): Promise<void> {
  const token = await accessToken();
  const response = await fetchImpl(url, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!response.ok) throw new DownloadError(response.status);
  const blob = await response.blob();
  const name = fileNameOf(response.headers.get("content-disposition")) ?? fallbackName;
  const href = URL.createObjectURL(blob);
  try {
    const link = document.createElement("a");
    link.href = href;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // After the click has been handled: the browser has taken the blob by then.
    setTimeout(() => URL.revokeObjectURL(href), 1000);
  }
}

export class DownloadError extends Error {
  override name = "DownloadError";
  readonly status: number;
  constructor(status: number) {
    super(`Download failed: HTTP ${status}`);
    this.status = status;
  }
}

/** The file name of a `Content-Disposition` header (RFC 6266: `filename*` first). */
export function fileNameOf(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // fall through to the plain parameter
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(header);
  return plain?.[1]?.trim() || null;
}

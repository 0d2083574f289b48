import { useEffect } from "react";
import { useTranslation } from "react-i18next";

/** « Projets — Filière »: each page names itself, screen readers announce it on navigation. */
export function useDocumentTitle(page: string | null | undefined): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = page ? t("documentTitle", { page }) : t("appName");
  }, [page, t]);
}

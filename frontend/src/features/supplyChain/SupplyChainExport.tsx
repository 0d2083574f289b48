import { useTranslation } from "react-i18next";

import { TokenDownloadButton } from "../../components/TokenDownloadButton";

import { supplyChainExportUrl } from "./supplyChainLinks";

/** The chain as an Excel workbook (one row per supplier considered, then the indicators), for the
 * steering committee and the company. */
export function SupplyChainExport({ projectId }: { projectId: string }) {
  const { t } = useTranslation("supplyChain");
  return (
    <TokenDownloadButton
      url={supplyChainExportUrl(projectId)}
      fileName={`${t("export.fileName")}.xlsx`}
      label={t("export.button")}
      failedMessage={t("export.failed")}
    />
  );
}

import { useTranslation } from "react-i18next";

import classes from "./SkipLink.module.css";

export const MAIN_CONTENT_ID = "contenu";

export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a href={`#${MAIN_CONTENT_ID}`} className={classes.skipLink}>
      {t("skipLink")}
    </a>
  );
}

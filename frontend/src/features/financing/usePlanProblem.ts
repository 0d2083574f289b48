import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import type { Refusal } from "../../lib/mutation";

import { type FinancingProblem, financingProblem } from "./financingErrors";

/** What every editor of the plans does around its mutations: keep the server's refusal to show in a
 * `FinancingProblemAlert`, read the plans again after a success (with a French confirmation) or, on demand,
 * after a conflict — the other person's version is the one to start from. */
export function usePlanProblem(onReload: () => Promise<unknown>) {
  const { t } = useTranslation("common");
  const [problem, setProblem] = useState<FinancingProblem | null>(null);
  const [reloading, setReloading] = useState(false);

  return {
    problem,
    refuse: (refusal: Refusal) => setProblem(financingProblem(refusal)),
    clear: () => setProblem(null),
    /** Reads the plans again, then confirms the success with `message`. */
    succeeded: async (message: string) => {
      await onReload();
      notifications.show({ message, color: "teal", closeButtonProps: { "aria-label": t("close") } });
    },
    /** The alert's « reload » button: reads the plans again, clears the problem, then `after` (close a form…). */
    reloadAction: (label: string, after?: () => void) => ({
      label,
      loading: reloading,
      onReload: () => {
        setReloading(true);
        void onReload()
          .then(() => {
            setProblem(null);
            after?.();
          })
          .finally(() => setReloading(false));
      },
    }),
  };
}

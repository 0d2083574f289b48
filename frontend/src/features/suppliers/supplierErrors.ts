import type { TFunction } from "i18next";

/** The one place where the refusals this feature meets (sourcing errors: a supplier's profile, a supplier
 * added to a stage) become French. The API words them for users, with what the code alone cannot say
 * (which stage, which SIRET, who changed the profile); the supply chain's mapper is another feature's,
 * which this one cannot import. Ours when the API's is empty. */
export function supplierErrorMessage(t: TFunction<"suppliers">, error: { message: string }): string {
  return error.message.trim() || t("errors.unknown");
}

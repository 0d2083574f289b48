import { Role } from "../../graphql/generated/graphql";

/** Where an account of each role belongs (backend `auth/principal.py`): one region, a partner organisation
 * (required, or optional for a juror who comes from one), or neither — what the invitation form asks. */
export type AccountPlace = "region" | "organisation" | "optionalOrganisation" | null;

export const ACCOUNT_PLACE: Record<Role, AccountPlace> = {
  [Role.Adviser]: "region",
  [Role.RegionalAdmin]: "region",
  [Role.National]: null,
  [Role.Partner]: "organisation",
  [Role.Juror]: "optionalOrganisation",
  [Role.PlatformAdmin]: null,
};

/** Does an account of this role belong to a partner organisation (required or not)? */
export function mayBelongToOrganisation(role: Role): boolean {
  const place = ACCOUNT_PLACE[role];
  return place === "organisation" || place === "optionalOrganisation";
}

/** Every role, in the order of the programme (`ACCOUNT_PLACE`'s). */
export const ROLES = Object.keys(ACCOUNT_PLACE) as Role[];

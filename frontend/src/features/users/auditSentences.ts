import { Role } from "../../graphql/generated/graphql";
import { type AuditT, defineAuditVocabulary, text } from "../../lib/auditTrail";

const ROLES: readonly Role[] = Object.values(Role);

/** A role as the trail records it (« adviser »), by its label; undefined for an unknown one. */
function roleLabel(value: unknown, t: AuditT<"users">): string | undefined {
  const role = ROLES.find((known) => known === text(value).toUpperCase());
  return role ? t(`enums:role.${role}`) : undefined;
}

/** What the accounts feature tells of the trail: who invited, closed, reopened or renamed whom. */
export const usersAuditVocabulary = defineAuditVocabulary({
  ns: "users",
  actions: {
    "user.invited": {
      name: (t) => t("auditTrail.actionName.user.invited"),
      describe: (_before, after, t) =>
        t("auditTrail.sentence.user.invited", {
          name: text(after?.["displayName"]),
          role: roleLabel(after?.["role"], t) ?? text(after?.["role"]),
        }),
    },
    "user.invited_again": {
      name: (t) => t("auditTrail.actionName.user.invited_again"),
      describe: (_before, after, t) => t("auditTrail.sentence.user.invited_again", { email: text(after?.["email"]) }),
    },
    "user.deactivated": {
      name: (t) => t("auditTrail.actionName.user.deactivated"),
      describe: (_before, _after, t) => t("auditTrail.sentence.user.deactivated"),
    },
    "user.reactivated": {
      name: (t) => t("auditTrail.actionName.user.reactivated"),
      describe: (_before, _after, t) => t("auditTrail.sentence.user.reactivated"),
    },
    "user.password_reset_requested": {
      name: (t) => t("auditTrail.actionName.user.password_reset_requested"),
      describe: (_before, _after, t) => t("auditTrail.sentence.user.password_reset_requested"),
    },
    "user.session_ended": {
      name: (t) => t("auditTrail.actionName.user.session_ended"),
      describe: (_before, _after, t) => t("auditTrail.sentence.user.session_ended"),
    },
    "user.sessions_ended": {
      name: (t) => t("auditTrail.actionName.user.sessions_ended"),
      describe: (_before, _after, t) => t("auditTrail.sentence.user.sessions_ended"),
    },
    "user.renamed": {
      name: (t) => t("auditTrail.actionName.user.renamed"),
      describe: (before, after, t) =>
        t("auditTrail.sentence.user.renamed", {
          before: text(before?.["displayName"]),
          after: text(after?.["displayName"]),
        }),
    },
  },
  entityTypes: {
    User: (t) => t("auditTrail.entityType.User"),
  },
  fields: {
    email: (t) => t("auditTrail.field.email"),
    displayName: (t) => t("auditTrail.field.displayName"),
    role: (t) => t("auditTrail.field.role"),
    region: (t) => t("auditTrail.field.region"),
    organisation: (t) => t("auditTrail.field.organisation"),
    active: (t) => t("auditTrail.field.active"),
    startedAt: (t) => t("auditTrail.field.startedAt"),
    openSessions: (t) => t("auditTrail.field.openSessions"),
  },
  value: (key, value, t) => {
    if (key === "active" && typeof value === "boolean")
      return t(value ? "auditTrail.value.yes" : "auditTrail.value.no");
    if (key === "role") return roleLabel(value, t);
    return undefined;
  },
});

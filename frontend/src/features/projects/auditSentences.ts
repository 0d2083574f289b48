import { GrantScope, ProjectStatus, RespondentProfile, Role, TeamRole } from "../../graphql/generated/graphql";
import {
  type AuditT,
  changedFieldList,
  dateLabel,
  defineAuditVocabulary,
  enumLabel,
  frenchList,
  midSentence,
  records,
  text,
} from "../../lib/auditTrail";

type T = AuditT<"projects">;

const FIELD_NAMES = {
  summary: (t: T) => t("auditTrail.fieldName.summary"),
  notes: (t: T) => t("auditTrail.fieldName.notes"),
  status: (t: T) => t("auditTrail.fieldName.status"),
  name: (t: T) => t("auditTrail.fieldName.name"),
  siret: (t: T) => t("auditTrail.fieldName.siret"),
  nafCode: (t: T) => t("auditTrail.fieldName.nafCode"),
  communeCode: (t: T) => t("auditTrail.fieldName.communeCode"),
  street: (t: T) => t("auditTrail.fieldName.street"),
  postalCode: (t: T) => t("auditTrail.fieldName.postalCode"),
  website: (t: T) => t("auditTrail.fieldName.website"),
  headcountBand: (t: T) => t("auditTrail.fieldName.headcountBand"),
  revenueBand: (t: T) => t("auditTrail.fieldName.revenueBand"),
  contactName: (t: T) => t("auditTrail.fieldName.contactName"),
  contactFunction: (t: T) => t("auditTrail.fieldName.contactFunction"),
  contactEmail: (t: T) => t("auditTrail.fieldName.contactEmail"),
  contactPhone: (t: T) => t("auditTrail.fieldName.contactPhone"),
} satisfies Record<string, (t: T) => string>;

const PROJECT_STATUSES = Object.values(ProjectStatus);

/** The audit records enum values as stored (« candidate »); the labels are keyed by GraphQL names. */
function statusLabel(value: unknown, t: T): string {
  return enumLabel(value, PROJECT_STATUSES, (status) => t(`enums:projectStatus.${status}`));
}

const TEAM_ROLES: readonly string[] = Object.values(TeamRole);
const PROFILES: readonly string[] = Object.values(RespondentProfile);

/** « coach », « expert »: a team member's role, mid-sentence. */
function teamRoleLabel(value: unknown, t: T): string {
  const name = text(value).toUpperCase();
  return TEAM_ROLES.includes(name) ? t(`enums:teamRole.${name as TeamRole}`).toLocaleLowerCase("fr-FR") : text(value);
}

const ACCOUNT_ROLES: readonly string[] = Object.values(Role);
const GRANT_SCOPES: readonly string[] = Object.values(GrantScope);

/** « coach », « étudiant »: the role of an account attached to the project, mid-sentence. */
function accountRoleLabel(value: unknown, t: T): string {
  const name = text(value).toUpperCase();
  return ACCOUNT_ROLES.includes(name) ? t(`enums:role.${name as Role}`).toLocaleLowerCase("fr-FR") : text(value);
}

/** « financement »: how far a project is shared, mid-sentence. */
function grantScopeLabel(value: unknown, t: T): string {
  const name = text(value).toUpperCase();
  return GRANT_SCOPES.includes(name)
    ? t(`sharing.scopes.${name as GrantScope}`).toLocaleLowerCase("fr-FR")
    : text(value);
}

/** « distributeur »: an interviewee's profile, mid-sentence; an unknown one as recorded. */
function profileLabel(value: unknown, t: T): string {
  const name = text(value).toUpperCase();
  return PROFILES.includes(name)
    ? t(`study.profile.${name as RespondentProfile}`).toLocaleLowerCase("fr-FR")
    : text(value);
}

/** « les produits : A, B et C », or that the list was emptied: a list saved whole (the names are what it
 * holds after). */
function listSentence(list: "products" | "team", names: string[], t: T): string {
  return names.length
    ? t(`auditTrail.sentence.project.${list}_set`, { names: frenchList(names) })
    : t(`auditTrail.sentence.project.${list}_cleared`);
}

/** What the projects feature tells of the trail: projects, their company, market study and documents. */
export const projectAuditVocabulary = defineAuditVocabulary({
  ns: "projects",
  actions: {
    "project.status_changed": {
      name: (t) => t("auditTrail.actionName.project.status_changed"),
      describe: (before, after, t, style) =>
        t("auditTrail.sentence.project.status_changed", {
          before: midSentence(statusLabel(before?.["status"], t), style),
          after: midSentence(statusLabel(after?.["status"], t), style),
        }),
    },
    "project.updated": {
      name: (t) => t("auditTrail.actionName.project.updated"),
      describe: (before, after, t) =>
        t("auditTrail.sentence.project.updated", { fields: changedFieldList(before, after, FIELD_NAMES, t) }),
    },
    "project.commented": {
      name: (t) => t("auditTrail.actionName.project.commented"),
      describe: (_before, _after, t) => t("auditTrail.sentence.project.commented"),
    },
    "project.comment_edited": {
      name: (t) => t("auditTrail.actionName.project.comment_edited"),
      describe: (_before, _after, t) => t("auditTrail.sentence.project.comment_edited"),
    },
    "project.comment_deleted": {
      name: (t) => t("auditTrail.actionName.project.comment_deleted"),
      describe: (_before, _after, t) => t("auditTrail.sentence.project.comment_deleted"),
    },
    "project.adviser_assigned": {
      name: (t) => t("auditTrail.actionName.project.adviser_assigned"),
      // No adviser before: the first assignment; otherwise a change, naming both.
      describe: (before, after, t) => {
        const previous = text(before?.["adviser"]);
        const adviser = text(after?.["adviser"]);
        return previous
          ? t("auditTrail.sentence.project.adviser_changed", { before: previous, after: adviser })
          : t("auditTrail.sentence.project.adviser_assigned", { adviser });
      },
    },
    "project.candidacy_submitted": {
      name: (t) => t("auditTrail.actionName.project.candidacy_submitted"),
      describe: (_before, _after, t) => t("auditTrail.sentence.project.candidacy_submitted"),
    },
    "project.scored": {
      name: (t) => t("auditTrail.actionName.project.scored"),
      describe: (_before, after, t) => t("history.sentence.scored", { total: text(after?.["total"]) }),
    },
    "project.products_set": {
      name: (t) => t("auditTrail.actionName.project.products_set"),
      describe: (_before, after, t) =>
        listSentence(
          "products",
          records(after?.["products"]).map((product) => text(product["name"])),
          t,
        ),
    },
    "project.team_set": {
      name: (t) => t("auditTrail.actionName.project.team_set"),
      describe: (_before, after, t) =>
        listSentence(
          "team",
          records(after?.["team"]).map((member) => `${text(member["name"])} (${teamRoleLabel(member["role"], t)})`),
          t,
        ),
    },
    "project.confidential_read": {
      name: (t) => t("auditTrail.actionName.project.confidential_read"),
      describe: (_before, _after, t) => t("auditTrail.sentence.project.confidential_read"),
    },
    "project.member_attached": {
      name: (t) => t("auditTrail.actionName.project.member_attached"),
      describe: (_before, after, t) =>
        t("auditTrail.sentence.project.member_attached", {
          name: text(after?.["displayName"]),
          role: accountRoleLabel(after?.["role"], t),
        }),
    },
    "project.member_detached": {
      name: (t) => t("auditTrail.actionName.project.member_detached"),
      describe: (_before, after, t) =>
        t("auditTrail.sentence.project.member_detached", { name: text(after?.["displayName"]) }),
    },
    "project.shared": {
      name: (t) => t("auditTrail.actionName.project.shared"),
      describe: (_before, after, t) =>
        t("auditTrail.sentence.project.shared", {
          organisation: text(after?.["organisation"]),
          scope: grantScopeLabel(after?.["scope"], t),
          date: dateLabel(after?.["expiresOn"]),
        }),
    },
    "project.grant_changed": {
      name: (t) => t("auditTrail.actionName.project.grant_changed"),
      describe: (_before, after, t) =>
        t("auditTrail.sentence.project.grant_changed", {
          organisation: text(after?.["organisation"]),
          scope: grantScopeLabel(after?.["scope"], t),
          date: dateLabel(after?.["expiresOn"]),
        }),
    },
    "project.grant_revoked": {
      name: (t) => t("auditTrail.actionName.project.grant_revoked"),
      describe: (before, _after, t) =>
        t("auditTrail.sentence.project.grant_revoked", { organisation: text(before?.["organisation"]) }),
    },
    "project.question_asked": {
      name: (t) => t("auditTrail.actionName.project.question_asked"),
      describe: (_before, _after, t) => t("auditTrail.sentence.project.question_asked"),
    },
    "project.question_answered": {
      name: (t) => t("auditTrail.actionName.project.question_answered"),
      describe: (_before, _after, t) => t("auditTrail.sentence.project.question_answered"),
    },
    "project.consent_document_attached": {
      name: (t) => t("auditTrail.actionName.project.consent_document_attached"),
      describe: (_before, after, t) =>
        t("auditTrail.sentence.project.consent_document_attached", {
          document: text(after?.["consentDocument"]),
          organisation: text(after?.["organisation"]),
        }),
    },
    "company.updated": {
      name: (t) => t("auditTrail.actionName.company.updated"),
      describe: (before, after, t) =>
        t("auditTrail.sentence.company.updated", { fields: changedFieldList(before, after, FIELD_NAMES, t) }),
    },
    "study.team_set": {
      name: (t) => t("auditTrail.actionName.study.team_set"),
      // No values before: the team is declared for the first time.
      describe: (before, after, t) =>
        t(before ? "history.sentence.teamChanged" : "history.sentence.teamDeclared", {
          school: text(after?.["school"]),
        }),
    },
    "study.interview_added": {
      name: (t) => t("auditTrail.actionName.study.interview_added"),
      describe: (_before, after, t) =>
        t("history.sentence.interviewAdded", {
          date: dateLabel(after?.["heldOn"]),
          profile: profileLabel(after?.["profile"], t),
        }),
    },
    "document.upload_requested": {
      name: (t) => t("auditTrail.actionName.document.upload_requested"),
      describe: (_before, after, t) =>
        t("auditTrail.sentence.document.upload_requested", {
          n: text(after?.["version"]),
          fileName: text(after?.["fileName"]),
        }),
    },
    "document.version_added": {
      name: (t) => t("auditTrail.actionName.document.version_added"),
      describe: (_before, after, t) =>
        t("auditTrail.sentence.document.version_added", {
          n: text(after?.["version"]),
          fileName: text(after?.["fileName"]),
        }),
    },
  },
  entityTypes: {
    Project: (t) => t("auditTrail.entityType.Project"),
    Company: (t) => t("auditTrail.entityType.Company"),
    Document: (t) => t("auditTrail.entityType.Document"),
  },
  fields: {
    status: (t) => t("auditTrail.field.status"),
    reason: (t) => t("auditTrail.field.reason"),
    summary: (t) => t("auditTrail.field.summary"),
    notes: (t) => t("auditTrail.field.notes"),
    name: (t) => t("auditTrail.field.name"),
    company: (t) => t("auditTrail.field.company"),
    siren: (t) => t("auditTrail.field.siren"),
    commentId: (t) => t("auditTrail.field.commentId"),
    mentions: (t) => t("auditTrail.field.mentions"),
    body: (t) => t("auditTrail.field.body"),
    adviser: (t) => t("auditTrail.field.adviser"),
    version: (t) => t("auditTrail.field.version"),
    fileName: (t) => t("auditTrail.field.fileName"),
    size: (t) => t("auditTrail.field.size"),
    sha256: (t) => t("auditTrail.field.sha256"),
    siret: (t) => t("auditTrail.field.siret"),
    nafCode: (t) => t("auditTrail.field.nafCode"),
    communeCode: (t) => t("auditTrail.field.communeCode"),
    street: (t) => t("auditTrail.field.street"),
    postalCode: (t) => t("auditTrail.field.postalCode"),
    website: (t) => t("auditTrail.field.website"),
    headcountBand: (t) => t("auditTrail.field.headcountBand"),
    revenueBand: (t) => t("auditTrail.field.revenueBand"),
    contactName: (t) => t("auditTrail.field.contactName"),
    contactFunction: (t) => t("auditTrail.field.contactFunction"),
    contactEmail: (t) => t("auditTrail.field.contactEmail"),
    contactPhone: (t) => t("auditTrail.field.contactPhone"),
    products: (t) => t("auditTrail.field.products"),
    team: (t) => t("auditTrail.field.team"),
    fields: (t) => t("auditTrail.field.fields"),
  },
  // A project's status (« candidate »): the other features' statuses are told by their own.
  value: (key, value, t) => (key === "status" ? statusLabel(value, t) : undefined),
});

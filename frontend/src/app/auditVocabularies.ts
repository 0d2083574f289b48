import { eventsAuditVocabulary } from "../features/events/auditSentences";
import { eventMeetingsAuditVocabulary } from "../features/events/meetingAuditSentences";
import { eventRegistrationsAuditVocabulary } from "../features/events/registration/auditSentences";
import { financingAuditVocabulary } from "../features/financing/auditSentences";
import { methodAuditVocabulary } from "../features/method/auditSentences";
import { partnersAuditVocabulary } from "../features/partners/auditSentences";
import { planningAuditVocabulary } from "../features/planning/auditSentences";
import { projectAuditVocabulary } from "../features/projects/auditSentences";
import { sourcingRequestsAuditVocabulary } from "../features/sourcingRequests/auditSentences";
import { suppliersAuditVocabulary } from "../features/suppliers/auditSentences";
import { supplyChainAuditVocabulary } from "../features/supplyChain/auditSentences";
import { usersAuditVocabulary } from "../features/users/auditSentences";
import type { AuditVocabulary } from "../lib/auditTrail";

/** The one place where the features' words for the audit trail are registered (`lib/auditTrail.ts`): the
 * journal (features/audit) and a project's « Historique » (features/projects) tell every action with
 * them. In the order the journal's filters offer them. A feature whose actions the trail records adds
 * its vocabulary here. */
export const AUDIT_VOCABULARIES: readonly AuditVocabulary[] = [
  projectAuditVocabulary,
  supplyChainAuditVocabulary,
  financingAuditVocabulary,
  planningAuditVocabulary,
  methodAuditVocabulary,
  suppliersAuditVocabulary,
  sourcingRequestsAuditVocabulary,
  usersAuditVocabulary,
  partnersAuditVocabulary,
  eventsAuditVocabulary,
  eventRegistrationsAuditVocabulary,
  eventMeetingsAuditVocabulary,
];

import { dateLabel, defineAuditVocabulary, items, text } from "../../lib/auditTrail";

/** What the sourcing requests feature tells of the trail: requests between regions and their answers. */
export const sourcingRequestsAuditVocabulary = defineAuditVocabulary({
  ns: "sourcingRequests",
  actions: {
    "sourcing_request.posted": {
      name: (t) => t("auditTrail.actionName.sourcing_request.posted"),
      describe: (_before, after, t) =>
        t("auditTrail.sentence.sourcing_request.posted", {
          stage: text(after?.["stage"]),
          date: dateLabel(after?.["deadline"]),
        }),
    },
    "sourcing_request.answered": {
      name: (t) => t("auditTrail.actionName.sourcing_request.answered"),
      describe: (_before, after, t) =>
        t("auditTrail.sentence.sourcing_request.answered", { count: items(after?.["sirets"]).length }),
    },
  },
  entityTypes: {
    SourcingRequest: (t) => t("auditTrail.entityType.SourcingRequest"),
  },
  fields: {
    projectId: (t) => t("auditTrail.field.projectId"),
    stage: (t) => t("auditTrail.field.stage"),
    deadline: (t) => t("auditTrail.field.deadline"),
    targets: (t) => t("auditTrail.field.targets"),
    answerId: (t) => t("auditTrail.field.answerId"),
    region: (t) => t("auditTrail.field.region"),
    sirets: (t) => t("auditTrail.field.sirets"),
  },
});

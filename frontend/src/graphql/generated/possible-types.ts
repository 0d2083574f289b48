
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "AddInterviewPayload": [
      "AddInterviewSuccess",
      "StudyConflict",
      "StudyInvalid",
      "StudyNotAllowed"
    ],
    "AddProjectCommentPayload": [
      "AddProjectCommentSuccess",
      "ProjectConflict",
      "ProjectInvalid",
      "ProjectNotAllowed"
    ],
    "CalendarFeedPayload": [
      "CalendarConflict",
      "CalendarFeedSuccess",
      "CalendarInvalid",
      "CalendarNotAllowed"
    ],
    "CohortPayload": [
      "CohortSuccess",
      "PlanningConflict",
      "PlanningInvalid",
      "PlanningNotAllowed"
    ],
    "ConfirmDocumentUploadPayload": [
      "ConfirmDocumentUploadSuccess",
      "DocumentConflict",
      "DocumentInvalid",
      "DocumentNotAllowed"
    ],
    "EditionPayload": [
      "EditionSuccess",
      "PlanningConflict",
      "PlanningInvalid",
      "PlanningNotAllowed"
    ],
    "MethodVersionPayload": [
      "MethodConflict",
      "MethodInvalid",
      "MethodNotAllowed",
      "MethodVersionSuccess"
    ],
    "MigrateCohortPayload": [
      "MigrateCohortSuccess",
      "PlanningConflict",
      "PlanningInvalid",
      "PlanningNotAllowed"
    ],
    "MilestonePayload": [
      "MilestoneSuccess",
      "PlanningConflict",
      "PlanningInvalid",
      "PlanningNotAllowed"
    ],
    "Node": [
      "AuditEvent",
      "CalendarFeed",
      "Cohort",
      "Company",
      "Document",
      "Edition",
      "Event",
      "InboxItem",
      "MethodVersion",
      "Milestone",
      "MilestoneTemplate",
      "Organisation",
      "Phase",
      "Project",
      "Region",
      "User"
    ],
    "ProjectEditPayload": [
      "ProjectConflict",
      "ProjectEditSuccess",
      "ProjectInvalid",
      "ProjectNotAllowed"
    ],
    "ReplanCohortPayload": [
      "PlanningConflict",
      "PlanningInvalid",
      "PlanningNotAllowed",
      "ReplanCohortSuccess"
    ],
    "RequestDocumentUploadPayload": [
      "DocumentConflict",
      "DocumentInvalid",
      "DocumentNotAllowed",
      "RequestDocumentUploadSuccess"
    ],
    "ScoreCandidatePayload": [
      "ProjectConflict",
      "ProjectInvalid",
      "ProjectNotAllowed",
      "ScoreCandidateSuccess"
    ],
    "SetStudentTeamPayload": [
      "SetStudentTeamSuccess",
      "StudyConflict",
      "StudyInvalid",
      "StudyNotAllowed"
    ],
    "SourcingAnswerPayload": [
      "SourcingAnswerSuccess",
      "SourcingConflict",
      "SourcingInvalid",
      "SourcingNotAllowed"
    ],
    "SourcingRequestPayload": [
      "SourcingConflict",
      "SourcingInvalid",
      "SourcingNotAllowed",
      "SourcingRequestSuccess"
    ],
    "SubmitCandidacyPayload": [
      "ProjectInvalid",
      "SubmitCandidacySuccess"
    ],
    "SupplierCandidatePayload": [
      "SourcingConflict",
      "SourcingInvalid",
      "SourcingNotAllowed",
      "SupplierCandidateSuccess"
    ],
    "SupplierProfilePayload": [
      "SourcingConflict",
      "SourcingInvalid",
      "SourcingNotAllowed",
      "SupplierProfileSuccess"
    ],
    "SupplyChainPayload": [
      "SourcingConflict",
      "SourcingInvalid",
      "SourcingNotAllowed",
      "SupplyChainSuccess"
    ],
    "TransitionProjectPayload": [
      "ProjectConflict",
      "ProjectInvalid",
      "ProjectNotAllowed",
      "TransitionProjectSuccess"
    ],
    "UpdateCompanyPayload": [
      "ProjectConflict",
      "ProjectInvalid",
      "ProjectNotAllowed",
      "UpdateCompanySuccess"
    ],
    "UpdateProjectPayload": [
      "ProjectConflict",
      "ProjectInvalid",
      "ProjectNotAllowed",
      "UpdateProjectSuccess"
    ],
    "UserError": [
      "CalendarConflict",
      "CalendarInvalid",
      "CalendarNotAllowed",
      "DocumentConflict",
      "DocumentInvalid",
      "DocumentNotAllowed",
      "MethodConflict",
      "MethodInvalid",
      "MethodNotAllowed",
      "PlanningConflict",
      "PlanningInvalid",
      "PlanningNotAllowed",
      "ProjectConflict",
      "ProjectInvalid",
      "ProjectNotAllowed",
      "SourcingConflict",
      "SourcingInvalid",
      "SourcingNotAllowed",
      "StudyConflict",
      "StudyInvalid",
      "StudyNotAllowed"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "AddInterviewPayload": [
      "AddInterviewSuccess",
      "StudyConflict",
      "StudyInvalid",
      "StudyNotAllowed"
    ],
    "AddProjectCommentPayload": [
      "AddProjectCommentSuccess",
      "ProjectConflict",
      "ProjectInvalid",
      "ProjectNotAllowed"
    ],
    "CalendarFeedPayload": [
      "CalendarConflict",
      "CalendarFeedSuccess",
      "CalendarInvalid",
      "CalendarNotAllowed"
    ],
    "CohortPayload": [
      "CohortSuccess",
      "PlanningConflict",
      "PlanningInvalid",
      "PlanningNotAllowed"
    ],
    "ConfirmDocumentUploadPayload": [
      "ConfirmDocumentUploadSuccess",
      "DocumentConflict",
      "DocumentInvalid",
      "DocumentNotAllowed"
    ],
    "EditionPayload": [
      "EditionSuccess",
      "PlanningConflict",
      "PlanningInvalid",
      "PlanningNotAllowed"
    ],
    "MethodVersionPayload": [
      "MethodConflict",
      "MethodInvalid",
      "MethodNotAllowed",
      "MethodVersionSuccess"
    ],
    "MigrateCohortPayload": [
      "MigrateCohortSuccess",
      "PlanningConflict",
      "PlanningInvalid",
      "PlanningNotAllowed"
    ],
    "MilestonePayload": [
      "MilestoneSuccess",
      "PlanningConflict",
      "PlanningInvalid",
      "PlanningNotAllowed"
    ],
    "Node": [
      "AuditEvent",
      "CalendarFeed",
      "Cohort",
      "Company",
      "Document",
      "Edition",
      "Event",
      "InboxItem",
      "MethodVersion",
      "Milestone",
      "MilestoneTemplate",
      "Organisation",
      "Phase",
      "Project",
      "Region",
      "User"
    ],
    "ProjectEditPayload": [
      "ProjectConflict",
      "ProjectEditSuccess",
      "ProjectInvalid",
      "ProjectNotAllowed"
    ],
    "ReplanCohortPayload": [
      "PlanningConflict",
      "PlanningInvalid",
      "PlanningNotAllowed",
      "ReplanCohortSuccess"
    ],
    "RequestDocumentUploadPayload": [
      "DocumentConflict",
      "DocumentInvalid",
      "DocumentNotAllowed",
      "RequestDocumentUploadSuccess"
    ],
    "ScoreCandidatePayload": [
      "ProjectConflict",
      "ProjectInvalid",
      "ProjectNotAllowed",
      "ScoreCandidateSuccess"
    ],
    "SetStudentTeamPayload": [
      "SetStudentTeamSuccess",
      "StudyConflict",
      "StudyInvalid",
      "StudyNotAllowed"
    ],
    "SourcingAnswerPayload": [
      "SourcingAnswerSuccess",
      "SourcingConflict",
      "SourcingInvalid",
      "SourcingNotAllowed"
    ],
    "SourcingRequestPayload": [
      "SourcingConflict",
      "SourcingInvalid",
      "SourcingNotAllowed",
      "SourcingRequestSuccess"
    ],
    "SubmitCandidacyPayload": [
      "ProjectInvalid",
      "SubmitCandidacySuccess"
    ],
    "SupplierCandidatePayload": [
      "SourcingConflict",
      "SourcingInvalid",
      "SourcingNotAllowed",
      "SupplierCandidateSuccess"
    ],
    "SupplierProfilePayload": [
      "SourcingConflict",
      "SourcingInvalid",
      "SourcingNotAllowed",
      "SupplierProfileSuccess"
    ],
    "SupplyChainPayload": [
      "SourcingConflict",
      "SourcingInvalid",
      "SourcingNotAllowed",
      "SupplyChainSuccess"
    ],
    "TransitionProjectPayload": [
      "ProjectConflict",
      "ProjectInvalid",
      "ProjectNotAllowed",
      "TransitionProjectSuccess"
    ],
    "UpdateCompanyPayload": [
      "ProjectConflict",
      "ProjectInvalid",
      "ProjectNotAllowed",
      "UpdateCompanySuccess"
    ],
    "UpdateProjectPayload": [
      "ProjectConflict",
      "ProjectInvalid",
      "ProjectNotAllowed",
      "UpdateProjectSuccess"
    ],
    "UserError": [
      "CalendarConflict",
      "CalendarInvalid",
      "CalendarNotAllowed",
      "DocumentConflict",
      "DocumentInvalid",
      "DocumentNotAllowed",
      "MethodConflict",
      "MethodInvalid",
      "MethodNotAllowed",
      "PlanningConflict",
      "PlanningInvalid",
      "PlanningNotAllowed",
      "ProjectConflict",
      "ProjectInvalid",
      "ProjectNotAllowed",
      "SourcingConflict",
      "SourcingInvalid",
      "SourcingNotAllowed",
      "StudyConflict",
      "StudyInvalid",
      "StudyNotAllowed"
    ]
  }
};
      export default result;
    
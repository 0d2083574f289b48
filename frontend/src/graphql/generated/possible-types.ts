
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
    "SubmitCandidacyPayload": [
      "ProjectInvalid",
      "SubmitCandidacySuccess"
    ],
    "TransitionProjectPayload": [
      "ProjectConflict",
      "ProjectInvalid",
      "ProjectNotAllowed",
      "TransitionProjectSuccess"
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
    "SubmitCandidacyPayload": [
      "ProjectInvalid",
      "SubmitCandidacySuccess"
    ],
    "TransitionProjectPayload": [
      "ProjectConflict",
      "ProjectInvalid",
      "ProjectNotAllowed",
      "TransitionProjectSuccess"
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
      "StudyConflict",
      "StudyInvalid",
      "StudyNotAllowed"
    ]
  }
};
      export default result;
    
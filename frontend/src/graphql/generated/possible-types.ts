
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "AccountError": [
      "AccountConflict",
      "AccountInvalid",
      "AccountNotAllowed"
    ],
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
    "AnswerProjectQuestionPayload": [
      "ProjectConflict",
      "ProjectInvalid",
      "ProjectNotAllowed",
      "ProjectQuestionSuccess"
    ],
    "ApiClientError": [
      "ApiClientConflict",
      "ApiClientInvalid",
      "ApiClientNotAllowed"
    ],
    "AskProjectQuestionPayload": [
      "ProjectConflict",
      "ProjectInvalid",
      "ProjectNotAllowed",
      "ProjectQuestionSuccess"
    ],
    "AssignProjectAdviserPayload": [
      "AssignProjectAdviserSuccess",
      "ProjectConflict",
      "ProjectInvalid",
      "ProjectNotAllowed"
    ],
    "AttachConsentDocumentPayload": [
      "GrantConflict",
      "GrantInvalid",
      "GrantNotAllowed",
      "GrantSuccess"
    ],
    "AttachProjectMemberPayload": [
      "AttachProjectMemberSuccess",
      "MembershipConflict",
      "MembershipInvalid",
      "MembershipNotAllowed"
    ],
    "CalendarError": [
      "CalendarConflict",
      "CalendarInvalid",
      "CalendarNotAllowed"
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
    "CreateApiClientPayload": [
      "ApiClientConflict",
      "ApiClientInvalid",
      "ApiClientNotAllowed",
      "CreateApiClientSuccess"
    ],
    "DeleteProjectCommentPayload": [
      "DeleteProjectCommentSuccess",
      "ProjectConflict",
      "ProjectInvalid",
      "ProjectNotAllowed"
    ],
    "DetachProjectMemberPayload": [
      "DetachProjectMemberSuccess",
      "MembershipConflict",
      "MembershipInvalid",
      "MembershipNotAllowed"
    ],
    "DocumentError": [
      "DocumentConflict",
      "DocumentInvalid",
      "DocumentNotAllowed"
    ],
    "EarlierDeMinimisAidPayload": [
      "EarlierDeMinimisAidSuccess",
      "FinancingConflict",
      "FinancingInvalid",
      "FinancingNotAllowed"
    ],
    "EditProjectCommentPayload": [
      "EditProjectCommentSuccess",
      "ProjectConflict",
      "ProjectInvalid",
      "ProjectNotAllowed"
    ],
    "EditionPayload": [
      "EditionSuccess",
      "PlanningConflict",
      "PlanningInvalid",
      "PlanningNotAllowed"
    ],
    "EndAllSessionsPayload": [
      "EndAllSessionsSuccess",
      "SessionConflict",
      "SessionInvalid",
      "SessionNotAllowed"
    ],
    "EndSessionPayload": [
      "EndSessionSuccess",
      "SessionConflict",
      "SessionInvalid",
      "SessionNotAllowed"
    ],
    "EventError": [
      "EventConflict",
      "EventInvalid",
      "EventNotAllowed"
    ],
    "EventJuryPayload": [
      "EventConflict",
      "EventInvalid",
      "EventJurySuccess",
      "EventNotAllowed"
    ],
    "EventPayload": [
      "EventConflict",
      "EventInvalid",
      "EventNotAllowed",
      "EventSuccess"
    ],
    "EventSessionPayload": [
      "EventConflict",
      "EventInvalid",
      "EventNotAllowed",
      "EventSessionSuccess"
    ],
    "FinancingError": [
      "FinancingConflict",
      "FinancingInvalid",
      "FinancingNotAllowed"
    ],
    "FinancingPlanChangePayload": [
      "FinancingConflict",
      "FinancingInvalid",
      "FinancingNotAllowed",
      "FinancingPlanChangeSuccess"
    ],
    "FinancingSchemePayload": [
      "FinancingConflict",
      "FinancingInvalid",
      "FinancingNotAllowed",
      "FinancingSchemeSuccess"
    ],
    "FinancingSourcePayload": [
      "FinancingConflict",
      "FinancingInvalid",
      "FinancingNotAllowed",
      "FinancingSourceSuccess"
    ],
    "GrantError": [
      "GrantConflict",
      "GrantInvalid",
      "GrantNotAllowed"
    ],
    "HackathonTeamPayload": [
      "EventConflict",
      "EventInvalid",
      "EventNotAllowed",
      "HackathonTeamSuccess"
    ],
    "InboxError": [
      "InboxConflict",
      "InboxInvalid",
      "InboxNotAllowed"
    ],
    "InvestmentLinePayload": [
      "FinancingConflict",
      "FinancingInvalid",
      "FinancingNotAllowed",
      "InvestmentLineSuccess"
    ],
    "InviteUserPayload": [
      "AccountConflict",
      "AccountInvalid",
      "AccountNotAllowed",
      "InviteUserSuccess"
    ],
    "MarkInboxReadPayload": [
      "InboxConflict",
      "InboxInvalid",
      "InboxNotAllowed",
      "MarkInboxReadSuccess"
    ],
    "MeetingRequestPayload": [
      "EventConflict",
      "EventInvalid",
      "EventNotAllowed",
      "MeetingRequestSuccess"
    ],
    "MeetingTablesPayload": [
      "EventConflict",
      "EventInvalid",
      "EventNotAllowed",
      "MeetingTablesSuccess"
    ],
    "MembershipError": [
      "MembershipConflict",
      "MembershipInvalid",
      "MembershipNotAllowed"
    ],
    "MethodError": [
      "MethodConflict",
      "MethodInvalid",
      "MethodNotAllowed"
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
    "MyEventRegistrationPayload": [
      "EventConflict",
      "EventInvalid",
      "EventNotAllowed",
      "MyEventRegistrationSuccess"
    ],
    "Node": [
      "AuditEvent",
      "CalendarFeed",
      "Cohort",
      "Company",
      "Document",
      "Edition",
      "Event",
      "FinancingScheme",
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
    "OrganisationError": [
      "OrganisationConflict",
      "OrganisationInvalid",
      "OrganisationNotAllowed"
    ],
    "OrganisationPayload": [
      "OrganisationConflict",
      "OrganisationInvalid",
      "OrganisationNotAllowed",
      "OrganisationSuccess"
    ],
    "PitchPayload": [
      "EventConflict",
      "EventInvalid",
      "EventNotAllowed",
      "PitchSuccess"
    ],
    "PlanningError": [
      "PlanningConflict",
      "PlanningInvalid",
      "PlanningNotAllowed"
    ],
    "PrizePayload": [
      "EventConflict",
      "EventInvalid",
      "EventNotAllowed",
      "PrizeSuccess"
    ],
    "ProjectEditPayload": [
      "ProjectConflict",
      "ProjectEditSuccess",
      "ProjectInvalid",
      "ProjectNotAllowed"
    ],
    "ProjectError": [
      "ProjectConflict",
      "ProjectInvalid",
      "ProjectNotAllowed"
    ],
    "RegisterForEventPayload": [
      "EventConflict",
      "EventInvalid",
      "EventNotAllowed",
      "RegisterForEventSuccess"
    ],
    "RegistrationDeskPayload": [
      "EventConflict",
      "EventInvalid",
      "EventNotAllowed",
      "RegistrationDeskSuccess"
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
    "RevokeApiClientPayload": [
      "ApiClientConflict",
      "ApiClientInvalid",
      "ApiClientNotAllowed",
      "RevokeApiClientSuccess"
    ],
    "RevokeGrantPayload": [
      "GrantConflict",
      "GrantInvalid",
      "GrantNotAllowed",
      "GrantSuccess"
    ],
    "RotateApiClientSecretPayload": [
      "ApiClientConflict",
      "ApiClientInvalid",
      "ApiClientNotAllowed",
      "RotateApiClientSecretSuccess"
    ],
    "ScheduleMeetingsPayload": [
      "EventConflict",
      "EventInvalid",
      "EventNotAllowed",
      "ScheduleMeetingsSuccess"
    ],
    "ScoreCandidatePayload": [
      "ProjectConflict",
      "ProjectInvalid",
      "ProjectNotAllowed",
      "ScoreCandidateSuccess"
    ],
    "ScorePitchPayload": [
      "EventConflict",
      "EventInvalid",
      "EventNotAllowed",
      "ScorePitchSuccess"
    ],
    "SendMeetingAgendasPayload": [
      "EventConflict",
      "EventInvalid",
      "EventNotAllowed",
      "SendMeetingAgendasSuccess"
    ],
    "SessionError": [
      "SessionConflict",
      "SessionInvalid",
      "SessionNotAllowed"
    ],
    "SetStudentTeamPayload": [
      "SetStudentTeamSuccess",
      "StudyConflict",
      "StudyInvalid",
      "StudyNotAllowed"
    ],
    "ShareProjectPayload": [
      "GrantConflict",
      "GrantInvalid",
      "GrantNotAllowed",
      "GrantSuccess"
    ],
    "SourcingAnswerPayload": [
      "SourcingAnswerSuccess",
      "SourcingConflict",
      "SourcingInvalid",
      "SourcingNotAllowed"
    ],
    "SourcingError": [
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
    "StudyError": [
      "StudyConflict",
      "StudyInvalid",
      "StudyNotAllowed"
    ],
    "SubmitCandidacyPayload": [
      "ProjectConflict",
      "ProjectInvalid",
      "ProjectNotAllowed",
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
    "UpdateGrantPayload": [
      "GrantConflict",
      "GrantInvalid",
      "GrantNotAllowed",
      "GrantSuccess"
    ],
    "UpdateProjectPayload": [
      "ProjectConflict",
      "ProjectInvalid",
      "ProjectNotAllowed",
      "UpdateProjectSuccess"
    ],
    "UserAccountPayload": [
      "AccountConflict",
      "AccountInvalid",
      "AccountNotAllowed",
      "UserAccountSuccess"
    ],
    "UserError": [
      "AccountConflict",
      "AccountInvalid",
      "AccountNotAllowed",
      "ApiClientConflict",
      "ApiClientInvalid",
      "ApiClientNotAllowed",
      "CalendarConflict",
      "CalendarInvalid",
      "CalendarNotAllowed",
      "DocumentConflict",
      "DocumentInvalid",
      "DocumentNotAllowed",
      "EventConflict",
      "EventInvalid",
      "EventNotAllowed",
      "FinancingConflict",
      "FinancingInvalid",
      "FinancingNotAllowed",
      "GrantConflict",
      "GrantInvalid",
      "GrantNotAllowed",
      "InboxConflict",
      "InboxInvalid",
      "InboxNotAllowed",
      "MembershipConflict",
      "MembershipInvalid",
      "MembershipNotAllowed",
      "MethodConflict",
      "MethodInvalid",
      "MethodNotAllowed",
      "OrganisationConflict",
      "OrganisationInvalid",
      "OrganisationNotAllowed",
      "PlanningConflict",
      "PlanningInvalid",
      "PlanningNotAllowed",
      "ProjectConflict",
      "ProjectInvalid",
      "ProjectNotAllowed",
      "SessionConflict",
      "SessionInvalid",
      "SessionNotAllowed",
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
    "AccountError": [
      "AccountConflict",
      "AccountInvalid",
      "AccountNotAllowed"
    ],
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
    "AnswerProjectQuestionPayload": [
      "ProjectConflict",
      "ProjectInvalid",
      "ProjectNotAllowed",
      "ProjectQuestionSuccess"
    ],
    "ApiClientError": [
      "ApiClientConflict",
      "ApiClientInvalid",
      "ApiClientNotAllowed"
    ],
    "AskProjectQuestionPayload": [
      "ProjectConflict",
      "ProjectInvalid",
      "ProjectNotAllowed",
      "ProjectQuestionSuccess"
    ],
    "AssignProjectAdviserPayload": [
      "AssignProjectAdviserSuccess",
      "ProjectConflict",
      "ProjectInvalid",
      "ProjectNotAllowed"
    ],
    "AttachConsentDocumentPayload": [
      "GrantConflict",
      "GrantInvalid",
      "GrantNotAllowed",
      "GrantSuccess"
    ],
    "AttachProjectMemberPayload": [
      "AttachProjectMemberSuccess",
      "MembershipConflict",
      "MembershipInvalid",
      "MembershipNotAllowed"
    ],
    "CalendarError": [
      "CalendarConflict",
      "CalendarInvalid",
      "CalendarNotAllowed"
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
    "CreateApiClientPayload": [
      "ApiClientConflict",
      "ApiClientInvalid",
      "ApiClientNotAllowed",
      "CreateApiClientSuccess"
    ],
    "DeleteProjectCommentPayload": [
      "DeleteProjectCommentSuccess",
      "ProjectConflict",
      "ProjectInvalid",
      "ProjectNotAllowed"
    ],
    "DetachProjectMemberPayload": [
      "DetachProjectMemberSuccess",
      "MembershipConflict",
      "MembershipInvalid",
      "MembershipNotAllowed"
    ],
    "DocumentError": [
      "DocumentConflict",
      "DocumentInvalid",
      "DocumentNotAllowed"
    ],
    "EarlierDeMinimisAidPayload": [
      "EarlierDeMinimisAidSuccess",
      "FinancingConflict",
      "FinancingInvalid",
      "FinancingNotAllowed"
    ],
    "EditProjectCommentPayload": [
      "EditProjectCommentSuccess",
      "ProjectConflict",
      "ProjectInvalid",
      "ProjectNotAllowed"
    ],
    "EditionPayload": [
      "EditionSuccess",
      "PlanningConflict",
      "PlanningInvalid",
      "PlanningNotAllowed"
    ],
    "EndAllSessionsPayload": [
      "EndAllSessionsSuccess",
      "SessionConflict",
      "SessionInvalid",
      "SessionNotAllowed"
    ],
    "EndSessionPayload": [
      "EndSessionSuccess",
      "SessionConflict",
      "SessionInvalid",
      "SessionNotAllowed"
    ],
    "EventError": [
      "EventConflict",
      "EventInvalid",
      "EventNotAllowed"
    ],
    "EventJuryPayload": [
      "EventConflict",
      "EventInvalid",
      "EventJurySuccess",
      "EventNotAllowed"
    ],
    "EventPayload": [
      "EventConflict",
      "EventInvalid",
      "EventNotAllowed",
      "EventSuccess"
    ],
    "EventSessionPayload": [
      "EventConflict",
      "EventInvalid",
      "EventNotAllowed",
      "EventSessionSuccess"
    ],
    "FinancingError": [
      "FinancingConflict",
      "FinancingInvalid",
      "FinancingNotAllowed"
    ],
    "FinancingPlanChangePayload": [
      "FinancingConflict",
      "FinancingInvalid",
      "FinancingNotAllowed",
      "FinancingPlanChangeSuccess"
    ],
    "FinancingSchemePayload": [
      "FinancingConflict",
      "FinancingInvalid",
      "FinancingNotAllowed",
      "FinancingSchemeSuccess"
    ],
    "FinancingSourcePayload": [
      "FinancingConflict",
      "FinancingInvalid",
      "FinancingNotAllowed",
      "FinancingSourceSuccess"
    ],
    "GrantError": [
      "GrantConflict",
      "GrantInvalid",
      "GrantNotAllowed"
    ],
    "HackathonTeamPayload": [
      "EventConflict",
      "EventInvalid",
      "EventNotAllowed",
      "HackathonTeamSuccess"
    ],
    "InboxError": [
      "InboxConflict",
      "InboxInvalid",
      "InboxNotAllowed"
    ],
    "InvestmentLinePayload": [
      "FinancingConflict",
      "FinancingInvalid",
      "FinancingNotAllowed",
      "InvestmentLineSuccess"
    ],
    "InviteUserPayload": [
      "AccountConflict",
      "AccountInvalid",
      "AccountNotAllowed",
      "InviteUserSuccess"
    ],
    "MarkInboxReadPayload": [
      "InboxConflict",
      "InboxInvalid",
      "InboxNotAllowed",
      "MarkInboxReadSuccess"
    ],
    "MeetingRequestPayload": [
      "EventConflict",
      "EventInvalid",
      "EventNotAllowed",
      "MeetingRequestSuccess"
    ],
    "MeetingTablesPayload": [
      "EventConflict",
      "EventInvalid",
      "EventNotAllowed",
      "MeetingTablesSuccess"
    ],
    "MembershipError": [
      "MembershipConflict",
      "MembershipInvalid",
      "MembershipNotAllowed"
    ],
    "MethodError": [
      "MethodConflict",
      "MethodInvalid",
      "MethodNotAllowed"
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
    "MyEventRegistrationPayload": [
      "EventConflict",
      "EventInvalid",
      "EventNotAllowed",
      "MyEventRegistrationSuccess"
    ],
    "Node": [
      "AuditEvent",
      "CalendarFeed",
      "Cohort",
      "Company",
      "Document",
      "Edition",
      "Event",
      "FinancingScheme",
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
    "OrganisationError": [
      "OrganisationConflict",
      "OrganisationInvalid",
      "OrganisationNotAllowed"
    ],
    "OrganisationPayload": [
      "OrganisationConflict",
      "OrganisationInvalid",
      "OrganisationNotAllowed",
      "OrganisationSuccess"
    ],
    "PitchPayload": [
      "EventConflict",
      "EventInvalid",
      "EventNotAllowed",
      "PitchSuccess"
    ],
    "PlanningError": [
      "PlanningConflict",
      "PlanningInvalid",
      "PlanningNotAllowed"
    ],
    "PrizePayload": [
      "EventConflict",
      "EventInvalid",
      "EventNotAllowed",
      "PrizeSuccess"
    ],
    "ProjectEditPayload": [
      "ProjectConflict",
      "ProjectEditSuccess",
      "ProjectInvalid",
      "ProjectNotAllowed"
    ],
    "ProjectError": [
      "ProjectConflict",
      "ProjectInvalid",
      "ProjectNotAllowed"
    ],
    "RegisterForEventPayload": [
      "EventConflict",
      "EventInvalid",
      "EventNotAllowed",
      "RegisterForEventSuccess"
    ],
    "RegistrationDeskPayload": [
      "EventConflict",
      "EventInvalid",
      "EventNotAllowed",
      "RegistrationDeskSuccess"
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
    "RevokeApiClientPayload": [
      "ApiClientConflict",
      "ApiClientInvalid",
      "ApiClientNotAllowed",
      "RevokeApiClientSuccess"
    ],
    "RevokeGrantPayload": [
      "GrantConflict",
      "GrantInvalid",
      "GrantNotAllowed",
      "GrantSuccess"
    ],
    "RotateApiClientSecretPayload": [
      "ApiClientConflict",
      "ApiClientInvalid",
      "ApiClientNotAllowed",
      "RotateApiClientSecretSuccess"
    ],
    "ScheduleMeetingsPayload": [
      "EventConflict",
      "EventInvalid",
      "EventNotAllowed",
      "ScheduleMeetingsSuccess"
    ],
    "ScoreCandidatePayload": [
      "ProjectConflict",
      "ProjectInvalid",
      "ProjectNotAllowed",
      "ScoreCandidateSuccess"
    ],
    "ScorePitchPayload": [
      "EventConflict",
      "EventInvalid",
      "EventNotAllowed",
      "ScorePitchSuccess"
    ],
    "SendMeetingAgendasPayload": [
      "EventConflict",
      "EventInvalid",
      "EventNotAllowed",
      "SendMeetingAgendasSuccess"
    ],
    "SessionError": [
      "SessionConflict",
      "SessionInvalid",
      "SessionNotAllowed"
    ],
    "SetStudentTeamPayload": [
      "SetStudentTeamSuccess",
      "StudyConflict",
      "StudyInvalid",
      "StudyNotAllowed"
    ],
    "ShareProjectPayload": [
      "GrantConflict",
      "GrantInvalid",
      "GrantNotAllowed",
      "GrantSuccess"
    ],
    "SourcingAnswerPayload": [
      "SourcingAnswerSuccess",
      "SourcingConflict",
      "SourcingInvalid",
      "SourcingNotAllowed"
    ],
    "SourcingError": [
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
    "StudyError": [
      "StudyConflict",
      "StudyInvalid",
      "StudyNotAllowed"
    ],
    "SubmitCandidacyPayload": [
      "ProjectConflict",
      "ProjectInvalid",
      "ProjectNotAllowed",
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
    "UpdateGrantPayload": [
      "GrantConflict",
      "GrantInvalid",
      "GrantNotAllowed",
      "GrantSuccess"
    ],
    "UpdateProjectPayload": [
      "ProjectConflict",
      "ProjectInvalid",
      "ProjectNotAllowed",
      "UpdateProjectSuccess"
    ],
    "UserAccountPayload": [
      "AccountConflict",
      "AccountInvalid",
      "AccountNotAllowed",
      "UserAccountSuccess"
    ],
    "UserError": [
      "AccountConflict",
      "AccountInvalid",
      "AccountNotAllowed",
      "ApiClientConflict",
      "ApiClientInvalid",
      "ApiClientNotAllowed",
      "CalendarConflict",
      "CalendarInvalid",
      "CalendarNotAllowed",
      "DocumentConflict",
      "DocumentInvalid",
      "DocumentNotAllowed",
      "EventConflict",
      "EventInvalid",
      "EventNotAllowed",
      "FinancingConflict",
      "FinancingInvalid",
      "FinancingNotAllowed",
      "GrantConflict",
      "GrantInvalid",
      "GrantNotAllowed",
      "InboxConflict",
      "InboxInvalid",
      "InboxNotAllowed",
      "MembershipConflict",
      "MembershipInvalid",
      "MembershipNotAllowed",
      "MethodConflict",
      "MethodInvalid",
      "MethodNotAllowed",
      "OrganisationConflict",
      "OrganisationInvalid",
      "OrganisationNotAllowed",
      "PlanningConflict",
      "PlanningInvalid",
      "PlanningNotAllowed",
      "ProjectConflict",
      "ProjectInvalid",
      "ProjectNotAllowed",
      "SessionConflict",
      "SessionInvalid",
      "SessionNotAllowed",
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
    

      export type PossibleTypesResultData = {
  "possibleTypes": {
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
      "CalendarFeed",
      "Cohort",
      "Company",
      "Edition",
      "Event",
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
      "MethodConflict",
      "MethodInvalid",
      "MethodNotAllowed",
      "PlanningConflict",
      "PlanningInvalid",
      "PlanningNotAllowed",
      "ProjectConflict",
      "ProjectInvalid",
      "ProjectNotAllowed"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
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
      "CalendarFeed",
      "Cohort",
      "Company",
      "Edition",
      "Event",
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
      "MethodConflict",
      "MethodInvalid",
      "MethodNotAllowed",
      "PlanningConflict",
      "PlanningInvalid",
      "PlanningNotAllowed",
      "ProjectConflict",
      "ProjectInvalid",
      "ProjectNotAllowed"
    ]
  }
};
      export default result;
    

      export type PossibleTypesResultData = {
  "possibleTypes": {
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
    
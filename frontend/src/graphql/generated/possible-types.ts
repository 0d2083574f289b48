
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "Node": [
      "Company",
      "Event",
      "Organisation",
      "Project",
      "Region",
      "User"
    ],
    "UpdateProjectPayload": [
      "ProjectConflict",
      "ProjectInvalid",
      "ProjectNotAllowed",
      "UpdateProjectSuccess"
    ],
    "UserError": [
      "ProjectConflict",
      "ProjectInvalid",
      "ProjectNotAllowed"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "Node": [
      "Company",
      "Event",
      "Organisation",
      "Project",
      "Region",
      "User"
    ],
    "UpdateProjectPayload": [
      "ProjectConflict",
      "ProjectInvalid",
      "ProjectNotAllowed",
      "UpdateProjectSuccess"
    ],
    "UserError": [
      "ProjectConflict",
      "ProjectInvalid",
      "ProjectNotAllowed"
    ]
  }
};
      export default result;
    
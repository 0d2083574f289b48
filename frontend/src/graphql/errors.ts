import { graphql } from "./generated/gql";

/* One fragment per domain's error interface, spread in every mutation of that domain (`...ProjectErrorFields`
 * beside `... on XSuccess`): the payload's `<Domain>Invalid | <Domain>Conflict | <Domain>NotAllowed` all
 * implement it. `lib/mutation.ts` reads them (`useMutationOutcome`); each feature turns the code into
 * French (its `*Errors.ts`). */

export const ProjectErrorFields = graphql(`
  fragment ProjectErrorFields on ProjectError {
    __typename
    field
    code
    message
  }
`);

export const PlanningErrorFields = graphql(`
  fragment PlanningErrorFields on PlanningError {
    __typename
    field
    code
    message
  }
`);

export const CalendarErrorFields = graphql(`
  fragment CalendarErrorFields on CalendarError {
    __typename
    field
    code
    message
  }
`);

export const MethodErrorFields = graphql(`
  fragment MethodErrorFields on MethodError {
    __typename
    field
    code
    message
  }
`);

export const DocumentErrorFields = graphql(`
  fragment DocumentErrorFields on DocumentError {
    __typename
    field
    code
    message
  }
`);

export const StudyErrorFields = graphql(`
  fragment StudyErrorFields on StudyError {
    __typename
    field
    code
    message
  }
`);

export const SourcingErrorFields = graphql(`
  fragment SourcingErrorFields on SourcingError {
    __typename
    field
    code
    message
  }
`);

export const InboxErrorFields = graphql(`
  fragment InboxErrorFields on InboxError {
    __typename
    field
    code
    message
  }
`);

export const AccountErrorFields = graphql(`
  fragment AccountErrorFields on AccountError {
    __typename
    field
    code
    message
  }
`);

export const SessionErrorFields = graphql(`
  fragment SessionErrorFields on SessionError {
    __typename
    field
    code
    message
  }
`);

export const MembershipErrorFields = graphql(`
  fragment MembershipErrorFields on MembershipError {
    __typename
    field
    code
    message
  }
`);

export const GrantErrorFields = graphql(`
  fragment GrantErrorFields on GrantError {
    __typename
    field
    code
    message
  }
`);

export const ApiClientErrorFields = graphql(`
  fragment ApiClientErrorFields on ApiClientError {
    __typename
    field
    code
    message
  }
`);

export const FinancingErrorFields = graphql(`
  fragment FinancingErrorFields on FinancingError {
    __typename
    field
    code
    message
  }
`);

export const EventErrorFields = graphql(`
  fragment EventErrorFields on EventError {
    __typename
    field
    code
    message
  }
`);

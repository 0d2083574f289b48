/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AppShell {\n    viewer {\n      displayName\n      email\n      role\n      region {\n        id\n        name\n      }\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AppShellDocument,
    "\n  fragment EventCard_event on Event {\n    id\n    name\n    editionYear\n    startsOn\n    endsOn\n    venue\n    description\n    region {\n      id\n      name\n    }\n    results {\n      productsPresented\n      producedInFrance\n      advancedRelocation\n      researchStudies\n    }\n  }\n": typeof types.EventCard_EventFragmentDoc,
    "\n  query EventList($first: Int!, $after: String) {\n    events(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      unavailableRegions {\n        slug\n        name\n      }\n      edges {\n        node {\n          id\n          ...EventCard_event\n        }\n      }\n    }\n  }\n": typeof types.EventListDocument,
    "\n  query HomePage {\n    viewer {\n      displayName\n      role\n    }\n  }\n": typeof types.HomePageDocument,
    "\n  fragment PartnerRow_organisation on Organisation {\n    id\n    name\n    kind\n    website\n  }\n": typeof types.PartnerRow_OrganisationFragmentDoc,
    "\n  query PartnerList($first: Int!, $after: String) {\n    organisations(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...PartnerRow_organisation\n        }\n      }\n    }\n  }\n": typeof types.PartnerListDocument,
    "\n  fragment ProjectDetails_project on Project {\n    id\n    summary\n    kind\n    sector\n    status\n    needs\n    access\n    notes\n    updatedAt\n    region {\n      id\n      name\n    }\n    adviser {\n      id\n      displayName\n    }\n    company {\n      id\n      name\n      siren\n      sirenIsDemo\n      nafCode\n      communeName\n      departement\n    }\n  }\n": typeof types.ProjectDetails_ProjectFragmentDoc,
    "\n  fragment ProjectEditForm_project on Project {\n    id\n    version\n    summary\n    notes\n  }\n": typeof types.ProjectEditForm_ProjectFragmentDoc,
    "\n  mutation UpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      __typename\n      ... on UpdateProjectSuccess {\n        project {\n          id\n          ...ProjectDetails_project\n          ...ProjectEditForm_project\n        }\n      }\n      ... on ProjectInvalid {\n        field\n        code\n      }\n      ... on ProjectConflict {\n        field\n        code\n      }\n      ... on ProjectNotAllowed {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.UpdateProjectDocument,
    "\n  query ProjectListContext {\n    viewer {\n      role\n      region {\n        id\n        slug\n      }\n      organisation {\n        id\n        name\n      }\n    }\n    regions {\n      edges {\n        node {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": typeof types.ProjectListContextDocument,
    "\n  query ProjectList($region: String, $first: Int!, $after: String, $filter: ProjectFilter) {\n    projects(region: $region, first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      unavailableRegions {\n        slug\n        name\n      }\n      edges {\n        node {\n          id\n          ...ProjectRow_project\n        }\n      }\n    }\n  }\n": typeof types.ProjectListDocument,
    "\n  query ProjectPage($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Project {\n        name\n        viewerCanEdit\n        ...ProjectDetails_project\n        ...ProjectEditForm_project\n      }\n    }\n  }\n": typeof types.ProjectPageDocument,
    "\n  fragment ProjectRow_project on Project {\n    id\n    name\n    sector\n    status\n    access\n    region {\n      id\n      name\n    }\n    company {\n      id\n      name\n      communeName\n      departement\n    }\n    adviser {\n      id\n      displayName\n    }\n  }\n": typeof types.ProjectRow_ProjectFragmentDoc,
};
const documents: Documents = {
    "\n  query AppShell {\n    viewer {\n      displayName\n      email\n      role\n      region {\n        id\n        name\n      }\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.AppShellDocument,
    "\n  fragment EventCard_event on Event {\n    id\n    name\n    editionYear\n    startsOn\n    endsOn\n    venue\n    description\n    region {\n      id\n      name\n    }\n    results {\n      productsPresented\n      producedInFrance\n      advancedRelocation\n      researchStudies\n    }\n  }\n": types.EventCard_EventFragmentDoc,
    "\n  query EventList($first: Int!, $after: String) {\n    events(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      unavailableRegions {\n        slug\n        name\n      }\n      edges {\n        node {\n          id\n          ...EventCard_event\n        }\n      }\n    }\n  }\n": types.EventListDocument,
    "\n  query HomePage {\n    viewer {\n      displayName\n      role\n    }\n  }\n": types.HomePageDocument,
    "\n  fragment PartnerRow_organisation on Organisation {\n    id\n    name\n    kind\n    website\n  }\n": types.PartnerRow_OrganisationFragmentDoc,
    "\n  query PartnerList($first: Int!, $after: String) {\n    organisations(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...PartnerRow_organisation\n        }\n      }\n    }\n  }\n": types.PartnerListDocument,
    "\n  fragment ProjectDetails_project on Project {\n    id\n    summary\n    kind\n    sector\n    status\n    needs\n    access\n    notes\n    updatedAt\n    region {\n      id\n      name\n    }\n    adviser {\n      id\n      displayName\n    }\n    company {\n      id\n      name\n      siren\n      sirenIsDemo\n      nafCode\n      communeName\n      departement\n    }\n  }\n": types.ProjectDetails_ProjectFragmentDoc,
    "\n  fragment ProjectEditForm_project on Project {\n    id\n    version\n    summary\n    notes\n  }\n": types.ProjectEditForm_ProjectFragmentDoc,
    "\n  mutation UpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      __typename\n      ... on UpdateProjectSuccess {\n        project {\n          id\n          ...ProjectDetails_project\n          ...ProjectEditForm_project\n        }\n      }\n      ... on ProjectInvalid {\n        field\n        code\n      }\n      ... on ProjectConflict {\n        field\n        code\n      }\n      ... on ProjectNotAllowed {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.UpdateProjectDocument,
    "\n  query ProjectListContext {\n    viewer {\n      role\n      region {\n        id\n        slug\n      }\n      organisation {\n        id\n        name\n      }\n    }\n    regions {\n      edges {\n        node {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": types.ProjectListContextDocument,
    "\n  query ProjectList($region: String, $first: Int!, $after: String, $filter: ProjectFilter) {\n    projects(region: $region, first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      unavailableRegions {\n        slug\n        name\n      }\n      edges {\n        node {\n          id\n          ...ProjectRow_project\n        }\n      }\n    }\n  }\n": types.ProjectListDocument,
    "\n  query ProjectPage($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Project {\n        name\n        viewerCanEdit\n        ...ProjectDetails_project\n        ...ProjectEditForm_project\n      }\n    }\n  }\n": types.ProjectPageDocument,
    "\n  fragment ProjectRow_project on Project {\n    id\n    name\n    sector\n    status\n    access\n    region {\n      id\n      name\n    }\n    company {\n      id\n      name\n      communeName\n      departement\n    }\n    adviser {\n      id\n      displayName\n    }\n  }\n": types.ProjectRow_ProjectFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppShell {\n    viewer {\n      displayName\n      email\n      role\n      region {\n        id\n        name\n      }\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AppShell {\n    viewer {\n      displayName\n      email\n      role\n      region {\n        id\n        name\n      }\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EventCard_event on Event {\n    id\n    name\n    editionYear\n    startsOn\n    endsOn\n    venue\n    description\n    region {\n      id\n      name\n    }\n    results {\n      productsPresented\n      producedInFrance\n      advancedRelocation\n      researchStudies\n    }\n  }\n"): (typeof documents)["\n  fragment EventCard_event on Event {\n    id\n    name\n    editionYear\n    startsOn\n    endsOn\n    venue\n    description\n    region {\n      id\n      name\n    }\n    results {\n      productsPresented\n      producedInFrance\n      advancedRelocation\n      researchStudies\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventList($first: Int!, $after: String) {\n    events(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      unavailableRegions {\n        slug\n        name\n      }\n      edges {\n        node {\n          id\n          ...EventCard_event\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EventList($first: Int!, $after: String) {\n    events(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      unavailableRegions {\n        slug\n        name\n      }\n      edges {\n        node {\n          id\n          ...EventCard_event\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomePage {\n    viewer {\n      displayName\n      role\n    }\n  }\n"): (typeof documents)["\n  query HomePage {\n    viewer {\n      displayName\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnerRow_organisation on Organisation {\n    id\n    name\n    kind\n    website\n  }\n"): (typeof documents)["\n  fragment PartnerRow_organisation on Organisation {\n    id\n    name\n    kind\n    website\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerList($first: Int!, $after: String) {\n    organisations(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...PartnerRow_organisation\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerList($first: Int!, $after: String) {\n    organisations(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...PartnerRow_organisation\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectDetails_project on Project {\n    id\n    summary\n    kind\n    sector\n    status\n    needs\n    access\n    notes\n    updatedAt\n    region {\n      id\n      name\n    }\n    adviser {\n      id\n      displayName\n    }\n    company {\n      id\n      name\n      siren\n      sirenIsDemo\n      nafCode\n      communeName\n      departement\n    }\n  }\n"): (typeof documents)["\n  fragment ProjectDetails_project on Project {\n    id\n    summary\n    kind\n    sector\n    status\n    needs\n    access\n    notes\n    updatedAt\n    region {\n      id\n      name\n    }\n    adviser {\n      id\n      displayName\n    }\n    company {\n      id\n      name\n      siren\n      sirenIsDemo\n      nafCode\n      communeName\n      departement\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectEditForm_project on Project {\n    id\n    version\n    summary\n    notes\n  }\n"): (typeof documents)["\n  fragment ProjectEditForm_project on Project {\n    id\n    version\n    summary\n    notes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      __typename\n      ... on UpdateProjectSuccess {\n        project {\n          id\n          ...ProjectDetails_project\n          ...ProjectEditForm_project\n        }\n      }\n      ... on ProjectInvalid {\n        field\n        code\n      }\n      ... on ProjectConflict {\n        field\n        code\n      }\n      ... on ProjectNotAllowed {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      __typename\n      ... on UpdateProjectSuccess {\n        project {\n          id\n          ...ProjectDetails_project\n          ...ProjectEditForm_project\n        }\n      }\n      ... on ProjectInvalid {\n        field\n        code\n      }\n      ... on ProjectConflict {\n        field\n        code\n      }\n      ... on ProjectNotAllowed {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectListContext {\n    viewer {\n      role\n      region {\n        id\n        slug\n      }\n      organisation {\n        id\n        name\n      }\n    }\n    regions {\n      edges {\n        node {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectListContext {\n    viewer {\n      role\n      region {\n        id\n        slug\n      }\n      organisation {\n        id\n        name\n      }\n    }\n    regions {\n      edges {\n        node {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectList($region: String, $first: Int!, $after: String, $filter: ProjectFilter) {\n    projects(region: $region, first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      unavailableRegions {\n        slug\n        name\n      }\n      edges {\n        node {\n          id\n          ...ProjectRow_project\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectList($region: String, $first: Int!, $after: String, $filter: ProjectFilter) {\n    projects(region: $region, first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      unavailableRegions {\n        slug\n        name\n      }\n      edges {\n        node {\n          id\n          ...ProjectRow_project\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectPage($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Project {\n        name\n        viewerCanEdit\n        ...ProjectDetails_project\n        ...ProjectEditForm_project\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectPage($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Project {\n        name\n        viewerCanEdit\n        ...ProjectDetails_project\n        ...ProjectEditForm_project\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectRow_project on Project {\n    id\n    name\n    sector\n    status\n    access\n    region {\n      id\n      name\n    }\n    company {\n      id\n      name\n      communeName\n      departement\n    }\n    adviser {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment ProjectRow_project on Project {\n    id\n    name\n    sector\n    status\n    access\n    region {\n      id\n      name\n    }\n    company {\n      id\n      name\n      communeName\n      departement\n    }\n    adviser {\n      id\n      displayName\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
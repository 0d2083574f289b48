import { graphql } from "../../../graphql/generated/gql";

export const EventJuryBoardQuery = graphql(`
  query EventJuryBoard($slug: String!) {
    eventBySlug(slug: $slug) {
      id
      slug
      name
      version
      editionYear
      pitchSeconds
      viewerCanManage
      resultsLockedAt
      resultsPublishedAt
      hostRegion {
        slug
        name
      }
      coOrganisers {
        slug
        name
      }
      pitches {
        id
        order
        durationSeconds
        project {
          id
          name
          company {
            name
          }
        }
      }
      prizes {
        id
        name
        nature
        amount
        version
        organisation {
          id
          name
        }
        winner {
          id
        }
      }
    }
  }
`);

/** The jury's live state, polled while it scores. */
export const EventJuryQuery = graphql(`
  query EventJury($slug: String!) {
    eventBySlug(slug: $slug) {
      id
      jurorCandidates {
        id
        displayName
        organisation {
          name
        }
      }
      jurors {
        scoredCount
        user {
          id
          displayName
          organisation {
            name
          }
        }
      }
      juryProgress {
        complete
        jurors {
          user {
            id
            displayName
          }
          scored
          abstained
          missing
        }
      }
      juryResults {
        rankingsDiffer
        rule
        weighted {
          rank
          score
          pitch {
            id
          }
          project {
            id
            name
          }
        }
        normalised {
          rank
          normalisedScore
          pitch {
            id
          }
          project {
            id
            name
          }
        }
        unranked {
          project {
            name
          }
          reason
        }
      }
    }
  }
`);

export const AddPitchMutation = graphql(`
  mutation AddPitch($input: AddPitchInput!) {
    addPitch(input: $input) {
      ...EventErrorFields
      ... on PitchSuccess {
        pitch {
          id
        }
      }
    }
  }
`);

export const RemovePitchMutation = graphql(`
  mutation RemovePitch($input: RemovePitchInput!) {
    removePitch(input: $input) {
      ...EventErrorFields
      ... on EventJurySuccess {
        event {
          id
          version
        }
      }
    }
  }
`);

export const ReorderPitchesMutation = graphql(`
  mutation ReorderPitches($input: ReorderPitchesInput!) {
    reorderPitches(input: $input) {
      ...EventErrorFields
      ... on EventJurySuccess {
        event {
          id
          version
          pitches {
            id
            order
          }
        }
      }
    }
  }
`);

export const InviteJurorMutation = graphql(`
  mutation InviteJuror($input: JurorInput!) {
    inviteJuror(input: $input) {
      ...EventErrorFields
      ... on EventJurySuccess {
        event {
          id
        }
      }
    }
  }
`);

export const RemoveJurorMutation = graphql(`
  mutation RemoveJuror($input: JurorInput!) {
    removeJuror(input: $input) {
      ...EventErrorFields
      ... on EventJurySuccess {
        event {
          id
        }
      }
    }
  }
`);

export const LockJuryResultsMutation = graphql(`
  mutation LockJuryResults($input: JuryResultsInput!) {
    lockJuryResults(input: $input) {
      ...EventErrorFields
      ... on EventJurySuccess {
        event {
          id
          version
          resultsLockedAt
        }
      }
    }
  }
`);

export const UnlockJuryResultsMutation = graphql(`
  mutation UnlockJuryResults($input: JuryResultsInput!) {
    unlockJuryResults(input: $input) {
      ...EventErrorFields
      ... on EventJurySuccess {
        event {
          id
          version
          resultsLockedAt
        }
      }
    }
  }
`);

export const PublishEventResultsMutation = graphql(`
  mutation PublishEventResults($input: JuryResultsInput!) {
    publishEventResults(input: $input) {
      ...EventErrorFields
      ... on EventJurySuccess {
        event {
          id
          version
          resultsPublishedAt
        }
      }
    }
  }
`);

export const AwardPrizeMutation = graphql(`
  mutation AwardPrize($input: AwardPrizeInput!) {
    awardPrize(input: $input) {
      ...EventErrorFields
      ... on PrizeSuccess {
        prize {
          id
        }
      }
    }
  }
`);

export const UpdatePrizeMutation = graphql(`
  mutation UpdatePrize($input: UpdatePrizeInput!) {
    updatePrize(input: $input) {
      ...EventErrorFields
      ... on PrizeSuccess {
        prize {
          id
          version
        }
      }
    }
  }
`);

export const DeletePrizeMutation = graphql(`
  mutation DeletePrize($input: DeletePrizeInput!) {
    deletePrize(input: $input) {
      ...EventErrorFields
      ... on EventJurySuccess {
        event {
          id
        }
      }
    }
  }
`);

/** The accelerated projects an organiser may add to the running order (filtered to the event's regions). */
export const PitchCandidatesQuery = graphql(`
  query PitchCandidates {
    projects(first: 100, filter: { status: [SELECTED, ACCELERATING, PITCHED, FOLLOW_UP] }) {
      edges {
        node {
          id
          name
          region {
            slug
          }
          company {
            name
          }
        }
      }
    }
  }
`);

export const PrizeOrganisationsQuery = graphql(`
  query PrizeOrganisations {
    organisations(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

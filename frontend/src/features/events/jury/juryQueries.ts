import { graphql } from "../../../graphql/generated/gql";

/** The juror's events: what `/jury` lists and `/jury/:eventId` scores (a juror sits on few juries). */
export const MyJuryEventsQuery = graphql(`
  query MyJuryEvents {
    myJuryEvents {
      id
      name
      editionYear
      startsOn
      venue
      resultsLockedAt
      pitches {
        id
        order
        project {
          id
          name
          summary
          company {
            name
          }
        }
      }
      scoringGrid {
        criteria {
          id
          name
          weight
          description
        }
      }
      myScorecards {
        pitch {
          id
        }
        abstained
        comment
        scores {
          criterionId
          value
        }
      }
    }
  }
`);

export const ScorePitchMutation = graphql(`
  mutation ScorePitch($input: ScorePitchInput!) {
    scorePitch(input: $input) {
      ...EventErrorFields
      ... on ScorePitchSuccess {
        scorecard {
          pitch {
            id
          }
          abstained
        }
      }
    }
  }
`);

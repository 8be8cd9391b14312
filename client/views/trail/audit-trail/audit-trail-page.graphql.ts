import { graphql } from '@/graphql/generated';

export const VerifyAuditTrailQuery = graphql(`
  query VerifyAuditTrail {
    verifyAuditTrail {
      valid
      checkedEvents
      firstBrokenEventId
    }
  }
`);

export const AccountOptionsQuery = graphql(`
  query AccountOptions($search: String, $first: Int!) {
    accounts(first: $first, filter: { search: $search }) {
      nodes {
        id
        username
        displayName
        role
      }
    }
  }
`);

/** The organization a trail link names (`?subjectId=`), so the filter shows its name. */
export const TrailSubjectQuery = graphql(`
  query TrailSubject($id: ID!) {
    node(id: $id) {
      ... on Organization {
        id
        name
        englishName
        creditCode
      }
    }
  }
`);

import { graphql } from '@/graphql/generated';

export const AuditTrailQuery = graphql(`
  query AuditTrail($first: Int!, $after: String, $filter: AuditTrailFilter) {
    auditTrail(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        occurredAt
        actorId
        actorName
        role
        action
        subjectId
        subjectName
        changes
      }
    }
  }
`);

/** Names for the IDs a page of events mentions (subjects, sponsor units…); null where not visible. */
export const AuditNamesQuery = graphql(`
  query AuditNames($ids: [ID!]!) {
    nodes(ids: $ids) {
      id
      ... on Organization {
        name
        # Nullable here, unlike a unit's, so it needs a name of its own in this union selection.
        organizationEnglishName: englishName
      }
      ... on SponsorUnit {
        name
        englishName
      }
      ... on IndustryDepartment {
        name
        englishName
      }
      ... on Account {
        username
        displayName
      }
    }
  }
`);

import { graphql } from '@/graphql/generated';

/** One change application as the workspace and the officers' worklist show it. */
export const ChangeApplicationFieldsFragment = graphql(`
  fragment ChangeApplicationFields on ChangeApplication {
    id
    version
    status
    effectiveOn
    reason
    filedAt
    decidedAt
    appliedAt
    comment
    viewerCanReview
    viewerCanWithdraw
    filedBy {
      displayName
    }
    decidedBy {
      displayName
    }
    changes {
      field
      before
      after
    }
    organization {
      id
      name
      englishName
      creditCode
      district {
        code
        name
        englishName
      }
    }
  }
`);

/** The organization's own page: its record with the internal fields, hints, and its applications. */
export const MyOrganizationQuery = graphql(`
  query MyOrganization($id: ID!) {
    organization(id: $id) {
      ...OrganizationPublic
      ...OrganizationRestricted
      contactPhone
      contactEmail
      website
      viewerCanFileChangeApplication
      viewerCanUpdateContactDetails
      annualReports {
        id
      }
      auditCases {
        id
      }
      specialFunds {
        id
      }
      reliefProjects {
        id
      }
    }
    changeApplications(first: 50, filter: { organizationId: $id }) {
      nodes {
        ...ChangeApplicationFields
      }
    }
  }
`);

export const FileChangeApplicationMutation = graphql(`
  mutation FileChangeApplication($input: FileChangeApplicationInput!) {
    fileChangeApplication(input: $input) {
      application {
        ...ChangeApplicationFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const WithdrawChangeApplicationMutation = graphql(`
  mutation WithdrawChangeApplication($input: WithdrawChangeApplicationInput!) {
    withdrawChangeApplication(input: $input) {
      application {
        ...ChangeApplicationFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdateContactDetailsMutation = graphql(`
  mutation UpdateContactDetails($input: UpdateContactDetailsInput!) {
    updateContactDetails(input: $input) {
      organization {
        id
        version
        contactPhone
        contactEmail
        website
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** The name of the unit chosen in the change form, for the preview. */
export const SponsorUnitNameQuery = graphql(`
  query SponsorUnitName($id: ID!) {
    node(id: $id) {
      id
      ... on SponsorUnit {
        name
      }
    }
  }
`);

import { graphql } from '@/graphql/generated';

export const OrganizationPublicFragment = graphql(`
  fragment OrganizationPublic on Organization {
    id
    version
    name
    englishName
    creditCode
    type
    status
    registrationLevel
    registeredOn
    deregisteredOn
    revokedOn
    registrationAuthority
    legalRepresentative
    domicile
    businessScope
    registeredCapital
    isIndustryAssociation
    isBrand
    viewerCanSeeDetails
    viewerCanUpdate
    district {
      code
      name
      englishName
    }
    rating {
      grade
      label
      awardedOn
      validUntil
    }
    sponsorUnit {
      id
      name
      englishName
      active
    }
  }
`);

/**
 * Internal fields: only the record's managers and its own account may read them (viewerCanSeeDetails).
 * The legal representative, domicile, business scope and capital are public (issue 9), in the record above.
 */
export const OrganizationRestrictedFragment = graphql(`
  fragment OrganizationRestricted on Organization {
    industryDepartment {
      id
      name
      englishName
    }
    sponsorHistory {
      id
      validFrom
      validTo
      reason
      sponsorUnit {
        id
        name
        englishName
      }
    }
  }
`);

/** The public record with the viewer's hints; the internal fields follow when the hint allows. */
export const OrganizationDetailQuery = graphql(`
  query OrganizationDetail($id: ID!) {
    organization(id: $id) {
      ...OrganizationPublic
      # issue 9
      viewerCanIssueAccount
    }
    me {
      id
    }
  }
`);

export const OrganizationInternalQuery = graphql(`
  query OrganizationInternal($id: ID!) {
    organization(id: $id) {
      id
      version
      ...OrganizationRestricted
    }
  }
`);

/** What a change hands back: the page reloads the record itself. */
export const OrganizationChangedFragment = graphql(`
  fragment OrganizationChanged on Organization {
    id
    version
  }
`);

export const UpdateOrganizationMutation = graphql(`
  mutation UpdateOrganization($input: UpdateOrganizationInput!) {
    updateOrganization(input: $input) {
      organization {
        ...OrganizationChanged
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const ChangeOrganizationStatusMutation = graphql(`
  mutation ChangeOrganizationStatus($input: ChangeOrganizationStatusInput!) {
    changeOrganizationStatus(input: $input) {
      organization {
        ...OrganizationChanged
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const ChangeSponsorUnitMutation = graphql(`
  mutation ChangeSponsorUnit($input: ChangeSponsorUnitInput!) {
    changeSponsorUnit(input: $input) {
      organization {
        ...OrganizationChanged
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

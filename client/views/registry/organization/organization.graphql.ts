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
    isIndustryAssociation
    isBrand
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

/** `@Authorized` on the server: only selected when logged in. */
export const OrganizationRestrictedFragment = graphql(`
  fragment OrganizationRestricted on Organization {
    legalRepresentative
    domicile
    businessScope
    registeredCapital
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

export const OrganizationDetailQuery = graphql(`
  query OrganizationDetail($id: ID!, $loggedIn: Boolean!) {
    organization(id: $id) {
      ...OrganizationPublic
      ...OrganizationRestricted @include(if: $loggedIn)
    }
  }
`);

export const UpdateOrganizationMutation = graphql(`
  mutation UpdateOrganization($input: UpdateOrganizationInput!) {
    updateOrganization(input: $input) {
      organization {
        ...OrganizationPublic
        ...OrganizationRestricted
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const ChangeOrganizationStatusMutation = graphql(`
  mutation ChangeOrganizationStatus($input: ChangeOrganizationStatusInput!) {
    changeOrganizationStatus(input: $input) {
      organization {
        ...OrganizationPublic
        ...OrganizationRestricted
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const ChangeSponsorUnitMutation = graphql(`
  mutation ChangeSponsorUnit($input: ChangeSponsorUnitInput!) {
    changeSponsorUnit(input: $input) {
      organization {
        ...OrganizationPublic
        ...OrganizationRestricted
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

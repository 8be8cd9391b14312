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
    "\n  query SponsorUnitOptions($search: String, $active: Boolean, $first: Int!) {\n    sponsorUnits(first: $first, filter: { search: $search, active: $active }) {\n      nodes {\n        id\n        name\n        englishName\n        active\n      }\n    }\n  }\n": typeof types.SponsorUnitOptionsDocument,
    "\n  fragment SessionAccount on Account {\n    id\n    username\n    displayName\n    role\n    department\n    jurisdiction {\n      code\n      name\n      englishName\n    }\n    organization {\n      id\n      name\n    }\n  }\n": typeof types.SessionAccountFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionAccount\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      account {\n        ...SessionAccount\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout(input: {}) {\n      userErrors {\n        message\n      }\n    }\n  }\n": typeof types.LogoutDocument,
    "\n  query RegistryStatistics {\n    registryStatistics {\n      total\n      industryAssociations\n      brandOrganizations\n      byType {\n        key\n        label\n        count\n      }\n      byStatus {\n        key\n        label\n        count\n      }\n      byDistrict {\n        key\n        label\n        count\n      }\n      byLevel {\n        key\n        label\n        count\n      }\n      byRating {\n        key\n        label\n        count\n      }\n    }\n  }\n": typeof types.RegistryStatisticsDocument,
    "\n  fragment OrganizationPublic on Organization {\n    id\n    version\n    name\n    englishName\n    creditCode\n    type\n    status\n    registrationLevel\n    registeredOn\n    isIndustryAssociation\n    isBrand\n    viewerCanUpdate\n    district {\n      code\n      name\n      englishName\n    }\n    rating {\n      grade\n      label\n      awardedOn\n      validUntil\n    }\n    sponsorUnit {\n      id\n      name\n      englishName\n      active\n    }\n  }\n": typeof types.OrganizationPublicFragmentDoc,
    "\n  fragment OrganizationRestricted on Organization {\n    legalRepresentative\n    domicile\n    businessScope\n    registeredCapital\n    industryDepartment {\n      id\n      name\n      englishName\n    }\n    sponsorHistory {\n      id\n      validFrom\n      validTo\n      reason\n      sponsorUnit {\n        id\n        name\n        englishName\n      }\n    }\n  }\n": typeof types.OrganizationRestrictedFragmentDoc,
    "\n  query OrganizationDetail($id: ID!, $loggedIn: Boolean!) {\n    organization(id: $id) {\n      ...OrganizationPublic\n      ...OrganizationRestricted @include(if: $loggedIn)\n    }\n  }\n": typeof types.OrganizationDetailDocument,
    "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      organization {\n        ...OrganizationPublic\n        ...OrganizationRestricted\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.UpdateOrganizationDocument,
    "\n  mutation ChangeOrganizationStatus($input: ChangeOrganizationStatusInput!) {\n    changeOrganizationStatus(input: $input) {\n      organization {\n        ...OrganizationPublic\n        ...OrganizationRestricted\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.ChangeOrganizationStatusDocument,
    "\n  mutation ChangeSponsorUnit($input: ChangeSponsorUnitInput!) {\n    changeSponsorUnit(input: $input) {\n      organization {\n        ...OrganizationPublic\n        ...OrganizationRestricted\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.ChangeSponsorUnitDocument,
    "\n  query RegisterList($first: Int!, $after: String, $filter: OrganizationFilter, $orderBy: OrganizationOrder) {\n    organizations(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        englishName\n        creditCode\n        type\n        status\n        registrationLevel\n        district {\n          code\n          name\n          englishName\n        }\n        sponsorUnit {\n          id\n          name\n          englishName\n        }\n        rating {\n          grade\n          label\n        }\n      }\n    }\n  }\n": typeof types.RegisterListDocument,
    "\n  mutation RegisterOrganization($input: RegisterOrganizationInput!) {\n    registerOrganization(input: $input) {\n      organization {\n        id\n        name\n        creditCode\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.RegisterOrganizationDocument,
    "\n  query SponsorUnitList($first: Int!, $after: String, $filter: SponsorUnitFilter) {\n    sponsorUnits(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        englishName\n        active\n        organizationCount\n      }\n    }\n  }\n": typeof types.SponsorUnitListDocument,
    "\n  mutation TransferSponsorUnit($input: TransferSponsorUnitInput!) {\n    transferSponsorUnit(input: $input) {\n      transferredCount\n      fromSponsorUnit {\n        id\n        name\n        organizationCount\n      }\n      toSponsorUnit {\n        id\n        name\n        organizationCount\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.TransferSponsorUnitDocument,
};
const documents: Documents = {
    "\n  query SponsorUnitOptions($search: String, $active: Boolean, $first: Int!) {\n    sponsorUnits(first: $first, filter: { search: $search, active: $active }) {\n      nodes {\n        id\n        name\n        englishName\n        active\n      }\n    }\n  }\n": types.SponsorUnitOptionsDocument,
    "\n  fragment SessionAccount on Account {\n    id\n    username\n    displayName\n    role\n    department\n    jurisdiction {\n      code\n      name\n      englishName\n    }\n    organization {\n      id\n      name\n    }\n  }\n": types.SessionAccountFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionAccount\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      account {\n        ...SessionAccount\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout(input: {}) {\n      userErrors {\n        message\n      }\n    }\n  }\n": types.LogoutDocument,
    "\n  query RegistryStatistics {\n    registryStatistics {\n      total\n      industryAssociations\n      brandOrganizations\n      byType {\n        key\n        label\n        count\n      }\n      byStatus {\n        key\n        label\n        count\n      }\n      byDistrict {\n        key\n        label\n        count\n      }\n      byLevel {\n        key\n        label\n        count\n      }\n      byRating {\n        key\n        label\n        count\n      }\n    }\n  }\n": types.RegistryStatisticsDocument,
    "\n  fragment OrganizationPublic on Organization {\n    id\n    version\n    name\n    englishName\n    creditCode\n    type\n    status\n    registrationLevel\n    registeredOn\n    isIndustryAssociation\n    isBrand\n    viewerCanUpdate\n    district {\n      code\n      name\n      englishName\n    }\n    rating {\n      grade\n      label\n      awardedOn\n      validUntil\n    }\n    sponsorUnit {\n      id\n      name\n      englishName\n      active\n    }\n  }\n": types.OrganizationPublicFragmentDoc,
    "\n  fragment OrganizationRestricted on Organization {\n    legalRepresentative\n    domicile\n    businessScope\n    registeredCapital\n    industryDepartment {\n      id\n      name\n      englishName\n    }\n    sponsorHistory {\n      id\n      validFrom\n      validTo\n      reason\n      sponsorUnit {\n        id\n        name\n        englishName\n      }\n    }\n  }\n": types.OrganizationRestrictedFragmentDoc,
    "\n  query OrganizationDetail($id: ID!, $loggedIn: Boolean!) {\n    organization(id: $id) {\n      ...OrganizationPublic\n      ...OrganizationRestricted @include(if: $loggedIn)\n    }\n  }\n": types.OrganizationDetailDocument,
    "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      organization {\n        ...OrganizationPublic\n        ...OrganizationRestricted\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.UpdateOrganizationDocument,
    "\n  mutation ChangeOrganizationStatus($input: ChangeOrganizationStatusInput!) {\n    changeOrganizationStatus(input: $input) {\n      organization {\n        ...OrganizationPublic\n        ...OrganizationRestricted\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.ChangeOrganizationStatusDocument,
    "\n  mutation ChangeSponsorUnit($input: ChangeSponsorUnitInput!) {\n    changeSponsorUnit(input: $input) {\n      organization {\n        ...OrganizationPublic\n        ...OrganizationRestricted\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.ChangeSponsorUnitDocument,
    "\n  query RegisterList($first: Int!, $after: String, $filter: OrganizationFilter, $orderBy: OrganizationOrder) {\n    organizations(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        englishName\n        creditCode\n        type\n        status\n        registrationLevel\n        district {\n          code\n          name\n          englishName\n        }\n        sponsorUnit {\n          id\n          name\n          englishName\n        }\n        rating {\n          grade\n          label\n        }\n      }\n    }\n  }\n": types.RegisterListDocument,
    "\n  mutation RegisterOrganization($input: RegisterOrganizationInput!) {\n    registerOrganization(input: $input) {\n      organization {\n        id\n        name\n        creditCode\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.RegisterOrganizationDocument,
    "\n  query SponsorUnitList($first: Int!, $after: String, $filter: SponsorUnitFilter) {\n    sponsorUnits(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        englishName\n        active\n        organizationCount\n      }\n    }\n  }\n": types.SponsorUnitListDocument,
    "\n  mutation TransferSponsorUnit($input: TransferSponsorUnitInput!) {\n    transferSponsorUnit(input: $input) {\n      transferredCount\n      fromSponsorUnit {\n        id\n        name\n        organizationCount\n      }\n      toSponsorUnit {\n        id\n        name\n        organizationCount\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.TransferSponsorUnitDocument,
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
export function graphql(source: "\n  query SponsorUnitOptions($search: String, $active: Boolean, $first: Int!) {\n    sponsorUnits(first: $first, filter: { search: $search, active: $active }) {\n      nodes {\n        id\n        name\n        englishName\n        active\n      }\n    }\n  }\n"): (typeof documents)["\n  query SponsorUnitOptions($search: String, $active: Boolean, $first: Int!) {\n    sponsorUnits(first: $first, filter: { search: $search, active: $active }) {\n      nodes {\n        id\n        name\n        englishName\n        active\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionAccount on Account {\n    id\n    username\n    displayName\n    role\n    department\n    jurisdiction {\n      code\n      name\n      englishName\n    }\n    organization {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment SessionAccount on Account {\n    id\n    username\n    displayName\n    role\n    department\n    jurisdiction {\n      code\n      name\n      englishName\n    }\n    organization {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...SessionAccount\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...SessionAccount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      account {\n        ...SessionAccount\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      account {\n        ...SessionAccount\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout(input: {}) {\n      userErrors {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout(input: {}) {\n      userErrors {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistryStatistics {\n    registryStatistics {\n      total\n      industryAssociations\n      brandOrganizations\n      byType {\n        key\n        label\n        count\n      }\n      byStatus {\n        key\n        label\n        count\n      }\n      byDistrict {\n        key\n        label\n        count\n      }\n      byLevel {\n        key\n        label\n        count\n      }\n      byRating {\n        key\n        label\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegistryStatistics {\n    registryStatistics {\n      total\n      industryAssociations\n      brandOrganizations\n      byType {\n        key\n        label\n        count\n      }\n      byStatus {\n        key\n        label\n        count\n      }\n      byDistrict {\n        key\n        label\n        count\n      }\n      byLevel {\n        key\n        label\n        count\n      }\n      byRating {\n        key\n        label\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganizationPublic on Organization {\n    id\n    version\n    name\n    englishName\n    creditCode\n    type\n    status\n    registrationLevel\n    registeredOn\n    isIndustryAssociation\n    isBrand\n    viewerCanUpdate\n    district {\n      code\n      name\n      englishName\n    }\n    rating {\n      grade\n      label\n      awardedOn\n      validUntil\n    }\n    sponsorUnit {\n      id\n      name\n      englishName\n      active\n    }\n  }\n"): (typeof documents)["\n  fragment OrganizationPublic on Organization {\n    id\n    version\n    name\n    englishName\n    creditCode\n    type\n    status\n    registrationLevel\n    registeredOn\n    isIndustryAssociation\n    isBrand\n    viewerCanUpdate\n    district {\n      code\n      name\n      englishName\n    }\n    rating {\n      grade\n      label\n      awardedOn\n      validUntil\n    }\n    sponsorUnit {\n      id\n      name\n      englishName\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganizationRestricted on Organization {\n    legalRepresentative\n    domicile\n    businessScope\n    registeredCapital\n    industryDepartment {\n      id\n      name\n      englishName\n    }\n    sponsorHistory {\n      id\n      validFrom\n      validTo\n      reason\n      sponsorUnit {\n        id\n        name\n        englishName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment OrganizationRestricted on Organization {\n    legalRepresentative\n    domicile\n    businessScope\n    registeredCapital\n    industryDepartment {\n      id\n      name\n      englishName\n    }\n    sponsorHistory {\n      id\n      validFrom\n      validTo\n      reason\n      sponsorUnit {\n        id\n        name\n        englishName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationDetail($id: ID!, $loggedIn: Boolean!) {\n    organization(id: $id) {\n      ...OrganizationPublic\n      ...OrganizationRestricted @include(if: $loggedIn)\n    }\n  }\n"): (typeof documents)["\n  query OrganizationDetail($id: ID!, $loggedIn: Boolean!) {\n    organization(id: $id) {\n      ...OrganizationPublic\n      ...OrganizationRestricted @include(if: $loggedIn)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      organization {\n        ...OrganizationPublic\n        ...OrganizationRestricted\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      organization {\n        ...OrganizationPublic\n        ...OrganizationRestricted\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeOrganizationStatus($input: ChangeOrganizationStatusInput!) {\n    changeOrganizationStatus(input: $input) {\n      organization {\n        ...OrganizationPublic\n        ...OrganizationRestricted\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeOrganizationStatus($input: ChangeOrganizationStatusInput!) {\n    changeOrganizationStatus(input: $input) {\n      organization {\n        ...OrganizationPublic\n        ...OrganizationRestricted\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeSponsorUnit($input: ChangeSponsorUnitInput!) {\n    changeSponsorUnit(input: $input) {\n      organization {\n        ...OrganizationPublic\n        ...OrganizationRestricted\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeSponsorUnit($input: ChangeSponsorUnitInput!) {\n    changeSponsorUnit(input: $input) {\n      organization {\n        ...OrganizationPublic\n        ...OrganizationRestricted\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegisterList($first: Int!, $after: String, $filter: OrganizationFilter, $orderBy: OrganizationOrder) {\n    organizations(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        englishName\n        creditCode\n        type\n        status\n        registrationLevel\n        district {\n          code\n          name\n          englishName\n        }\n        sponsorUnit {\n          id\n          name\n          englishName\n        }\n        rating {\n          grade\n          label\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegisterList($first: Int!, $after: String, $filter: OrganizationFilter, $orderBy: OrganizationOrder) {\n    organizations(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        englishName\n        creditCode\n        type\n        status\n        registrationLevel\n        district {\n          code\n          name\n          englishName\n        }\n        sponsorUnit {\n          id\n          name\n          englishName\n        }\n        rating {\n          grade\n          label\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterOrganization($input: RegisterOrganizationInput!) {\n    registerOrganization(input: $input) {\n      organization {\n        id\n        name\n        creditCode\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterOrganization($input: RegisterOrganizationInput!) {\n    registerOrganization(input: $input) {\n      organization {\n        id\n        name\n        creditCode\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SponsorUnitList($first: Int!, $after: String, $filter: SponsorUnitFilter) {\n    sponsorUnits(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        englishName\n        active\n        organizationCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query SponsorUnitList($first: Int!, $after: String, $filter: SponsorUnitFilter) {\n    sponsorUnits(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        englishName\n        active\n        organizationCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferSponsorUnit($input: TransferSponsorUnitInput!) {\n    transferSponsorUnit(input: $input) {\n      transferredCount\n      fromSponsorUnit {\n        id\n        name\n        organizationCount\n      }\n      toSponsorUnit {\n        id\n        name\n        organizationCount\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TransferSponsorUnit($input: TransferSponsorUnitInput!) {\n    transferSponsorUnit(input: $input) {\n      transferredCount\n      fromSponsorUnit {\n        id\n        name\n        organizationCount\n      }\n      toSponsorUnit {\n        id\n        name\n        organizationCount\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
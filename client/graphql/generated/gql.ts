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
    "\n  query AuditTrail($first: Int!, $after: String, $filter: AuditTrailFilter) {\n    auditTrail(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        occurredAt\n        actorId\n        actorName\n        role\n        action\n        subjectId\n        subjectName\n        changes\n      }\n    }\n  }\n": typeof types.AuditTrailDocument,
    "\n  query AuditNames($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n      ... on Organization {\n        name\n        # Nullable here, unlike a unit's, so it needs a name of its own in this union selection.\n        organizationEnglishName: englishName\n      }\n      ... on SponsorUnit {\n        name\n        englishName\n      }\n      ... on IndustryDepartment {\n        name\n        englishName\n      }\n      ... on Account {\n        username\n        displayName\n      }\n    }\n  }\n": typeof types.AuditNamesDocument,
    "\n  query SponsorUnitOptions($search: String, $active: Boolean, $first: Int!) {\n    sponsorUnits(first: $first, filter: { search: $search, active: $active }) {\n      nodes {\n        id\n        name\n        englishName\n        active\n      }\n    }\n  }\n": typeof types.SponsorUnitOptionsDocument,
    "\n  query Districts {\n    districts {\n      code\n      name\n      englishName\n    }\n  }\n": typeof types.DistrictsDocument,
    "\n  query IndustryDepartments {\n    industryDepartments {\n      id\n      name\n      englishName\n    }\n  }\n": typeof types.IndustryDepartmentsDocument,
    "\n  fragment UserErrorFields on UserError {\n    field\n    message\n    code\n  }\n": typeof types.UserErrorFieldsFragmentDoc,
    "\n  fragment SessionAccount on Account {\n    id\n    username\n    displayName\n    role\n    department\n    jurisdiction {\n      code\n      name\n      englishName\n    }\n    organization {\n      id\n      name\n    }\n  }\n": typeof types.SessionAccountFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionAccount\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      account {\n        ...SessionAccount\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout(input: {}) {\n      userErrors {\n        message\n      }\n    }\n  }\n": typeof types.LogoutDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      account {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  fragment AccountRow on Account {\n    ...SessionAccount\n    version\n    active\n    organization {\n      englishName\n      creditCode\n    }\n  }\n": typeof types.AccountRowFragmentDoc,
    "\n  fragment AccountResult on AccountPayload {\n    account {\n      ...AccountRow\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n": typeof types.AccountResultFragmentDoc,
    "\n  query AccountList($first: Int!, $after: String, $filter: AccountFilter) {\n    accounts(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...AccountRow\n      }\n    }\n  }\n": typeof types.AccountListDocument,
    "\n  query OrganizationOptions($search: String, $first: Int!) {\n    organizations(first: $first, filter: { search: $search }) {\n      nodes {\n        id\n        name\n        englishName\n        creditCode\n      }\n    }\n  }\n": typeof types.OrganizationOptionsDocument,
    "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      ...AccountResult\n    }\n  }\n": typeof types.CreateAccountDocument,
    "\n  mutation UpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      ...AccountResult\n    }\n  }\n": typeof types.UpdateAccountDocument,
    "\n  mutation SetAccountActive($input: AccountIdInput!, $active: Boolean!) {\n    enableAccount(input: $input) @include(if: $active) {\n      ...AccountResult\n    }\n    disableAccount(input: $input) @skip(if: $active) {\n      ...AccountResult\n    }\n  }\n": typeof types.SetAccountActiveDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      ...AccountResult\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query RegistryStatistics {\n    registryStatistics {\n      total\n      industryAssociations\n      brandOrganizations\n      byType {\n        key\n        label\n        count\n      }\n      byStatus {\n        key\n        label\n        count\n      }\n      byDistrict {\n        key\n        label\n        count\n      }\n      byLevel {\n        key\n        label\n        count\n      }\n      byRating {\n        key\n        label\n        count\n      }\n    }\n  }\n": typeof types.RegistryStatisticsDocument,
    "\n  fragment OrganizationPublic on Organization {\n    id\n    version\n    name\n    englishName\n    creditCode\n    type\n    status\n    registrationLevel\n    registeredOn\n    isIndustryAssociation\n    isBrand\n    viewerCanSeeDetails\n    viewerCanUpdate\n    district {\n      code\n      name\n      englishName\n    }\n    rating {\n      grade\n      label\n      awardedOn\n      validUntil\n    }\n    sponsorUnit {\n      id\n      name\n      englishName\n      active\n    }\n  }\n": typeof types.OrganizationPublicFragmentDoc,
    "\n  fragment OrganizationRestricted on Organization {\n    legalRepresentative\n    domicile\n    businessScope\n    registeredCapital\n    industryDepartment {\n      id\n      name\n      englishName\n    }\n    sponsorHistory {\n      id\n      validFrom\n      validTo\n      reason\n      sponsorUnit {\n        id\n        name\n        englishName\n      }\n    }\n  }\n": typeof types.OrganizationRestrictedFragmentDoc,
    "\n  query OrganizationDetail($id: ID!) {\n    organization(id: $id) {\n      ...OrganizationPublic\n    }\n    me {\n      id\n    }\n  }\n": typeof types.OrganizationDetailDocument,
    "\n  query OrganizationInternal($id: ID!) {\n    organization(id: $id) {\n      id\n      version\n      ...OrganizationRestricted\n    }\n  }\n": typeof types.OrganizationInternalDocument,
    "\n  fragment OrganizationChanged on Organization {\n    id\n    version\n  }\n": typeof types.OrganizationChangedFragmentDoc,
    "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      organization {\n        ...OrganizationChanged\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.UpdateOrganizationDocument,
    "\n  mutation ChangeOrganizationStatus($input: ChangeOrganizationStatusInput!) {\n    changeOrganizationStatus(input: $input) {\n      organization {\n        ...OrganizationChanged\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ChangeOrganizationStatusDocument,
    "\n  mutation ChangeSponsorUnit($input: ChangeSponsorUnitInput!) {\n    changeSponsorUnit(input: $input) {\n      organization {\n        ...OrganizationChanged\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ChangeSponsorUnitDocument,
    "\n  query RegisterList($first: Int!, $after: String, $filter: OrganizationFilter, $orderBy: OrganizationOrder) {\n    organizations(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        englishName\n        creditCode\n        type\n        status\n        registrationLevel\n        district {\n          code\n          name\n          englishName\n        }\n        sponsorUnit {\n          id\n          name\n          englishName\n        }\n        rating {\n          grade\n          label\n        }\n      }\n    }\n    me {\n      id\n    }\n  }\n": typeof types.RegisterListDocument,
    "\n  mutation RegisterOrganization($input: RegisterOrganizationInput!) {\n    registerOrganization(input: $input) {\n      organization {\n        id\n        name\n        creditCode\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.RegisterOrganizationDocument,
    "\n  query SponsorUnitList($first: Int!, $after: String, $filter: SponsorUnitFilter) {\n    sponsorUnits(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        englishName\n        active\n        organizationCount\n      }\n    }\n  }\n": typeof types.SponsorUnitListDocument,
    "\n  mutation TransferSponsorUnit($input: TransferSponsorUnitInput!) {\n    transferSponsorUnit(input: $input) {\n      transferredCount\n      fromSponsorUnit {\n        id\n        name\n        organizationCount\n      }\n      toSponsorUnit {\n        id\n        name\n        organizationCount\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.TransferSponsorUnitDocument,
    "\n  query VerifyAuditTrail {\n    verifyAuditTrail {\n      valid\n      checkedEvents\n      firstBrokenEventId\n    }\n  }\n": typeof types.VerifyAuditTrailDocument,
    "\n  query AccountOptions($search: String, $first: Int!) {\n    accounts(first: $first, filter: { search: $search }) {\n      nodes {\n        id\n        username\n        displayName\n        role\n      }\n    }\n  }\n": typeof types.AccountOptionsDocument,
};
const documents: Documents = {
    "\n  query AuditTrail($first: Int!, $after: String, $filter: AuditTrailFilter) {\n    auditTrail(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        occurredAt\n        actorId\n        actorName\n        role\n        action\n        subjectId\n        subjectName\n        changes\n      }\n    }\n  }\n": types.AuditTrailDocument,
    "\n  query AuditNames($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n      ... on Organization {\n        name\n        # Nullable here, unlike a unit's, so it needs a name of its own in this union selection.\n        organizationEnglishName: englishName\n      }\n      ... on SponsorUnit {\n        name\n        englishName\n      }\n      ... on IndustryDepartment {\n        name\n        englishName\n      }\n      ... on Account {\n        username\n        displayName\n      }\n    }\n  }\n": types.AuditNamesDocument,
    "\n  query SponsorUnitOptions($search: String, $active: Boolean, $first: Int!) {\n    sponsorUnits(first: $first, filter: { search: $search, active: $active }) {\n      nodes {\n        id\n        name\n        englishName\n        active\n      }\n    }\n  }\n": types.SponsorUnitOptionsDocument,
    "\n  query Districts {\n    districts {\n      code\n      name\n      englishName\n    }\n  }\n": types.DistrictsDocument,
    "\n  query IndustryDepartments {\n    industryDepartments {\n      id\n      name\n      englishName\n    }\n  }\n": types.IndustryDepartmentsDocument,
    "\n  fragment UserErrorFields on UserError {\n    field\n    message\n    code\n  }\n": types.UserErrorFieldsFragmentDoc,
    "\n  fragment SessionAccount on Account {\n    id\n    username\n    displayName\n    role\n    department\n    jurisdiction {\n      code\n      name\n      englishName\n    }\n    organization {\n      id\n      name\n    }\n  }\n": types.SessionAccountFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionAccount\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      account {\n        ...SessionAccount\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout(input: {}) {\n      userErrors {\n        message\n      }\n    }\n  }\n": types.LogoutDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      account {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  fragment AccountRow on Account {\n    ...SessionAccount\n    version\n    active\n    organization {\n      englishName\n      creditCode\n    }\n  }\n": types.AccountRowFragmentDoc,
    "\n  fragment AccountResult on AccountPayload {\n    account {\n      ...AccountRow\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n": types.AccountResultFragmentDoc,
    "\n  query AccountList($first: Int!, $after: String, $filter: AccountFilter) {\n    accounts(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...AccountRow\n      }\n    }\n  }\n": types.AccountListDocument,
    "\n  query OrganizationOptions($search: String, $first: Int!) {\n    organizations(first: $first, filter: { search: $search }) {\n      nodes {\n        id\n        name\n        englishName\n        creditCode\n      }\n    }\n  }\n": types.OrganizationOptionsDocument,
    "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      ...AccountResult\n    }\n  }\n": types.CreateAccountDocument,
    "\n  mutation UpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      ...AccountResult\n    }\n  }\n": types.UpdateAccountDocument,
    "\n  mutation SetAccountActive($input: AccountIdInput!, $active: Boolean!) {\n    enableAccount(input: $input) @include(if: $active) {\n      ...AccountResult\n    }\n    disableAccount(input: $input) @skip(if: $active) {\n      ...AccountResult\n    }\n  }\n": types.SetAccountActiveDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      ...AccountResult\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  query RegistryStatistics {\n    registryStatistics {\n      total\n      industryAssociations\n      brandOrganizations\n      byType {\n        key\n        label\n        count\n      }\n      byStatus {\n        key\n        label\n        count\n      }\n      byDistrict {\n        key\n        label\n        count\n      }\n      byLevel {\n        key\n        label\n        count\n      }\n      byRating {\n        key\n        label\n        count\n      }\n    }\n  }\n": types.RegistryStatisticsDocument,
    "\n  fragment OrganizationPublic on Organization {\n    id\n    version\n    name\n    englishName\n    creditCode\n    type\n    status\n    registrationLevel\n    registeredOn\n    isIndustryAssociation\n    isBrand\n    viewerCanSeeDetails\n    viewerCanUpdate\n    district {\n      code\n      name\n      englishName\n    }\n    rating {\n      grade\n      label\n      awardedOn\n      validUntil\n    }\n    sponsorUnit {\n      id\n      name\n      englishName\n      active\n    }\n  }\n": types.OrganizationPublicFragmentDoc,
    "\n  fragment OrganizationRestricted on Organization {\n    legalRepresentative\n    domicile\n    businessScope\n    registeredCapital\n    industryDepartment {\n      id\n      name\n      englishName\n    }\n    sponsorHistory {\n      id\n      validFrom\n      validTo\n      reason\n      sponsorUnit {\n        id\n        name\n        englishName\n      }\n    }\n  }\n": types.OrganizationRestrictedFragmentDoc,
    "\n  query OrganizationDetail($id: ID!) {\n    organization(id: $id) {\n      ...OrganizationPublic\n    }\n    me {\n      id\n    }\n  }\n": types.OrganizationDetailDocument,
    "\n  query OrganizationInternal($id: ID!) {\n    organization(id: $id) {\n      id\n      version\n      ...OrganizationRestricted\n    }\n  }\n": types.OrganizationInternalDocument,
    "\n  fragment OrganizationChanged on Organization {\n    id\n    version\n  }\n": types.OrganizationChangedFragmentDoc,
    "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      organization {\n        ...OrganizationChanged\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.UpdateOrganizationDocument,
    "\n  mutation ChangeOrganizationStatus($input: ChangeOrganizationStatusInput!) {\n    changeOrganizationStatus(input: $input) {\n      organization {\n        ...OrganizationChanged\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ChangeOrganizationStatusDocument,
    "\n  mutation ChangeSponsorUnit($input: ChangeSponsorUnitInput!) {\n    changeSponsorUnit(input: $input) {\n      organization {\n        ...OrganizationChanged\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ChangeSponsorUnitDocument,
    "\n  query RegisterList($first: Int!, $after: String, $filter: OrganizationFilter, $orderBy: OrganizationOrder) {\n    organizations(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        englishName\n        creditCode\n        type\n        status\n        registrationLevel\n        district {\n          code\n          name\n          englishName\n        }\n        sponsorUnit {\n          id\n          name\n          englishName\n        }\n        rating {\n          grade\n          label\n        }\n      }\n    }\n    me {\n      id\n    }\n  }\n": types.RegisterListDocument,
    "\n  mutation RegisterOrganization($input: RegisterOrganizationInput!) {\n    registerOrganization(input: $input) {\n      organization {\n        id\n        name\n        creditCode\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.RegisterOrganizationDocument,
    "\n  query SponsorUnitList($first: Int!, $after: String, $filter: SponsorUnitFilter) {\n    sponsorUnits(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        englishName\n        active\n        organizationCount\n      }\n    }\n  }\n": types.SponsorUnitListDocument,
    "\n  mutation TransferSponsorUnit($input: TransferSponsorUnitInput!) {\n    transferSponsorUnit(input: $input) {\n      transferredCount\n      fromSponsorUnit {\n        id\n        name\n        organizationCount\n      }\n      toSponsorUnit {\n        id\n        name\n        organizationCount\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.TransferSponsorUnitDocument,
    "\n  query VerifyAuditTrail {\n    verifyAuditTrail {\n      valid\n      checkedEvents\n      firstBrokenEventId\n    }\n  }\n": types.VerifyAuditTrailDocument,
    "\n  query AccountOptions($search: String, $first: Int!) {\n    accounts(first: $first, filter: { search: $search }) {\n      nodes {\n        id\n        username\n        displayName\n        role\n      }\n    }\n  }\n": types.AccountOptionsDocument,
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
export function graphql(source: "\n  query AuditTrail($first: Int!, $after: String, $filter: AuditTrailFilter) {\n    auditTrail(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        occurredAt\n        actorId\n        actorName\n        role\n        action\n        subjectId\n        subjectName\n        changes\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditTrail($first: Int!, $after: String, $filter: AuditTrailFilter) {\n    auditTrail(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        occurredAt\n        actorId\n        actorName\n        role\n        action\n        subjectId\n        subjectName\n        changes\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditNames($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n      ... on Organization {\n        name\n        # Nullable here, unlike a unit's, so it needs a name of its own in this union selection.\n        organizationEnglishName: englishName\n      }\n      ... on SponsorUnit {\n        name\n        englishName\n      }\n      ... on IndustryDepartment {\n        name\n        englishName\n      }\n      ... on Account {\n        username\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditNames($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n      ... on Organization {\n        name\n        # Nullable here, unlike a unit's, so it needs a name of its own in this union selection.\n        organizationEnglishName: englishName\n      }\n      ... on SponsorUnit {\n        name\n        englishName\n      }\n      ... on IndustryDepartment {\n        name\n        englishName\n      }\n      ... on Account {\n        username\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SponsorUnitOptions($search: String, $active: Boolean, $first: Int!) {\n    sponsorUnits(first: $first, filter: { search: $search, active: $active }) {\n      nodes {\n        id\n        name\n        englishName\n        active\n      }\n    }\n  }\n"): (typeof documents)["\n  query SponsorUnitOptions($search: String, $active: Boolean, $first: Int!) {\n    sponsorUnits(first: $first, filter: { search: $search, active: $active }) {\n      nodes {\n        id\n        name\n        englishName\n        active\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Districts {\n    districts {\n      code\n      name\n      englishName\n    }\n  }\n"): (typeof documents)["\n  query Districts {\n    districts {\n      code\n      name\n      englishName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndustryDepartments {\n    industryDepartments {\n      id\n      name\n      englishName\n    }\n  }\n"): (typeof documents)["\n  query IndustryDepartments {\n    industryDepartments {\n      id\n      name\n      englishName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserErrorFields on UserError {\n    field\n    message\n    code\n  }\n"): (typeof documents)["\n  fragment UserErrorFields on UserError {\n    field\n    message\n    code\n  }\n"];
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
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      account {\n        ...SessionAccount\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      account {\n        ...SessionAccount\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout(input: {}) {\n      userErrors {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout(input: {}) {\n      userErrors {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      account {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      account {\n        id\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountRow on Account {\n    ...SessionAccount\n    version\n    active\n    organization {\n      englishName\n      creditCode\n    }\n  }\n"): (typeof documents)["\n  fragment AccountRow on Account {\n    ...SessionAccount\n    version\n    active\n    organization {\n      englishName\n      creditCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountResult on AccountPayload {\n    account {\n      ...AccountRow\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n"): (typeof documents)["\n  fragment AccountResult on AccountPayload {\n    account {\n      ...AccountRow\n    }\n    userErrors {\n      ...UserErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountList($first: Int!, $after: String, $filter: AccountFilter) {\n    accounts(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...AccountRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountList($first: Int!, $after: String, $filter: AccountFilter) {\n    accounts(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...AccountRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationOptions($search: String, $first: Int!) {\n    organizations(first: $first, filter: { search: $search }) {\n      nodes {\n        id\n        name\n        englishName\n        creditCode\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationOptions($search: String, $first: Int!) {\n    organizations(first: $first, filter: { search: $search }) {\n      nodes {\n        id\n        name\n        englishName\n        creditCode\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      ...AccountResult\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      ...AccountResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      ...AccountResult\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      ...AccountResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAccountActive($input: AccountIdInput!, $active: Boolean!) {\n    enableAccount(input: $input) @include(if: $active) {\n      ...AccountResult\n    }\n    disableAccount(input: $input) @skip(if: $active) {\n      ...AccountResult\n    }\n  }\n"): (typeof documents)["\n  mutation SetAccountActive($input: AccountIdInput!, $active: Boolean!) {\n    enableAccount(input: $input) @include(if: $active) {\n      ...AccountResult\n    }\n    disableAccount(input: $input) @skip(if: $active) {\n      ...AccountResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      ...AccountResult\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      ...AccountResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistryStatistics {\n    registryStatistics {\n      total\n      industryAssociations\n      brandOrganizations\n      byType {\n        key\n        label\n        count\n      }\n      byStatus {\n        key\n        label\n        count\n      }\n      byDistrict {\n        key\n        label\n        count\n      }\n      byLevel {\n        key\n        label\n        count\n      }\n      byRating {\n        key\n        label\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegistryStatistics {\n    registryStatistics {\n      total\n      industryAssociations\n      brandOrganizations\n      byType {\n        key\n        label\n        count\n      }\n      byStatus {\n        key\n        label\n        count\n      }\n      byDistrict {\n        key\n        label\n        count\n      }\n      byLevel {\n        key\n        label\n        count\n      }\n      byRating {\n        key\n        label\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganizationPublic on Organization {\n    id\n    version\n    name\n    englishName\n    creditCode\n    type\n    status\n    registrationLevel\n    registeredOn\n    isIndustryAssociation\n    isBrand\n    viewerCanSeeDetails\n    viewerCanUpdate\n    district {\n      code\n      name\n      englishName\n    }\n    rating {\n      grade\n      label\n      awardedOn\n      validUntil\n    }\n    sponsorUnit {\n      id\n      name\n      englishName\n      active\n    }\n  }\n"): (typeof documents)["\n  fragment OrganizationPublic on Organization {\n    id\n    version\n    name\n    englishName\n    creditCode\n    type\n    status\n    registrationLevel\n    registeredOn\n    isIndustryAssociation\n    isBrand\n    viewerCanSeeDetails\n    viewerCanUpdate\n    district {\n      code\n      name\n      englishName\n    }\n    rating {\n      grade\n      label\n      awardedOn\n      validUntil\n    }\n    sponsorUnit {\n      id\n      name\n      englishName\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganizationRestricted on Organization {\n    legalRepresentative\n    domicile\n    businessScope\n    registeredCapital\n    industryDepartment {\n      id\n      name\n      englishName\n    }\n    sponsorHistory {\n      id\n      validFrom\n      validTo\n      reason\n      sponsorUnit {\n        id\n        name\n        englishName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment OrganizationRestricted on Organization {\n    legalRepresentative\n    domicile\n    businessScope\n    registeredCapital\n    industryDepartment {\n      id\n      name\n      englishName\n    }\n    sponsorHistory {\n      id\n      validFrom\n      validTo\n      reason\n      sponsorUnit {\n        id\n        name\n        englishName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationDetail($id: ID!) {\n    organization(id: $id) {\n      ...OrganizationPublic\n    }\n    me {\n      id\n    }\n  }\n"): (typeof documents)["\n  query OrganizationDetail($id: ID!) {\n    organization(id: $id) {\n      ...OrganizationPublic\n    }\n    me {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationInternal($id: ID!) {\n    organization(id: $id) {\n      id\n      version\n      ...OrganizationRestricted\n    }\n  }\n"): (typeof documents)["\n  query OrganizationInternal($id: ID!) {\n    organization(id: $id) {\n      id\n      version\n      ...OrganizationRestricted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganizationChanged on Organization {\n    id\n    version\n  }\n"): (typeof documents)["\n  fragment OrganizationChanged on Organization {\n    id\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      organization {\n        ...OrganizationChanged\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      organization {\n        ...OrganizationChanged\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeOrganizationStatus($input: ChangeOrganizationStatusInput!) {\n    changeOrganizationStatus(input: $input) {\n      organization {\n        ...OrganizationChanged\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeOrganizationStatus($input: ChangeOrganizationStatusInput!) {\n    changeOrganizationStatus(input: $input) {\n      organization {\n        ...OrganizationChanged\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeSponsorUnit($input: ChangeSponsorUnitInput!) {\n    changeSponsorUnit(input: $input) {\n      organization {\n        ...OrganizationChanged\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeSponsorUnit($input: ChangeSponsorUnitInput!) {\n    changeSponsorUnit(input: $input) {\n      organization {\n        ...OrganizationChanged\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegisterList($first: Int!, $after: String, $filter: OrganizationFilter, $orderBy: OrganizationOrder) {\n    organizations(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        englishName\n        creditCode\n        type\n        status\n        registrationLevel\n        district {\n          code\n          name\n          englishName\n        }\n        sponsorUnit {\n          id\n          name\n          englishName\n        }\n        rating {\n          grade\n          label\n        }\n      }\n    }\n    me {\n      id\n    }\n  }\n"): (typeof documents)["\n  query RegisterList($first: Int!, $after: String, $filter: OrganizationFilter, $orderBy: OrganizationOrder) {\n    organizations(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        englishName\n        creditCode\n        type\n        status\n        registrationLevel\n        district {\n          code\n          name\n          englishName\n        }\n        sponsorUnit {\n          id\n          name\n          englishName\n        }\n        rating {\n          grade\n          label\n        }\n      }\n    }\n    me {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterOrganization($input: RegisterOrganizationInput!) {\n    registerOrganization(input: $input) {\n      organization {\n        id\n        name\n        creditCode\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterOrganization($input: RegisterOrganizationInput!) {\n    registerOrganization(input: $input) {\n      organization {\n        id\n        name\n        creditCode\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SponsorUnitList($first: Int!, $after: String, $filter: SponsorUnitFilter) {\n    sponsorUnits(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        englishName\n        active\n        organizationCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query SponsorUnitList($first: Int!, $after: String, $filter: SponsorUnitFilter) {\n    sponsorUnits(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        englishName\n        active\n        organizationCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferSponsorUnit($input: TransferSponsorUnitInput!) {\n    transferSponsorUnit(input: $input) {\n      transferredCount\n      fromSponsorUnit {\n        id\n        name\n        organizationCount\n      }\n      toSponsorUnit {\n        id\n        name\n        organizationCount\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TransferSponsorUnit($input: TransferSponsorUnitInput!) {\n    transferSponsorUnit(input: $input) {\n      transferredCount\n      fromSponsorUnit {\n        id\n        name\n        organizationCount\n      }\n      toSponsorUnit {\n        id\n        name\n        organizationCount\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyAuditTrail {\n    verifyAuditTrail {\n      valid\n      checkedEvents\n      firstBrokenEventId\n    }\n  }\n"): (typeof documents)["\n  query VerifyAuditTrail {\n    verifyAuditTrail {\n      valid\n      checkedEvents\n      firstBrokenEventId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountOptions($search: String, $first: Int!) {\n    accounts(first: $first, filter: { search: $search }) {\n      nodes {\n        id\n        username\n        displayName\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountOptions($search: String, $first: Int!) {\n    accounts(first: $first, filter: { search: $search }) {\n      nodes {\n        id\n        username\n        displayName\n        role\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
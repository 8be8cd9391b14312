import { registerEnumType } from 'type-graphql';

export enum Role {
  ADMIN = 'ADMIN',
  REGISTRATION_OFFICER = 'REGISTRATION_OFFICER',
  ORGANIZATION = 'ORGANIZATION',
  BUYER = 'BUYER',
}

registerEnumType(Role, { name: 'Role' });

import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { ACCOUNT_FIELDS } from './account.fields.js';

/** One login attempt; recent failures per account and per address slow further tries down. */
@Entity({ tableName: 'login_attempt' })
@Index({ name: 'login_attempt_username_idx', properties: ['username', 'attemptedAt'] })
@Index({ name: 'login_attempt_address_idx', properties: ['clientAddress', 'attemptedAt'] })
export class LoginAttempt {
  [OptionalProps]?: 'attemptedAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: ACCOUNT_FIELDS.username.max })
  username!: string;

  @Property({ type: 'string', length: 64 })
  clientAddress!: string;

  @Property({ type: 'boolean' })
  succeeded!: boolean;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  attemptedAt: Date = new Date();
}

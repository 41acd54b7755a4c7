import { blob, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt, timestamp } from '../columns.ts';
import { tenants } from './tenants.ts';
import { users } from './users.ts';

/** Amazon consent `state` values: random, single-use, bound to a user, short-lived. */
export const oauthStates = sqliteTable('oauth_states', {
  // SHA-256 of the state: the value itself only ever travels in the consent URL.
  stateHash: blob('state_hash', { mode: 'buffer' }).primaryKey(),
  tenantId: text('tenant_id')
    .notNull()
    .references(() => tenants.id, { onDelete: 'cascade' }),
  userId: text('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  region: text('region', { enum: ['na', 'eu', 'fe'] }).notNull(),
  expiresAt: timestamp('expires_at').notNull(),
  usedAt: timestamp('used_at'),
  createdAt: createdAt(),
});

import { sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt, timestamp } from '../columns.ts';
import { tenants } from './tenants.ts';

export const users = sqliteTable(
  'users',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    // Stored lower-cased: sign-in looks a person up by email before any tenant is known.
    email: text('email').notNull(),
    displayName: text('display_name'),
    passwordHash: text('password_hash').notNull(),
    role: text('role', { enum: ['owner', 'member'] }).notNull(),
    // TOTP secret, sealed (credentials purpose); set at setup, trusted only once enabled.
    mfaSecretSealed: text('mfa_secret_sealed'),
    mfaEnabledAt: timestamp('mfa_enabled_at'),
    // Last accepted TOTP time step: a code is single-use even within its 30 s window.
    mfaLastStep: text('mfa_last_step'),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex('users_email_unique').on(table.email)],
);

import { blob, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt } from '../columns.ts';

export const tenants = sqliteTable('tenants', {
  id: text('id').primaryKey(),
  companyName: text('company_name').notNull(),
  // Salt for this tenant's HKDF keys; deleting it makes any leftover ciphertext unreadable.
  keySalt: blob('key_salt', { mode: 'buffer' }).notNull(),
  // When set, PII-bearing actions (label purchase, export) need every acting user to have MFA.
  isMfaRequired: integer('mfa_required', { mode: 'boolean' }).notNull().default(false),
  createdAt: createdAt(),
});

import type { KeyPurpose } from './tenant-keys.ts';

/** A column that holds sealed values, and how to find each value's row and tenant. */
export interface SealedColumn {
  table: string;
  column: string;
  /** The row id the associated data names: unique and never null (usually the primary key). */
  idColumn: string;
  /** The column naming the row's tenant, whose salt the key derives from. */
  tenantColumn: string;
  purpose: KeyPurpose;
}

// Table and column names end up inside SQL text, so only plain identifiers are accepted.
const IDENTIFIER_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Checks a declaration once, where it is written, so a typo fails at start-up. */
export function defineSealedColumn(column: SealedColumn): SealedColumn {
  assertPlainIdentifiers(column);

  return Object.freeze({ ...column });
}

/**
 * Every sealed column in the database, for `kayistra keys rotate` and `keys status`. A static
 * list rather than registration at import time, so the CLI sees every column without having
 * to load each feature's module first.
 */
export const SEALED_COLUMNS: readonly SealedColumn[] = [
  defineSealedColumn({
    table: 'amazon_connections',
    column: 'refresh_token_sealed',
    idColumn: 'id',
    tenantColumn: 'tenant_id',
    purpose: 'credentials',
  }),
  defineSealedColumn({
    table: 'shipentegra_accounts',
    column: 'client_secret_sealed',
    idColumn: 'tenant_id',
    tenantColumn: 'tenant_id',
    purpose: 'credentials',
  }),
  defineSealedColumn({
    table: 'order_recipients',
    column: 'recipient_sealed',
    idColumn: 'order_id',
    tenantColumn: 'tenant_id',
    purpose: 'pii',
  }),
  defineSealedColumn({
    table: 'shipments',
    column: 'label_file_sealed',
    idColumn: 'id',
    tenantColumn: 'tenant_id',
    purpose: 'pii',
  }),
  defineSealedColumn({
    table: 'shipments',
    column: 'label_url_sealed',
    idColumn: 'id',
    tenantColumn: 'tenant_id',
    purpose: 'pii',
  }),
  defineSealedColumn({
    table: 'users',
    column: 'mfa_secret_sealed',
    idColumn: 'id',
    tenantColumn: 'tenant_id',
    purpose: 'credentials',
  }),
];

export function assertPlainIdentifiers({ table, column, idColumn, tenantColumn }: SealedColumn) {
  for (const name of [table, column, idColumn, tenantColumn]) {
    if (!IDENTIFIER_PATTERN.test(name)) {
      throw new Error(`sealed column names must be plain identifiers, got "${name}"`);
    }
  }
}

/** Quotes an identifier already checked by `assertPlainIdentifiers`. */
export function quoteIdentifier(name: string): string {
  return `"${name}"`;
}

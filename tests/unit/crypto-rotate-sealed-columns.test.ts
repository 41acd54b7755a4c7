import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countSealedValuesByKeyId } from '../../server/crypto/count-sealed-values.ts';
import { generateMasterKeyEntry, parseMasterKeyRing } from '../../server/crypto/master-key-ring.ts';
import { rotateSealedColumns } from '../../server/crypto/rotate-sealed-columns.ts';
import { defineSealedColumn } from '../../server/crypto/sealed-columns.ts';
import { openValueAsString, sealValue } from '../../server/crypto/sealed-value.ts';
import { generateTenantSalt } from '../../server/crypto/tenant-keys.ts';

// An active id with '_' checks that the "already rotated" filter does not read it as a
// wildcard: under LIKE, 'ks1.kx1.' would pass for 'ks1.k_1.' and never be rotated.
const oldEntry = generateMasterKeyEntry('kx1');
const oldRing = parseMasterKeyRing(oldEntry);
const newRing = parseMasterKeyRing(`${generateMasterKeyEntry('k_1')},${oldEntry}`);
const salts = new Map([
  ['tenant-a', generateTenantSalt()],
  ['tenant-b', generateTenantSalt()],
]);
const lookUpSalt = (tenantId: string) => salts.get(tenantId);

const secrets = defineSealedColumn({
  table: 'test_secrets',
  column: 'sealed_secret',
  idColumn: 'id',
  tenantColumn: 'tenant_id',
  purpose: 'credentials',
});
const ROWS = 25;

let sqlite: Database.Database;

function contextOf(id: string, tenantId: string) {
  const tenantSalt = salts.get(tenantId) ?? Buffer.alloc(32);

  return {
    tenantId,
    tenantSalt,
    purpose: 'credentials',
    table: 'test_secrets',
    column: 'sealed_secret',
    rowId: id,
  } as const;
}

function readRows() {
  return sqlite
    .prepare(
      'select id, tenant_id as tenantId, sealed_secret as sealed from test_secrets order by id',
    )
    .all() as { id: string; tenantId: string; sealed: string | null }[];
}

beforeEach(() => {
  sqlite = new Database(':memory:');
  sqlite.exec(`create table test_secrets (
    id text primary key, tenant_id text not null, sealed_secret text)`);

  const insert = sqlite.prepare('insert into test_secrets values (?, ?, ?)');

  for (let index = 0; index < ROWS; index += 1) {
    const id = `row-${String(index).padStart(2, '0')}`;
    const tenantId = index % 2 === 0 ? 'tenant-a' : 'tenant-b';

    insert.run(id, tenantId, sealValue(oldRing, contextOf(id, tenantId), `secret ${id}`));
  }

  insert.run('row-null', 'tenant-a', null);
});

afterEach(() => {
  sqlite.close();
});

function countKeyIds(): Record<string, number> {
  const counts = countSealedValuesByKeyId(sqlite, [secrets]);

  return Object.fromEntries(counts.map(({ keyId, count }) => [keyId ?? 'not sealed', count]));
}

function expectEveryRowOpensUnderTheNewKey() {
  for (const { id, tenantId, sealed } of readRows().filter((row) => row.sealed !== null)) {
    expect(sealed?.startsWith('ks1.k_1.')).toBe(true);
    expect(openValueAsString(newRing, contextOf(id, tenantId), sealed ?? '')).toBe(`secret ${id}`);
  }
}

describe('rotateSealedColumns', () => {
  it('re-seals every value under the active key, in batches', () => {
    const progress: number[] = [];

    expect(countKeyIds()).toEqual({ kx1: ROWS });

    const result = rotateSealedColumns(sqlite, newRing, lookUpSalt, [secrets], {
      batchSize: 10,
      onProgress: ({ resealed }) => progress.push(resealed),
    });

    expect(result).toEqual({ resealed: ROWS, failures: [] });
    expect(progress).toEqual([10, 20, 25]);
    expect(countKeyIds()).toEqual({ k_1: ROWS });
    expectEveryRowOpensUnderTheNewKey();
  });

  it('changes nothing when run a second time', () => {
    rotateSealedColumns(sqlite, newRing, lookUpSalt, [secrets], { batchSize: 7 });
    const afterFirstRun = readRows();

    const second = rotateSealedColumns(sqlite, newRing, lookUpSalt, [secrets], { batchSize: 7 });

    expect(second).toEqual({ resealed: 0, failures: [] });
    expect(readRows()).toEqual(afterFirstRun);
  });

  it('keeps finished batches after a crash and finishes when run again', () => {
    const crash = () => {
      throw new Error('killed mid-rotation');
    };

    expect(() =>
      rotateSealedColumns(sqlite, newRing, lookUpSalt, [secrets], {
        batchSize: 10,
        onProgress: crash,
      }),
    ).toThrow('killed mid-rotation');
    expect(countKeyIds()).toEqual({ k_1: 10, kx1: ROWS - 10 });

    const resumed = rotateSealedColumns(sqlite, newRing, lookUpSalt, [secrets], { batchSize: 10 });

    expect(resumed).toEqual({ resealed: ROWS - 10, failures: [] });
    expect(countKeyIds()).toEqual({ k_1: ROWS });
    expectEveryRowOpensUnderTheNewKey();
  });

  it('reports values it cannot open, leaves them as they are and rotates the rest', () => {
    const [first, second] = readRows();
    const setValue = sqlite.prepare('update test_secrets set sealed_secret = ? where id = ?');

    // A value copied onto another row, plaintext stored by mistake, and an orphaned tenant.
    setValue.run(first?.sealed, 'row-02');
    setValue.run('plaintext secret', 'row-03');
    sqlite
      .prepare("update test_secrets set tenant_id = 'tenant-gone' where id = ?")
      .run(second?.id);

    const result = rotateSealedColumns(sqlite, newRing, lookUpSalt, [secrets], { batchSize: 4 });
    const place = { table: 'test_secrets', column: 'sealed_secret' };

    expect(result.resealed).toBe(ROWS - 3);
    expect(result.failures).toEqual([
      { ...place, rowId: 'row-01', reason: 'TENANT_NOT_FOUND' },
      { ...place, rowId: 'row-02', reason: 'AUTHENTICATION_FAILED' },
      { ...place, rowId: 'row-03', reason: 'MALFORMED' },
    ]);
    expect(countKeyIds()).toEqual({ k_1: ROWS - 3, kx1: 2, 'not sealed': 1 });
    expect(JSON.stringify(result)).not.toContain('secret row');
  });

  it('rotates nothing when the ring no longer holds the old key', () => {
    const before = readRows();
    const newOnly = parseMasterKeyRing(generateMasterKeyEntry('k2'));

    const result = rotateSealedColumns(sqlite, newOnly, lookUpSalt, [secrets], { batchSize: 10 });

    expect(result.resealed).toBe(0);
    expect(result.failures.map((failure) => failure.reason)).toEqual(
      Array(ROWS).fill('UNKNOWN_KEY_ID'),
    );
    expect(readRows()).toEqual(before);
  });
});

describe('defineSealedColumn', () => {
  it('refuses names that are not plain identifiers, since they go into SQL text', () => {
    const column = { ...secrets, column: 'secret; drop table tenants' };

    expect(() => defineSealedColumn(column)).toThrow(/plain identifiers/);
    expect(() => countSealedValuesByKeyId(sqlite, [column])).toThrow(/plain identifiers/);
  });
});

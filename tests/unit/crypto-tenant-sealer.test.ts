import { describe, expect, it } from 'vitest';
import type { SealedCell } from '../../server/crypto/associated-data.ts';
import { generateMasterKeyEntry, parseMasterKeyRing } from '../../server/crypto/master-key-ring.ts';
import { sealedKeyId } from '../../server/crypto/sealed-format.ts';
import { SealedValueError } from '../../server/crypto/sealed-value-error.ts';
import { generateTenantSalt } from '../../server/crypto/tenant-keys.ts';
import { createTenantSealer } from '../../server/crypto/tenant-sealer.ts';

const ring = parseMasterKeyRing(generateMasterKeyEntry('k1'));
const tenantA = { tenantId: 'tenant-a', tenantSalt: generateTenantSalt() };
const tenantB = { tenantId: 'tenant-b', tenantSalt: generateTenantSalt() };

const cell: SealedCell = {
  purpose: 'credentials',
  table: 'shipentegra_credentials',
  column: 'client_secret',
  rowId: 'cred-1',
};

describe('createTenantSealer', () => {
  it('opens what it sealed for the same cell', () => {
    const sealer = createTenantSealer(ring, tenantA);
    const sealed = sealer.seal(cell, 'se-secret');

    expect(sealer.tenantId).toBe('tenant-a');
    expect(sealer.openAsString(cell, sealed)).toBe('se-secret');
    expect(sealer.open(cell, sealed).toString('utf8')).toBe('se-secret');
    expect(sealer.reseal(cell, sealed)).toBe(sealed);
    expect(sealedKeyId(sealed)).toBe('k1');
  });

  it("cannot open another tenant's value, even with a cell that claims its tenant", () => {
    const sealed = createTenantSealer(ring, tenantA).seal(cell, 'se-secret');
    const sealerB = createTenantSealer(ring, tenantB);
    const disguised = { ...cell, ...tenantA };

    expect(() => sealerB.open(cell, sealed)).toThrow(SealedValueError);
    expect(() => sealerB.open(disguised, sealed)).toThrow(SealedValueError);
  });

  it('keeps working when the caller later reuses its salt buffer', () => {
    const salt = generateTenantSalt();
    const sealer = createTenantSealer(ring, { tenantId: 'tenant-c', tenantSalt: salt });
    const sealed = sealer.seal(cell, 'se-secret');

    salt.fill(0);

    expect(sealer.openAsString(cell, sealed)).toBe('se-secret');
  });

  it('shows no key material when logged or serialised', () => {
    const sealer = createTenantSealer(ring, tenantA);
    const masterKey = ring.keys.get('k1')?.toString('base64') ?? '';
    const serialised = JSON.stringify(sealer);

    expect(masterKey).not.toBe('');
    expect(serialised).not.toContain(masterKey);
    expect(serialised).not.toContain(tenantA.tenantSalt.toString('base64'));
    expect(Object.keys(sealer).sort()).toEqual(
      ['open', 'openAsString', 'reseal', 'seal', 'tenantId'].sort(),
    );
  });
});

import { randomBytes } from 'node:crypto';

/** The master keys that per-tenant keys derive from; the first one seals new values. */
export interface MasterKeyRing {
  activeKeyId: string;
  keys: ReadonlyMap<string, Buffer>;
}

export const KEY_ID_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;
const KEY_BYTES = 32;

/**
 * Parses `id:base64key[,id:base64key...]`. Throws with a message that names what is wrong
 * with which entry, never echoing key material.
 */
export function parseMasterKeyRing(unverifiedRing: string): MasterKeyRing {
  const entries = unverifiedRing
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);

  if (entries.length === 0) {
    throw new Error('expected at least one key as id:base64key');
  }

  const keys = new Map<string, Buffer>();

  for (const [index, entry] of entries.entries()) {
    const separator = entry.indexOf(':');
    const id = entry.slice(0, separator);
    const key = Buffer.from(entry.slice(separator + 1), 'base64');

    if (separator < 1 || !KEY_ID_PATTERN.test(id)) {
      throw new Error(`entry ${index + 1} needs an id of letters, digits, _ or - before ':'`);
    }

    if (key.length !== KEY_BYTES) {
      throw new Error(`key "${id}" must be ${KEY_BYTES} bytes of base64 (it is ${key.length})`);
    }

    if (keys.has(id)) {
      throw new Error(`key id "${id}" appears twice`);
    }

    keys.set(id, key);
  }

  return { activeKeyId: entries[0]?.split(':')[0] ?? '', keys };
}

/** A fresh ring entry, as `kayistra keys generate` prints it. */
export function generateMasterKeyEntry(id = `k${new Date().toISOString().slice(0, 10)}`): string {
  return `${id}:${randomBytes(KEY_BYTES).toString('base64')}`;
}

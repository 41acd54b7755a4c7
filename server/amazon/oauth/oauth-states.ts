import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, lt } from 'drizzle-orm';
import type { AmazonRegion } from '../../../shared/api/connections.ts';
import type { Db } from '../../db/connection.ts';
import { oauthStates } from '../../db/schema.ts';

export const OAUTH_STATE_LIFETIME_MS = 10 * 60 * 1000;

// Expired states are kept a day so a late click still reads "expired" rather than "unknown".
const EXPIRED_STATE_RETENTION_MS = 24 * 60 * 60 * 1000;

// Longer values are not ours: refuse them before hashing attacker-sized input.
const MAX_STATE_LENGTH = 64;

export interface OAuthStateOwner {
  tenantId: string;
  userId: string;
  region: AmazonRegion;
}

export type OAuthStateCheck =
  | ({ outcome: 'valid' | 'expired' | 'used' } & OAuthStateOwner)
  | { outcome: 'unknown' };

/** A fresh 256-bit state; only its hash is stored, the value travels in the consent URL. */
export function createOAuthState(db: Db, owner: OAuthStateOwner & { now: Date }): string {
  const state = randomBytes(32).toString('base64url');
  const staleBefore = new Date(owner.now.getTime() - EXPIRED_STATE_RETENTION_MS);

  db.delete(oauthStates).where(lt(oauthStates.expiresAt, staleBefore)).run();
  db.insert(oauthStates)
    .values({
      stateHash: hashState(state),
      tenantId: owner.tenantId,
      userId: owner.userId,
      region: owner.region,
      expiresAt: new Date(owner.now.getTime() + OAUTH_STATE_LIFETIME_MS),
      createdAt: owner.now,
    })
    .run();

  return state;
}

/**
 * Claims a state for this one callback. The claim is a single conditional UPDATE, so of two
 * concurrent callbacks with the same state exactly one gets `valid`, before any remote call.
 */
export function consumeOAuthState(db: Db, unverifiedState: string, now: Date): OAuthStateCheck {
  if (!unverifiedState || unverifiedState.length > MAX_STATE_LENGTH) {
    return { outcome: 'unknown' };
  }

  // Looked up by SHA-256 of a 256-bit value: timing reveals nothing a guesser can use.
  const stateHash = hashState(unverifiedState);
  const owner = {
    tenantId: oauthStates.tenantId,
    userId: oauthStates.userId,
    region: oauthStates.region,
  };
  const claimed = db
    .update(oauthStates)
    .set({ usedAt: now })
    .where(
      and(
        eq(oauthStates.stateHash, stateHash),
        isNull(oauthStates.usedAt),
        gt(oauthStates.expiresAt, now),
      ),
    )
    .returning(owner)
    .get();

  if (claimed) {
    return { outcome: 'valid', ...claimed };
  }

  const row = db
    .select({ ...owner, usedAt: oauthStates.usedAt })
    .from(oauthStates)
    .where(eq(oauthStates.stateHash, stateHash))
    .get();

  if (!row) {
    return { outcome: 'unknown' };
  }

  const { usedAt, ...found } = row;

  return { outcome: usedAt ? 'used' : 'expired', ...found };
}

function hashState(state: string): Buffer {
  return createHash('sha256').update(state).digest();
}

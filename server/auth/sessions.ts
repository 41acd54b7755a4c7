import { randomUUID, timingSafeEqual } from 'node:crypto';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../db/connection.ts';
import { sessions, tenants, users } from '../db/schema.ts';
import { generateSessionToken, hashSessionToken } from './session-tokens.ts';

/** Sessions end after 12 hours; the extension signs in again. */
export const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;

export interface NewSession {
  sessionId: string;
  token: string;
  expiresAt: Date;
}

/** Who a valid token speaks for. The only source of a request's tenant. */
export interface AuthenticatedSession {
  sessionId: string;
  tenantId: string;
  userId: string;
  role: 'owner' | 'member';
  confirmedAt: Date | null;
}

export function createSession(
  db: Db,
  input: { tenantId: string; userId: string; now?: Date; isConfirmed?: boolean },
): NewSession {
  const now = input.now ?? new Date();
  const token = generateSessionToken();
  const session = {
    id: randomUUID(),
    tenantId: input.tenantId,
    userId: input.userId,
    tokenHash: hashSessionToken(token),
    expiresAt: new Date(now.getTime() + SESSION_LIFETIME_MS),
    confirmedAt: input.isConfirmed ? now : null,
    createdAt: now,
  };

  db.insert(sessions).values(session).run();

  return { sessionId: session.id, token, expiresAt: session.expiresAt };
}

/** The live, unrevoked session for a token, or undefined. */
export function findActiveSession(
  db: Db,
  token: string,
  now = new Date(),
): AuthenticatedSession | undefined {
  const tokenHash = hashSessionToken(token);
  const row = db
    .select({
      sessionId: sessions.id,
      tenantId: sessions.tenantId,
      userId: sessions.userId,
      tokenHash: sessions.tokenHash,
      role: users.role,
      confirmedAt: sessions.confirmedAt,
    })
    .from(sessions)
    .innerJoin(users, and(eq(users.id, sessions.userId), eq(users.tenantId, sessions.tenantId)))
    .innerJoin(tenants, eq(tenants.id, sessions.tenantId))
    .where(
      and(
        eq(sessions.tokenHash, tokenHash),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, now),
      ),
    )
    .get();

  // The index lookup found the row by hash; compare again in constant time so no timing
  // difference depends on how much of a guessed hash matched.
  if (!row || !timingSafeEqual(row.tokenHash, tokenHash)) {
    return undefined;
  }

  const { tokenHash: _hash, ...session } = row;

  return session;
}

export function revokeSession(db: Db, session: { tenantId: string; sessionId: string }): void {
  db.update(sessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(sessions.id, session.sessionId), eq(sessions.tenantId, session.tenantId)))
    .run();
}

/** Ends every session of a user, e.g. after a password change or MFA change. */
export function revokeUserSessions(db: Db, user: { tenantId: string; userId: string }): void {
  db.update(sessions)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(sessions.userId, user.userId),
        eq(sessions.tenantId, user.tenantId),
        isNull(sessions.revokedAt),
      ),
    )
    .run();
}

import { and, eq, isNull, ne } from 'drizzle-orm';
import type { Db } from '../db/connection.ts';
import { sessions } from '../db/schema.ts';
import { expectOneRowChanged, whereTenant } from '../db/tenant-scope.ts';

/** Records that the session's user has just proved password (and MFA) again. */
export function markSessionConfirmed(
  db: Db,
  session: { tenantId: string; sessionId: string },
  now: Date,
): void {
  const result = db
    .update(sessions)
    .set({ confirmedAt: now })
    .where(whereTenant(sessions.tenantId, session.tenantId, eq(sessions.id, session.sessionId)))
    .run();

  expectOneRowChanged(result);
}

/**
 * Ends the user's sessions except the one making the change: after an MFA change, a token
 * stolen earlier must not outlive it, while the seller stays signed in where they are.
 */
export function revokeOtherSessions(
  db: Db,
  session: { tenantId: string; userId: string; sessionId: string },
  now: Date,
): void {
  db.update(sessions)
    .set({ revokedAt: now })
    .where(
      whereTenant(
        sessions.tenantId,
        session.tenantId,
        and(
          eq(sessions.userId, session.userId),
          ne(sessions.id, session.sessionId),
          isNull(sessions.revokedAt),
        ),
      ),
    )
    .run();
}

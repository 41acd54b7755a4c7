import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { SignupRequest } from '../../shared/api/auth.ts';
import { AppError } from '../../shared/errors.ts';
import { recordAuditEvent } from '../audit/audit-log.ts';
import { generateTenantSalt } from '../crypto/tenant-keys.ts';
import type { Db } from '../db/connection.ts';
import { tenants, users } from '../db/schema.ts';
import { hashPassword } from './passwords.ts';
import { createSession, type NewSession } from './sessions.ts';

/** Creates a tenant with its owner in one transaction and signs the owner in. */
export async function signUp(
  db: Db,
  input: SignupRequest,
  facts: { requestId: string; now: Date },
): Promise<NewSession> {
  refuseTakenEmail(db, input.email);

  const passwordHash = await hashPassword(input.password);
  const tenantId = randomUUID();
  const userId = randomUUID();

  try {
    db.transaction((tx) => {
      tx.insert(tenants)
        .values({ id: tenantId, companyName: input.companyName, keySalt: generateTenantSalt() })
        .run();
      tx.insert(users)
        .values({ id: userId, tenantId, email: input.email, passwordHash, role: 'owner' })
        .run();
    });
  } catch (error) {
    // Another sign-up for the same email won the race while this password was hashing.
    if (isUniqueViolation(error)) {
      throw new AppError('EMAIL_TAKEN');
    }

    throw error;
  }

  recordAuditEvent(db, { tenantId, userId, type: 'auth.signup', ...facts });

  return createSession(db, { tenantId, userId, now: facts.now, isConfirmed: true });
}

function refuseTakenEmail(db: Db, email: string): void {
  const existing = db.select({ id: users.id }).from(users).where(eq(users.email, email)).get();

  if (existing) {
    throw new AppError('EMAIL_TAKEN');
  }
}

/** better-sqlite3's constraint error, whether or not drizzle wrapped it as the cause. */
function isUniqueViolation(error: unknown): boolean {
  const candidates = [error, (error as { cause?: unknown } | null)?.cause];

  return candidates.some(
    (candidate) => (candidate as { code?: unknown } | null)?.code === 'SQLITE_CONSTRAINT_UNIQUE',
  );
}

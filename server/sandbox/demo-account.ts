import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { hashPassword } from '../auth/passwords.ts';
import type { Db } from '../db/connection.ts';
import { tenants, users } from '../db/schema.ts';

export interface DemoSignIn {
  email: string;
  password: string;
}

export interface DemoAccount {
  signIn: DemoSignIn;
  tenantId: string;
  userId: string;
}

export const DEMO_EMAIL = 'demo@kayistra.test';
const DEMO_COMPANY = 'Demo Seller (sandbox)';
const SIGN_IN_FILE = 'sandbox-demo-sign-in.json';

/**
 * Seeds the sandbox's demo tenant and owner once, and returns the sign-in to print. The
 * password is random per data directory (kept beside the database, owner-readable only), so
 * a sandbox reachable from elsewhere is not open with a password everyone knows.
 */
export async function seedDemoAccount(db: Db, dataDir: string): Promise<DemoAccount> {
  const signIn = loadOrCreateSignIn(dataDir);
  const existing = db
    .select({ userId: users.id, tenantId: users.tenantId })
    .from(users)
    .where(eq(users.email, DEMO_EMAIL))
    .get();

  if (existing) {
    return { signIn, ...existing };
  }

  const tenantId = randomUUID();
  const userId = randomUUID();
  const passwordHash = await hashPassword(signIn.password);

  db.transaction((tx) => {
    tx.insert(tenants)
      .values({ id: tenantId, companyName: DEMO_COMPANY, keySalt: randomBytes(32) })
      .run();
    tx.insert(users)
      .values({ id: userId, tenantId, email: DEMO_EMAIL, passwordHash, role: 'owner' })
      .run();
  });

  return { signIn, tenantId, userId };
}

function loadOrCreateSignIn(dataDir: string): DemoSignIn {
  const path = join(dataDir, SIGN_IN_FILE);

  if (existsSync(path)) {
    return JSON.parse(readFileSync(path, 'utf8')) as DemoSignIn;
  }

  const signIn = { email: DEMO_EMAIL, password: `demo-${randomBytes(9).toString('base64url')}` };

  writeFileSync(path, JSON.stringify(signIn), { mode: 0o600 });

  return signIn;
}

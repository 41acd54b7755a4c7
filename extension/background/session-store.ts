import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import type { SessionState } from '../api/messages.ts';
import { announceSessionChange } from './session-broadcast.ts';

// The seller's session: the bearer token, when it expires and whose tenant it is. No email, no
// name: nothing personal is ever written to the browser's disk. Only the background reads this.
const StoredSessionSchema = z.object({
  token: z.string().min(1),
  expiresAt: z.iso.datetime(),
  tenantId: z.string().min(1),
});

export type StoredSession = z.infer<typeof StoredSessionSchema>;

const sessionItem = storage.defineItem<unknown>('local:session', { fallback: null });

// An expired or unreadable session (an older extension's format) counts as signed out. It is
// removed so that it cannot linger on disk, and open pages hear that nobody is signed in.
export async function readSession(now = new Date()): Promise<StoredSession | undefined> {
  const unverifiedSession = await sessionItem.getValue();
  const stored = StoredSessionSchema.safeParse(unverifiedSession);
  if (stored.success && new Date(stored.data.expiresAt) > now) {
    return stored.data;
  }

  if (unverifiedSession !== null) {
    await sessionItem.removeValue();
    await announceSessionChange(null);
  }

  return undefined;
}

export async function saveSession(session: StoredSession): Promise<void> {
  await sessionItem.setValue(StoredSessionSchema.parse(session));
}

// Removes the session, and says whether there was one to remove. Given a token, only that session
// goes: a 401 for a request sent with an old token must not sign out the one that replaced it.
export async function clearSession(token?: string): Promise<boolean> {
  const current = StoredSessionSchema.safeParse(await sessionItem.getValue());
  if (token !== undefined && current.data?.token !== token) {
    return false;
  }

  await sessionItem.removeValue();

  return current.success;
}

export function toSessionState(session: StoredSession | undefined): SessionState {
  return session ? { tenantId: session.tenantId, expiresAt: session.expiresAt } : null;
}

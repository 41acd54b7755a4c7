import type { SyncKind } from '../db/schema.ts';
import type { AmazonRegion } from '../net/remote-hosts.ts';

export const SYNC_KINDS_IN_ORDER: readonly SyncKind[] = ['orders', 'inventory'];

export function syncJobKind(kind: SyncKind): string {
  return `sync-${kind}`;
}

/**
 * The dedupe key of a sync's jobs and the name of its schedule. While one job with the key is
 * queued or running, "sync now" and the scheduler join it instead of starting another.
 */
export function syncJobKey(kind: SyncKind, tenantId: string, region: AmazonRegion): string {
  return `${syncJobKind(kind)}:${tenantId}:${region}`;
}

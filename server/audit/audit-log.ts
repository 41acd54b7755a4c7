import { and, desc, eq, lt } from 'drizzle-orm';
import type { Db } from '../db/connection.ts';
import { auditEvents } from '../db/schema.ts';

/** Every kind of event we record. Details carry ids, counts and outcomes: never PII. */
export type AuditEventType =
  | 'auth.sign_in'
  | 'auth.sign_in_failed'
  | 'auth.locked'
  | 'auth.sign_out'
  | 'auth.signup'
  | 'auth.password_changed'
  | 'account.corrected'
  | 'mfa.enabled'
  | 'mfa.disabled'
  | 'tenant.security_changed'
  | 'amazon.connected'
  | 'amazon.disconnected'
  | 'amazon.needs_reauthorization'
  | 'amazon.authorization_failed'
  | 'shipentegra.credentials_saved'
  | 'shipentegra.credentials_rejected'
  | 'shipentegra.credentials_removed'
  | 'pii.read'
  | 'label.purchased'
  | 'tenant.exported'
  | 'tenant.deleted'
  | 'pii.deleted'
  | 'retention.run';

export interface AuditEventInput {
  tenantId: string | null;
  userId?: string | null;
  type: AuditEventType;
  details?: Record<string, string | number | boolean | null>;
  requestId?: string;
  now?: Date;
}

export function recordAuditEvent(db: Db, event: AuditEventInput): void {
  db.insert(auditEvents)
    .values({
      tenantId: event.tenantId,
      userId: event.userId ?? null,
      type: event.type,
      details: event.details ?? {},
      requestId: event.requestId ?? null,
      createdAt: event.now ?? new Date(),
    })
    .run();
}

/** The tenant's events, newest first, paged by id (`before` = the last id seen). */
export function listAuditEvents(
  db: Db,
  tenantId: string,
  page: { before?: number; limit: number },
) {
  return db
    .select()
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.tenantId, tenantId),
        page.before === undefined ? undefined : lt(auditEvents.id, page.before),
      ),
    )
    .orderBy(desc(auditEvents.id))
    .limit(page.limit)
    .all();
}

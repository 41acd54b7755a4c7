import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { AppError } from '../../shared/errors.ts';
import type { Db } from '../db/connection.ts';
import type { AppEnv } from '../http/app-env.ts';
import { findActiveSession } from './sessions.ts';

const BEARER = /^Bearer ([A-Za-z0-9_-]{43})$/;

/**
 * Resolves the bearer token to a session and puts it on the context as `auth`: the one place
 * a request's tenant comes from. Missing, malformed, expired and revoked tokens all answer the
 * same 401, so the answer tells an attacker nothing about which it was.
 */
export function requireAuth(db: Db, now: () => Date = () => new Date()) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const token = c.req.header('Authorization')?.match(BEARER)?.[1];
    const session = token ? findActiveSession(db, token, now()) : undefined;

    if (!session) {
      throw new AppError('UNAUTHENTICATED');
    }

    c.set('auth', session);
    c.set('logger', c.get('logger').child({ tenantId: session.tenantId, userId: session.userId }));

    await next();
  });
}

/** Only the tenant's owner (audit log, export, tenant deletion). */
export function requireOwner() {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (c.get('auth').role !== 'owner') {
      throw new AppError('FORBIDDEN');
    }

    await next();
  });
}

/** The authenticated session; only valid behind `requireAuth`. */
export function authOf(c: Context<AppEnv>) {
  return c.get('auth');
}

import type { AuthenticatedSession } from '../auth/sessions.ts';
import type { Logger } from '../logger.ts';

/** What middleware puts on the request context for handlers and the error handler. */
export interface AppEnv {
  Variables: {
    requestId: string;
    logger: Logger;
    /** Set only by `requireAuth`, from the session token; never from a body, query or header. */
    auth: AuthenticatedSession;
  };
}

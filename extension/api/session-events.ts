import { z } from 'zod';
import { SessionStateSchema } from './messages.ts';

// The one message the background sends to extension pages: the session changed (sign-in,
// sign-out, or a 401 that signed the extension out).
export const SessionChangedEventSchema = z.object({
  type: z.literal('SESSION_CHANGED'),
  session: SessionStateSchema,
});

export type SessionChangedEvent = z.infer<typeof SessionChangedEventSchema>;

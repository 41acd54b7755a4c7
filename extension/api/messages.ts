import { z } from 'zod';
import type { Health } from '../../shared/api/health.ts';
import type { ErrorCode } from '../../shared/errors.ts';

// Messages from content scripts, the popup and options to the background, which alone talks to
// the server. The background validates every message against this schema before acting on it.
export const ExtensionRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('GET_HEALTH') }),
]);

export type ExtensionRequest = z.infer<typeof ExtensionRequestSchema>;
export type ExtensionRequestType = ExtensionRequest['type'];

export interface ServerHealth extends Health {
  serverUrl: string;
}

export interface ExtensionReplies {
  GET_HEALTH: ServerHealth;
}

// Server error codes pass through unchanged; these are the ones only the extension produces.
export type ExtensionErrorCode =
  | ErrorCode
  | 'SERVER_UNREACHABLE'
  | 'BAD_SERVER_RESPONSE'
  | 'BAD_MESSAGE'
  | 'NO_BACKGROUND';

export interface ExtensionFailure {
  code: ExtensionErrorCode;
  message: string;
}

export type MessageResult<T> = { ok: true; data: T } | { ok: false; error: ExtensionFailure };

import type { ZodType } from 'zod';
import { ExtensionError } from '../api/extension-error.ts';
import { toServerError, toUnreadableAnswerError } from './server-error.ts';
import { fetchFromServer, type ServerResponse } from './server-fetch.ts';
import { announceSessionChange } from './session-broadcast.ts';
import { clearSession, readSession } from './session-store.ts';

export interface ServerRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  // `Idempotency-Key`, or an `Accept` other than JSON; never the body's type or the token.
  headers?: Record<string, string>;
  // For the few calls that do long work before answering; 15 s otherwise.
  timeoutMs?: number;
}

export interface ServerCall<T> extends ServerRequest {
  // How to read a successful answer; a 204 is read as null, so `z.null()` expects one.
  schema: ZodType<T>;
}

export async function readServerAnswer<T>(
  response: Response,
  serverUrl: string,
  schema: ZodType<T>,
) {
  const unverifiedBody: unknown =
    response.status === 204 ? null : await response.json().catch(() => undefined);
  const body = schema.safeParse(unverifiedBody);
  if (!body.success) {
    throw toUnreadableAnswerError(serverUrl);
  }

  return body.data;
}

function send(path: string, call: ServerRequest, token?: string) {
  const headers: Record<string, string> = { Accept: 'application/json', ...call.headers };
  if (call.body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }

  if (token) {
    headers.Authorization = `Bearer ${token}`;
  }

  const body = call.body === undefined ? undefined : JSON.stringify(call.body);

  return fetchFromServer(path, { method: call.method ?? 'GET', headers, body }, call.timeoutMs);
}

// A call that needs no session: sign-in. A 401 here is a wrong password, not a lost session.
export async function callServerAnonymously<T>(path: string, call: ServerCall<T>): Promise<T> {
  const { response, serverUrl } = await send(path, call);
  if (!response.ok) {
    throw await toServerError(response, serverUrl);
  }

  return readServerAnswer(response, serverUrl, call.schema);
}

// A request as the signed-in seller, with the stored token or (while signing in) a new one. A 401
// means the server no longer honours the token (expired, revoked, signed out elsewhere): the
// extension signs out everywhere, so no page keeps showing data it may no longer see.
//
// The response comes back whatever its status, for answers that are not plain JSON (a label
// file) or whose refusals carry data (a 409 with the order's live shipment).
export async function sendAsSeller(
  path: string,
  request: ServerRequest,
  token?: string,
): Promise<ServerResponse> {
  const sessionToken = token ?? (await readSession())?.token;
  if (!sessionToken) {
    throw new ExtensionError({
      code: 'SIGNED_OUT',
      message: "Sign in to Kayistra on the extension's settings page.",
    });
  }

  const answer = await send(path, request, sessionToken);
  if ((await isSessionLost(answer.response)) && (await clearSession(sessionToken))) {
    await announceSessionChange(null);
  }

  return answer;
}

// The server answers a mistyped code or password (turning two-factor on or off, confirming a
// purchase) with 401 too. That is the seller's typo, not a lost session: signing the extension
// out for it would throw away the form they are filling in.
const MISTYPED_SECRET_CODES: ReadonlySet<string> = new Set([
  'INVALID_MFA_CODE',
  'MFA_CODE_REQUIRED',
  'INVALID_CREDENTIALS',
]);

async function isSessionLost(response: Response): Promise<boolean> {
  if (response.status !== 401) {
    return false;
  }

  const unverifiedBody: unknown = await response
    .clone()
    .json()
    .catch(() => undefined);
  const code = (unverifiedBody as { error?: { code?: unknown } } | undefined)?.error?.code;

  return typeof code !== 'string' || !MISTYPED_SECRET_CODES.has(code);
}

// A JSON call as the signed-in seller: the answer read with `call.schema`, any failure thrown.
export async function callServerAsSeller<T>(
  path: string,
  call: ServerCall<T>,
  token?: string,
): Promise<T> {
  const { response, serverUrl } = await sendAsSeller(path, call, token);
  if (!response.ok) {
    throw await toServerError(response, serverUrl);
  }

  return readServerAnswer(response, serverUrl, call.schema);
}

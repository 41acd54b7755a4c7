import { z } from 'zod';
import { ExtensionError } from '../api/extension-error.ts';
import { type ExtensionFailure, isServerErrorCode } from '../api/extension-failure.ts';

// The server's error body, read loosely: a newer server may send codes this extension does not
// know yet, and its message is still the best thing to show the seller.
const ErrorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});

function readRetryAfter(response: Response): number | undefined {
  const seconds = Number(response.headers.get('Retry-After') ?? Number.NaN);

  return Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}

// Turns a failed response into the error the UI shows, code and message passed through.
export async function toServerError(
  response: Response,
  serverUrl: string,
): Promise<ExtensionError> {
  const unverifiedBody: unknown = await response.json().catch(() => undefined);
  const body = ErrorBodySchema.safeParse(unverifiedBody);
  if (!body.success) {
    return new ExtensionError({
      code: 'BAD_SERVER_RESPONSE',
      message: `${serverUrl} answered ${response.status} without a Kayistra error. Check the server URL.`,
    });
  }

  const { code, message, fields } = body.data.error;
  const retryAfterSeconds = readRetryAfter(response);
  const failure: ExtensionFailure = {
    code: isServerErrorCode(code) ? code : 'SERVER_ERROR',
    message,
    ...(fields ? { fields } : {}),
    ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
  };

  return new ExtensionError(failure);
}

export function toUnreadableAnswerError(serverUrl: string): ExtensionError {
  return new ExtensionError({
    code: 'BAD_SERVER_RESPONSE',
    message: `The answer from ${serverUrl} was not understood. The server and the extension may be on different versions.`,
  });
}

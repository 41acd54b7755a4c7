import { ExtensionError } from '../api/extension-error.ts';
import { serverUrlItem } from '../settings/settings-items.ts';

export const REQUEST_TIMEOUT_MS = 15_000;

export interface ServerResponse {
  response: Response;
  serverUrl: string;
}

// An id or SKU of `.` or `..` survives encodeURIComponent unchanged and is resolved away
// by the URL parser, so `/api/orders/../x` would reach `/api/x` with the seller's token: a path
// the parser rewrites is refused before anything is sent.
function resolveExactly(path: string, serverUrl: string): URL {
  const url = new URL(path, serverUrl);
  if (url.pathname !== path.split('?')[0]) {
    throw new ExtensionError({
      code: 'BAD_MESSAGE',
      message: 'That id cannot be looked up on the Kayistra server.',
    });
  }

  return url;
}

// Every call to our server goes through here, from the background only: content scripts run
// beside Seller Central's page and never hold the token or talk to the server themselves.
export async function fetchFromServer(
  path: string,
  init: RequestInit = {},
  timeoutMs = REQUEST_TIMEOUT_MS,
): Promise<ServerResponse> {
  const serverUrl = await serverUrlItem.getValue();
  const url = resolveExactly(path, serverUrl);

  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    return { response, serverUrl };
  } catch {
    throw new ExtensionError({
      code: 'SERVER_UNREACHABLE',
      message: `The Kayistra server at ${serverUrl} cannot be reached. Check the server URL in the extension's options.`,
    });
  }
}

import { ExtensionError } from '../api/extension-error.ts';
import { serverUrlItem } from '../settings/settings-items.ts';

const REQUEST_TIMEOUT_MS = 15_000;

export interface ServerResponse {
  response: Response;
  serverUrl: string;
}

// Every call to our server goes through here, from the background only: content scripts run
// beside Seller Central's page and never hold the token or talk to the server themselves.
export async function fetchFromServer(
  path: string,
  init: RequestInit = {},
): Promise<ServerResponse> {
  const serverUrl = await serverUrlItem.getValue();
  const url = new URL(path, serverUrl);

  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    return { response, serverUrl };
  } catch {
    throw new ExtensionError({
      code: 'SERVER_UNREACHABLE',
      message: `The Kayistra server at ${serverUrl} cannot be reached. Check the server URL in the extension's options.`,
    });
  }
}

import { HealthSchema } from '../../shared/api/health.ts';
import { ExtensionError } from '../api/extension-error.ts';
import type { ServerHealth } from '../api/messages.ts';
import { fetchFromServer } from './server-fetch.ts';

// A restarting server answers 503 with the same body, so the body decides, not the status.
export async function getHealth(): Promise<ServerHealth> {
  const { response, serverUrl } = await fetchFromServer('/api/health');
  const unverifiedBody: unknown = await response.json().catch(() => undefined);
  const body = HealthSchema.safeParse(unverifiedBody);

  if (!body.success) {
    throw new ExtensionError({
      code: 'BAD_SERVER_RESPONSE',
      message: `${serverUrl} answered, but it is not a Kayistra server. Check the server URL.`,
    });
  }

  return { ...body.data, serverUrl };
}

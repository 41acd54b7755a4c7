import { readFileSync } from 'node:fs';
import type { Agent } from 'node:https';
import { type Config, ConfigError } from '../config.ts';
import { createDialingAgent } from './dialing-agent.ts';

/** The real hosts our clients name; endpoint overrides change where they dial, not the name. */
export const LWA_HOST = 'api.amazon.com';
export const SPAPI_HOSTS = {
  na: 'sellingpartnerapi-na.amazon.com',
  eu: 'sellingpartnerapi-eu.amazon.com',
  fe: 'sellingpartnerapi-fe.amazon.com',
} as const;
export const SHIPENTEGRA_HOST = 'publicapi.shipentegra.com';

export type AmazonRegion = keyof typeof SPAPI_HOSTS;

export interface RemoteAgents {
  /** For the `amazon-sp-api` client: LWA token calls and SP-API calls of every region. */
  amazon: Agent;
  shipentegra: Agent;
}

/**
 * One agent per remote service. Live mode with no overrides dials the real hosts; the sandbox,
 * tests and Amazon's own sandbox set the endpoint overrides, and everything else is the same.
 */
export function createRemoteAgents(
  endpoints: Config['endpoints'],
  extraCa: string | undefined,
): RemoteAgents {
  const amazonRoutes: Record<string, string | undefined> = { [LWA_HOST]: endpoints.lwa };

  for (const host of Object.values(SPAPI_HOSTS)) {
    amazonRoutes[host] = endpoints.spapi;
    amazonRoutes[`sandbox.${host}`] = endpoints.spapi;
  }

  return {
    amazon: createDialingAgent({ routes: amazonRoutes, extraCa }),
    shipentegra: createDialingAgent({
      routes: { [SHIPENTEGRA_HOST]: endpoints.shipentegra },
      extraCa,
    }),
  };
}

/** Reads `KAYISTRA_EXTRA_CA`; a missing file is a start-up error naming the variable. */
export function readExtraCa(path: string | undefined): string | undefined {
  if (!path) {
    return undefined;
  }

  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new ConfigError([
      `KAYISTRA_EXTRA_CA must name a readable PEM file (cannot read ${path})`,
    ]);
  }
}

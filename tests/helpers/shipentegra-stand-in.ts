import type { Agent } from 'node:https';
import { expect } from 'vitest';
import { createDialingAgent } from '../../server/net/dialing-agent.ts';
import {
  type CertificateAuthority,
  createCertificateAuthority,
  generateCertificateAuthority,
} from '../../server/sandbox/certificate-authority.ts';
import {
  SHIPENTEGRA_DEMO_ACCOUNT,
  type ShipentegraStandIn,
  type ShipentegraStandInOptions,
  startShipentegraStandIn,
} from '../../server/sandbox/shipentegra/shipentegra-stand-in.ts';
import { ShipentegraTokenResponseSchema } from '../../server/shipentegra/contract.ts';
import { callShipentegra, type ShipentegraCall } from './shipentegra-https.ts';

export interface ShipentegraHarness {
  standIn: ShipentegraStandIn;
  ca: CertificateAuthority;
  agent: Agent;
  call(call: ShipentegraCall): ReturnType<typeof callShipentegra>;
  /** A fresh token for the demo account (or the given one). */
  signIn(account?: { clientId: string; clientSecret: string }): Promise<string>;
  close(): Promise<void>;
}

let sharedCa: CertificateAuthority | undefined;

// Generating a CA costs a key pair: one per test file is plenty.
function testCertificateAuthority(): CertificateAuthority {
  sharedCa ??= createCertificateAuthority(generateCertificateAuthority());

  return sharedCa;
}

/** Starts a stand-in and an agent that dials it for `publicapi.shipentegra.com`. */
export async function startShipentegraHarness(
  options: Partial<ShipentegraStandInOptions> = {},
  { keepAlive = true } = {},
): Promise<ShipentegraHarness> {
  const ca = testCertificateAuthority();
  const standIn = await startShipentegraStandIn({ seed: 42, ...options, ca });
  // Fault tests turn keep-alive off, so a connection the stand-in killed is never reused.
  const agent = createDialingAgent({ dialOrigin: standIn.origin, extraCa: ca.cert, keepAlive });
  const call = (request: ShipentegraCall) => callShipentegra(agent, request);

  return {
    standIn,
    ca,
    agent,
    call,
    async signIn(account = SHIPENTEGRA_DEMO_ACCOUNT) {
      const response = await call({
        method: 'POST',
        path: '/v1/auth/token',
        body: { clientId: account.clientId, clientSecret: account.clientSecret },
      });
      expect(response.status).toBe(200);

      return ShipentegraTokenResponseSchema.parse(response.json).data.accessToken;
    },
    async close() {
      agent.destroy();
      await standIn.close();
    },
  };
}

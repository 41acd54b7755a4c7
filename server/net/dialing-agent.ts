import { Agent, type AgentOptions } from 'node:https';
import type { Duplex } from 'node:stream';
import { type ConnectionOptions, connect, rootCertificates } from 'node:tls';

export interface DialingAgentOptions {
  /** `https://host:port` to dial instead of the request's own host; none dials it as usual. */
  dialOrigin?: string;
  /** Extra PEM CA trusted besides the system roots (the sandbox CA, or a corporate proxy's). */
  extraCa?: string;
  keepAlive?: boolean;
}

/**
 * An `https.Agent` that opens its TCP connections to `dialOrigin` while TLS still checks the
 * certificate against the request's real host name. The `amazon-sp-api` client hard-codes
 * Amazon's hosts; handing it this agent is how the stand-ins, tests and Amazon's sandbox
 * reach the very code path that live mode uses.
 */
export function createDialingAgent(options: DialingAgentOptions): Agent {
  const dial = options.dialOrigin ? new URL(options.dialOrigin) : undefined;
  // Adding a CA must not drop the system roots, which `ca` alone would replace.
  const ca = options.extraCa ? [...rootCertificates, options.extraCa] : undefined;
  const agentOptions: AgentOptions = { keepAlive: options.keepAlive ?? true, ca };
  const agent = new Agent(agentOptions);

  if (dial) {
    agent.createConnection = (connectionOptions: ConnectionOptions): Duplex => {
      return connect({
        ...connectionOptions,
        host: dial.hostname,
        port: Number(dial.port || 443),
        // Verify against the host the client asked for, not the address we dialled.
        servername: connectionOptions.servername ?? connectionOptions.host ?? undefined,
        ca,
      });
    };
  }

  return agent;
}

import { Agent, type AgentOptions } from 'node:https';
import type { Duplex } from 'node:stream';
import { type ConnectionOptions, connect, rootCertificates } from 'node:tls';

export interface DialingAgentOptions {
  /** `https://host:port` to dial for every request, whatever its host. */
  dialOrigin?: string;
  /** Per real host name, the `https://host:port` to dial instead; other hosts dial as usual. */
  routes?: Readonly<Record<string, string | undefined>>;
  /** Extra PEM CA trusted besides the system roots (the sandbox CA, or a corporate proxy's). */
  extraCa?: string;
  keepAlive?: boolean;
}

/**
 * An `https.Agent` that opens its TCP connections to an override origin while TLS still checks
 * the certificate against the request's real host name. The `amazon-sp-api` client hard-codes
 * Amazon's hosts; handing it this agent is how the stand-ins, tests and Amazon's sandbox
 * reach the very code path that live mode uses.
 */
export function createDialingAgent(options: DialingAgentOptions): Agent {
  // Adding a CA must not drop the system roots, which `ca` alone would replace.
  const ca = options.extraCa ? [...rootCertificates, options.extraCa] : undefined;
  const agentOptions: AgentOptions = { keepAlive: options.keepAlive ?? true, ca };
  const agent = new Agent(agentOptions);

  if (!options.dialOrigin && !options.routes) {
    return agent;
  }

  agent.createConnection = (connectionOptions: ConnectionOptions): Duplex => {
    const realHost = connectionOptions.servername || connectionOptions.host || '';
    const override = options.routes?.[realHost] ?? options.dialOrigin;
    const dial = override ? new URL(override) : undefined;

    return connect({
      ...connectionOptions,
      host: dial?.hostname ?? connectionOptions.host,
      port: dial ? Number(dial.port || 443) : connectionOptions.port,
      // Verify against the host the client asked for, not the address we dialled.
      servername: realHost,
      ca,
    });
  };

  return agent;
}

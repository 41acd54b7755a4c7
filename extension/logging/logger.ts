// The extension's logger: warnings and errors always reach the console; debug and info only when
// the seller turns on debug logging in options, so Seller Central's console stays quiet.
// Callers pass ids and counts, never tokens, addresses, buyer names or e-mails.
export interface Logger {
  debug(message: string, details?: unknown): void;
  info(message: string, details?: unknown): void;
  warn(message: string, details?: unknown): void;
  error(message: string, details?: unknown): void;
  child(scope: string): Logger;
}

export type LogSink = Pick<Console, 'debug' | 'info' | 'warn' | 'error'>;

export interface LoggerOptions {
  scope: string;
  isDebugEnabled: () => boolean;
  sink?: LogSink;
}

export function createLogger({ scope, isDebugEnabled, sink = console }: LoggerOptions): Logger {
  const prefix = `[Kayistra:${scope}]`;
  const write = (level: keyof LogSink, message: string, details: unknown) => {
    if (details === undefined) {
      sink[level](prefix, message);
    } else {
      sink[level](prefix, message, details);
    }
  };

  return {
    debug(message, details) {
      if (isDebugEnabled()) {
        write('debug', message, details);
      }
    },

    info(message, details) {
      if (isDebugEnabled()) {
        write('info', message, details);
      }
    },

    warn: (message, details) => write('warn', message, details),
    error: (message, details) => write('error', message, details),
    child: (childScope) => createLogger({ scope: `${scope}:${childScope}`, isDebugEnabled, sink }),
  };
}

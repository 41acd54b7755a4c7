import { type Logger, pino } from 'pino';

export type { Logger };

/**
 * Field names that may carry secrets or buyer PII. Code must never log them (messages carry
 * ids and counts); redaction is the second line of defence if one slips through.
 */
const SENSITIVE_KEYS = [
  'password',
  'newPassword',
  'currentPassword',
  'token',
  'accessToken',
  'access_token',
  'refreshToken',
  'refresh_token',
  'clientSecret',
  'client_secret',
  'secret',
  'totp',
  'code',
  'spapi_oauth_code',
  'authorization',
  'cookie',
  'email',
  'phone',
  'buyerName',
  'buyerEmail',
  'recipient',
  'deliveryAddress',
  'shippingAddress',
  'address',
  'addressLine1',
  'addressLine2',
  'addressLine3',
  'postalCode',
];

/** Redaction paths for the keys at the top level and up to two levels deep. */
export const REDACTED_PATHS = SENSITIVE_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]);

export interface LoggerOptions {
  level: string;
  pretty: boolean;
  destination?: pino.DestinationStream;
}

export function createLogger(options: LoggerOptions): Logger {
  const base = {
    level: options.level,
    base: undefined,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
  };

  if (options.destination) {
    return pino(base, options.destination);
  }

  if (options.pretty) {
    return pino({ ...base, transport: { target: 'pino-pretty', options: { colorize: true } } });
  }

  return pino(base);
}

/** Why a sealed value could not be read or written. */
export type SealedValueFailure = 'UNKNOWN_KEY_ID' | 'MALFORMED' | 'AUTHENTICATION_FAILED';

const MESSAGES: Record<SealedValueFailure, string> = {
  UNKNOWN_KEY_ID: 'the sealed value names a master key that is not in the key ring',
  MALFORMED: 'the sealed value is not in a format this version can read',
  AUTHENTICATION_FAILED:
    'the sealed value failed authentication: it was altered, or belongs to another tenant, ' +
    'row, column or salt',
};

/**
 * Thrown by sealing and opening. Messages are fixed text plus, at most, the key id (not a
 * secret): never the input, which might be plaintext stored by mistake, nor any key bytes.
 */
export class SealedValueError extends Error {
  readonly reason: SealedValueFailure;
  readonly keyId?: string;

  constructor(reason: SealedValueFailure, options: { keyId?: string; detail?: string } = {}) {
    const keyPart = options.keyId === undefined ? '' : ` (key id "${options.keyId}")`;
    const detailPart = options.detail === undefined ? '' : `: ${options.detail}`;

    super(`${MESSAGES[reason]}${keyPart}${detailPart}`);
    this.name = 'SealedValueError';
    this.reason = reason;
    this.keyId = options.keyId;
  }
}

/** Shortest password we accept (Amazon's DPP asks for at least 12 characters). */
export const MIN_PASSWORD_LENGTH = 12;

/** Longest password we accept: scrypt's cost grows with input, so unbounded input is a DoS. */
export const MAX_PASSWORD_LENGTH = 256;

// The commonest leaked passwords that are long enough to pass the length rule. Guessing
// attacks try these first, so they must never be anyone's password here.
const COMMON_PASSWORDS = new Set([
  '123456789012',
  '1234567890123',
  '12345678901234',
  '123456789123',
  '111111111111',
  '000000000000',
  'password1234',
  'password12345',
  'password123!',
  'passwordpassword',
  'qwertyuiop12',
  'qwertyuiopas',
  'qwerty123456',
  '1q2w3e4r5t6y',
  'iloveyou1234',
  'abcdefghijkl',
  'abc123456789',
  'administrator',
  'welcome12345',
  'letmein12345',
  'changeme1234',
  'kayistra1234',
  'amazon123456',
  'sifre1234567',
  'parola123456',
]);

// Fewer distinct characters than this ("aaaaaaaaaaaa", "abababababab") is trivially guessable.
const MIN_DISTINCT_CHARACTERS = 5;

/**
 * Why a password of acceptable length is still too weak, or undefined when it is fine. The
 * reason never repeats the password, so it is safe to show and to log.
 */
export function findPasswordWeakness(password: string, email?: string): string | undefined {
  const lowered = password.toLowerCase();

  if (COMMON_PASSWORDS.has(lowered)) {
    return 'This password is one of the most common ones. Choose another.';
  }

  if (new Set(lowered).size < MIN_DISTINCT_CHARACTERS) {
    return 'This password repeats too few characters. Choose another.';
  }

  const normalisedEmail = email?.trim().toLowerCase();
  const localPart = normalisedEmail?.split('@')[0];

  if (normalisedEmail && (lowered === normalisedEmail || lowered === localPart)) {
    return 'The password must not be your email address.';
  }

  return undefined;
}

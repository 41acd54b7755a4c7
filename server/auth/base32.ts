// RFC 4648 base32, the encoding authenticator apps expect for TOTP secrets.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Unpadded base32; authenticator apps accept it and it keeps the otpauth URI clean. */
export function encodeBase32(bytes: Buffer): string {
  let output = '';
  let buffered = 0;
  let bitCount = 0;

  for (const byte of bytes) {
    buffered = (buffered << 8) | byte;
    bitCount += 8;

    while (bitCount >= 5) {
      output += ALPHABET[(buffered >>> (bitCount - 5)) & 31];
      bitCount -= 5;
    }
  }

  if (bitCount > 0) {
    output += ALPHABET[(buffered << (5 - bitCount)) & 31];
  }

  return output;
}

/** Decodes base32, ignoring case, spaces and padding; throws on any other character. */
export function decodeBase32(text: string): Buffer {
  const cleaned = text.toUpperCase().replace(/[\s=]/g, '');
  const bytes: number[] = [];
  let buffered = 0;
  let bitCount = 0;

  for (const character of cleaned) {
    const value = ALPHABET.indexOf(character);

    if (value === -1) {
      throw new Error('not a base32 string');
    }

    buffered = ((buffered << 5) | value) & 0xffff;
    bitCount += 5;

    if (bitCount >= 8) {
      bytes.push((buffered >>> (bitCount - 8)) & 0xff);
      bitCount -= 8;
    }
  }

  return Buffer.from(bytes);
}

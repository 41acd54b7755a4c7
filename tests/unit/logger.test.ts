import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../server/logger.ts';

function captureLogger() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });

  return { logger: createLogger({ level: 'info', pretty: false, destination }), lines };
}

describe('logger redaction', () => {
  it('censors secrets and PII fields at any of the first three levels', () => {
    const { logger, lines } = captureLogger();

    logger.info(
      {
        refreshToken: 'Atzr|SECRET',
        order: { recipient: { name: 'Sandbox Buyer 7' }, id: '111-0000000-0000000' },
        call: { body: { email: 'buyer@example.com', clientSecret: 'shh' } },
      },
      'event',
    );

    const text = lines.join('');
    expect(text).not.toMatch(/Atzr\|SECRET|Sandbox Buyer 7|buyer@example\.com|shh/);
    expect(text).toContain('111-0000000-0000000');
    expect(text).toContain('[redacted]');
  });
});

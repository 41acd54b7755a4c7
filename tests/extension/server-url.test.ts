import { describe, expect, test } from 'vitest';
import { normalizeServerUrl } from '../../extension/settings/server-url.ts';

describe('server URL from options', () => {
  test.each([
    ['https://kayistra.example.com', 'https://kayistra.example.com'],
    [' https://kayistra.example.com/ ', 'https://kayistra.example.com'],
    ['https://kayistra.example.com:8443', 'https://kayistra.example.com:8443'],
    ['http://127.0.0.1:8787', 'http://127.0.0.1:8787'],
    ['http://localhost:8787/', 'http://localhost:8787'],
    ['http://[::1]:8787', 'http://[::1]:8787'],
  ])('accepts %j as %s', (input, expected) => {
    expect(normalizeServerUrl(input)).toBe(expected);
  });

  test.each([
    // Plain http over the network would hand the token to anyone on the path.
    'http://kayistra.example.com',
    'http://192.168.1.20:8787',
    'ftp://kayistra.example.com',
    'javascript:alert(1)',
    'https://user:secret@kayistra.example.com',
    'https://kayistra.example.com/api',
    'https://kayistra.example.com/?next=elsewhere',
    'https://kayistra.example.com/#x',
    'kayistra.example.com',
    '',
  ])('refuses %j', (input) => {
    expect(normalizeServerUrl(input)).toBeUndefined();
  });
});

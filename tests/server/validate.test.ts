import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { AppEnv } from '../../server/http/app-env.ts';
import { handleError } from '../../server/http/error-handler.ts';
import { readJsonBody, readQuery } from '../../server/http/validate.ts';

const BodySchema = z.object({
  email: z.email(),
  sender: z.object({ postalCode: z.string().min(3) }),
});

function createProbeApp() {
  const app = new Hono<AppEnv>()
    .post('/body', async (c) => c.json(await readJsonBody(c, BodySchema)))
    .get('/query', (c) =>
      c.json(readQuery(c, z.object({ limit: z.coerce.number().int().max(100) }))),
    );

  app.onError(handleError);

  return app;
}

describe('input validation', () => {
  it('names every bad field without echoing the value', async () => {
    const response = await createProbeApp().request('/body', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'not-an-email-SECRETVALUE', sender: { postalCode: '1' } }),
    });
    const body = await response.json();

    expect(response.status).toBe(400);
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.fields.map((field: { path: string }) => field.path)).toEqual([
      'email',
      'sender.postalCode',
    ]);
    expect(JSON.stringify(body)).not.toContain('SECRETVALUE');
  });

  it('refuses a body that is not JSON with 415, and broken JSON with 400', async () => {
    const app = createProbeApp();
    const form = await app.request('/body', { method: 'POST', body: 'email=x' });
    const broken = await app.request('/body', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"email":',
    });

    expect(form.status).toBe(415);
    expect(broken.status).toBe(400);
    expect((await broken.json()).error.code).toBe('BAD_REQUEST');
  });

  it('validates the query string', async () => {
    const app = createProbeApp();

    expect(await (await app.request('/query?limit=5')).json()).toEqual({ limit: 5 });
    expect((await app.request('/query?limit=500')).status).toBe(400);
  });
});

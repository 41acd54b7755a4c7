import { Hono } from 'hono';
import type { Health, RunMode } from '../../shared/api/health.ts';
import type { AppEnv } from '../http/app-env.ts';

export interface HealthSource {
  version: string;
  mode: RunMode;
  isShuttingDown(): boolean;
}

export function healthRoutes(source: HealthSource) {
  return new Hono<AppEnv>().get('/', (c) => {
    const body: Health = {
      status: source.isShuttingDown() ? 'shutting_down' : 'ok',
      version: source.version,
      mode: source.mode,
    };

    return c.json(body, source.isShuttingDown() ? 503 : 200);
  });
}

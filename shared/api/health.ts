import { z } from 'zod';

export const RunModeSchema = z.enum(['sandbox', 'live']);
export type RunMode = z.infer<typeof RunModeSchema>;

export const HealthSchema = z.object({
  status: z.enum(['ok', 'shutting_down']),
  version: z.string(),
  mode: RunModeSchema,
});
export type Health = z.infer<typeof HealthSchema>;

import type { Context } from 'hono';
import type { z } from 'zod';
import { AppError, type FieldProblem } from '../../shared/errors.ts';

/**
 * Parses input with a shared schema, or throws VALIDATION_FAILED naming each bad field. The
 * messages are zod's descriptions of what was expected, never the value that was sent.
 */
export function parseInput<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
): z.infer<Schema> {
  const result = schema.safeParse(input);

  if (result.success) {
    return result.data;
  }

  const fields: FieldProblem[] = result.error.issues.map((issue) => ({
    path: issue.path.join('.') || '(body)',
    message: issue.message,
  }));
  const names = [...new Set(fields.map((field) => field.path))].join(', ');

  throw new AppError('VALIDATION_FAILED', { message: `Check these fields: ${names}.`, fields });
}

/** The JSON body, validated; a body that is not JSON is refused before any parsing. */
export async function readJsonBody<Schema extends z.ZodType>(
  c: Context,
  schema: Schema,
): Promise<z.infer<Schema>> {
  if (!c.req.header('Content-Type')?.toLowerCase().startsWith('application/json')) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE');
  }

  let body: unknown;

  try {
    body = await c.req.json();
  } catch {
    throw new AppError('BAD_REQUEST', { message: 'The request body is not valid JSON.' });
  }

  return parseInput(schema, body);
}

/** The query string, validated (repeated keys arrive as arrays). */
export function readQuery<Schema extends z.ZodType>(c: Context, schema: Schema): z.infer<Schema> {
  const query: Record<string, string | string[]> = {};

  for (const [key, values] of Object.entries(c.req.queries())) {
    query[key] = values.length === 1 ? (values[0] ?? '') : values;
  }

  return parseInput(schema, query);
}

import { getOperation } from './model-catalogue.ts';
import { type SpApiProblem, schemaCheckFor } from './schema-registry.ts';

/**
 * Everything wrong with a response body for an operation (`<api>:<operationId>` or a bare
 * id) and status, per Amazon's model; empty when it conforms. A status the model does not
 * list is itself a problem, and so is a body where the model declares none (204).
 */
export function validateSpApiResponse(
  operation: string,
  status: number | string,
  body: unknown,
): SpApiProblem[] {
  const resolved = getOperation(operation);
  const statusKey = String(status);
  const response = resolved.responses[statusKey] ?? resolved.responses.default;

  if (!response) {
    return [{ field: 'status', message: `${resolved.key} declares no response ${statusKey}` }];
  }

  if (!response.schema) {
    const isEmpty = body === undefined || body === null || body === '';
    return isEmpty ? [] : [{ field: 'body', message: `must be empty for status ${statusKey}` }];
  }

  const check = schemaCheckFor(
    resolved.api,
    `${resolved.operationId}:${statusKey}`,
    response.schema,
  );
  return check(body, 'body');
}

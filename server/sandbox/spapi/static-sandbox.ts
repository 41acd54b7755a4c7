import { isDeepStrictEqual } from 'node:util';
import type { JsonValue, SandboxCase } from './derive/derived-model.ts';
import type { OperationResult } from './operations/operation-context.ts';
import type { ParsedSpApiRequest } from './request-validator.ts';
import { invalidInput } from './sp-api-errors.ts';

/**
 * Amazon's static sandbox, as the `sandbox.` hosts serve it: a request whose parameters equal
 * those of one of the model's `x-amzn-api-sandbox` cases gets that case's canned answer. The
 * case naming the most parameters wins; a request matching none is refused.
 */
export function answerFromStaticSandbox(request: ParsedSpApiRequest): OperationResult {
  const cases = [...request.operation['x-amzn-api-sandbox']].sort(
    (left, right) => Object.keys(right.parameters).length - Object.keys(left.parameters).length,
  );
  const match = cases.find((candidate) => isMatch(candidate, request));

  if (!match) {
    throw invalidInput(
      'The sandbox has no static response for these parameters.',
      'Send the parameters of one of the x-amzn-api-sandbox cases of the model.',
    );
  }

  const status = Number(match.status);
  return status === 204 ? { status } : { status, body: match.response };
}

function isMatch(candidate: SandboxCase, request: ParsedSpApiRequest): boolean {
  const declared = new Set(request.operation.parameters.map((parameter) => parameter.name));

  return Object.entries(candidate.parameters).every(([name, expected]) => {
    // Names the model does not declare as path, query or header describe the body.
    const actual = declared.has(name)
      ? (request.path[name] ?? request.query[name] ?? request.headers[name])
      : request.body;

    return isSameValue(expected, actual);
  });
}

function isSameValue(expected: JsonValue, actual: unknown): boolean {
  if (Array.isArray(expected) && Array.isArray(actual)) {
    return (
      expected.length === actual.length &&
      expected.every((item, index) => isSameValue(item, actual[index]))
    );
  }

  if (typeof expected !== 'object' || expected === null) {
    return String(expected) === String(actual);
  }

  return isDeepStrictEqual(expected, actual);
}

/**
 * The shape of `server/sandbox/spapi/models/*.json`: Amazon's Swagger 2.0 and OpenAPI 3
 * models reduced to what a machine needs (operations, parameters, schemas, sandbox cases),
 * with one layout for both formats so the validators never branch on the source format.
 */

export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

/** A JSON Schema (draft-07 subset) whose `$ref`s point at `#/definitions/<name>`. */
export type JsonSchema = JsonObject;

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type ParameterLocation = 'path' | 'query' | 'header';

/** How an array travels in a query string; Amazon's models use `csv` (the Swagger default). */
export type ArrayStyle = 'csv' | 'multi' | 'ssv' | 'tsv' | 'pipes';

export interface UsagePlan {
  /** Requests per second the bucket refills with. */
  rate: number;
  burst: number;
}

export interface DerivedParameter {
  name: string;
  in: ParameterLocation;
  required: boolean;
  arrayStyle?: ArrayStyle;
  schema: JsonSchema;
}

export interface DerivedResponse {
  /** Absent when the status carries no body (204). */
  schema?: JsonSchema;
  headers: string[];
}

/** One `x-amzn-api-sandbox.static` case: parameter values in, canned body out. */
export interface SandboxCase {
  status: string;
  parameters: Record<string, JsonValue>;
  response: JsonValue;
}

export interface DerivedOperation {
  operationId: string;
  method: HttpMethod;
  path: string;
  deprecated: boolean;
  'x-kayistra-usage-plan': UsagePlan | null;
  parameters: DerivedParameter[];
  requestBody?: { required: boolean; schema: JsonSchema };
  responses: Record<string, DerivedResponse>;
  'x-amzn-api-sandbox': SandboxCase[];
}

export interface DerivedModel {
  api: string;
  source: string;
  sourceFormat: 'swagger-2.0' | 'openapi-3';
  version: string;
  operations: DerivedOperation[];
  definitions: Record<string, JsonSchema>;
}

import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanSchema, isObject } from '../server/sandbox/spapi/derive/clean-schema.ts';
import { deriveModel } from '../server/sandbox/spapi/derive/derive-model.ts';
import type {
  DerivedModel,
  JsonObject,
  JsonValue,
} from '../server/sandbox/spapi/derive/derived-model.ts';
import { OPERATIONS_WE_USE } from '../server/sandbox/spapi/operation-keys.ts';

// Usage: npm run models [-- <path to spapi-models>]
// Regenerates server/sandbox/spapi/models from Amazon's models; the output is committed so that
// tests and the stand-in never read outside the repository.

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = resolve(repoRoot, process.argv[2] ?? '../shared/reference/spapi-models');
const targetDir = join(repoRoot, 'server/sandbox/spapi/models');

const models = readdirSync(sourceDir)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => deriveModel(name, readJsonObject(join(sourceDir, name))));

assertUsagePlansOfUsedOperations(models);
removeGeneratedFiles(targetDir);

for (const model of models) {
  writeJson(join(targetDir, `${model.api}.json`), model);
}

const schemaCount = copySchemas(join(sourceDir, 'schemas'), join(targetDir, 'schemas'));
const operationCount = models.reduce((sum, model) => sum + model.operations.length, 0);

console.log(
  `derived ${models.length} models (${operationCount} operations) and ${schemaCount} schemas ` +
    `into ${relative(repoRoot, targetDir)}`,
);

// An operation we call without a parsable plan would leave our limiter guessing: stop here.
function assertUsagePlansOfUsedOperations(derived: DerivedModel[]): void {
  const missing = OPERATIONS_WE_USE.filter((key) => {
    const [api, operationId] = key.split(':');
    const model = derived.find((candidate) => candidate.api === api);
    const operation = model?.operations.find((entry) => entry.operationId === operationId);

    return !operation?.['x-kayistra-usage-plan'];
  });

  if (missing.length > 0) {
    throw new Error(`no usage plan could be parsed for: ${missing.join(', ')}`);
  }
}

function copySchemas(fromDir: string, toDir: string): number {
  let count = 0;

  for (const name of readdirSync(fromDir).sort()) {
    const from = join(fromDir, name);

    if (statSync(from).isDirectory()) {
      count += copySchemas(from, join(toDir, name));
      continue;
    }

    // `*.example.json` is a sample document, not a schema: it is data and is kept whole.
    const source = readJsonObject(from);
    writeJson(join(toDir, name), name.endsWith('.example.json') ? source : stripSchema(source));
    count += 1;
  }

  return count;
}

// Amazon's notification schemas share the placeholder `$id` http://example.com/example.json,
// which would collide once two of them are loaded into one validator.
function stripSchema(source: JsonObject): JsonValue {
  const cleaned = cleanSchema(source, { isOpenApi3: false });

  if (isObject(cleaned)) {
    delete cleaned.$id;
  }

  return cleaned;
}

function removeGeneratedFiles(dir: string): void {
  mkdirSync(dir, { recursive: true });
  rmSync(join(dir, 'schemas'), { recursive: true, force: true });

  for (const name of readdirSync(dir)) {
    if (name.endsWith('.json')) {
      rmSync(join(dir, name));
    }
  }
}

function readJsonObject(path: string): JsonObject {
  const value = JSON.parse(readFileSync(path, 'utf8')) as JsonValue;

  if (!isObject(value)) {
    throw new Error(`${path} does not hold a JSON object`);
  }

  return value;
}

function writeJson(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

import { type BusinessIssue, StandInBusinessError } from './business-errors.ts';

type Source = Record<string, unknown>;

export interface TextRules {
  min?: number;
  max?: number;
}

export interface NumberRules {
  min?: number;
  max?: number;
  isInteger?: boolean;
}

/**
 * Collects every field problem of a request before answering, the way Shipentegra lists one
 * `ERR.` item per field, so a client sees all of them in one round trip. Required readers
 * return a placeholder ('' or 0) for a bad field: `rejectIfAny` runs before it can be used.
 */
export interface FieldChecker {
  text(source: Source, key: string, rules?: TextRules): string;
  optionalText(source: Source, key: string, rules?: TextRules): string | undefined;
  number(source: Source, key: string, rules?: NumberRules): number;
  optionalNumber(source: Source, key: string, rules?: NumberRules): number | undefined;
  record(source: Source, key: string): Source;
  list(source: Source, key: string): unknown[];
  /** A checker whose field names start with `key.`, sharing this one's findings. */
  nested(key: string): FieldChecker;
  flagInvalid(key: string): void;
  /** Throws the collected problems as one business error, if there are any. */
  rejectIfAny(): void;
}

export function isRecord(value: unknown): value is Source {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A non-empty string field of an unchecked body, or undefined. */
export function readText(body: unknown, key: string): string | undefined {
  const value = isRecord(body) ? body[key] : undefined;

  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function createFieldChecker(prefix = '', issues: BusinessIssue[] = []): FieldChecker {
  const flag = (key: BusinessIssue['key'], field: string, limit?: number): undefined => {
    const name = `${prefix}${field}`;
    issues.push({ key, params: limit === undefined ? { field: name } : { field: name, limit } });

    return undefined;
  };

  function checkText(source: Source, key: string, rules: TextRules, isOptional: boolean) {
    const raw = source[key];
    // PHP-style leniency: a numeric postal code or SKU is still text.
    const value = typeof raw === 'number' ? String(raw) : raw;

    if (isMissing(value)) {
      return isOptional ? undefined : flag('FIELD_REQUIRED', key);
    }

    if (typeof value !== 'string') {
      return flag('FIELD_INVALID', key);
    }

    if (rules.min !== undefined && value.length < rules.min) {
      return flag('FIELD_TOO_SHORT', key, rules.min);
    }

    if (rules.max !== undefined && value.length > rules.max) {
      return flag('FIELD_TOO_LONG', key, rules.max);
    }

    return value;
  }

  function checkNumber(source: Source, key: string, rules: NumberRules, isOptional: boolean) {
    const raw = source[key];
    const value = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;

    if (isMissing(value)) {
      return isOptional ? undefined : flag('FIELD_REQUIRED', key);
    }

    if (typeof value !== 'number' || !fitsNumberRules(value, rules)) {
      return flag('FIELD_INVALID', key);
    }

    return value;
  }

  return {
    text: (source, key, rules = {}) => checkText(source, key, rules, false) ?? '',
    optionalText: (source, key, rules = {}) => checkText(source, key, rules, true),
    number: (source, key, rules = {}) => checkNumber(source, key, rules, false) ?? 0,
    optionalNumber: (source, key, rules = {}) => checkNumber(source, key, rules, true),
    record(source, key) {
      const value = source[key];

      if (!isRecord(value)) {
        flag('FIELD_REQUIRED', key);

        return {};
      }

      return value;
    },
    list(source, key) {
      const value = source[key];

      if (!Array.isArray(value) || value.length === 0) {
        flag('FIELD_REQUIRED', key);

        return [];
      }

      return value;
    },
    nested: (key) => createFieldChecker(`${prefix}${key}.`, issues),
    flagInvalid: (key) => flag('FIELD_INVALID', key),
    rejectIfAny() {
      if (issues.length > 0) {
        throw new StandInBusinessError(issues);
      }
    },
  };
}

function isMissing(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

function fitsNumberRules(value: number, rules: NumberRules): boolean {
  const isWhole = !rules.isInteger || Number.isInteger(value);
  const isAboveMin = rules.min === undefined || value >= rules.min;
  const isBelowMax = rules.max === undefined || value <= rules.max;

  return Number.isFinite(value) && isWhole && isAboveMin && isBelowMax;
}

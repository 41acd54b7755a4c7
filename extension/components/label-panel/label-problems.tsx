import { toExtensionFailure } from '../../api/extension-error.ts';
import type { Messages } from '../../locales/en.ts';
import { useMessages } from '../../locales/messages-context.ts';
import { FailureWithHint, SettingsHint } from './state-message.tsx';

interface FieldProblem {
  path: string;
  message: string;
}

// The server names each problem by field (`skus.MUG-01.hsCode`, `settings.sender`,
// `recipient.address2`); the panel says in the seller's language what to fix and where.
const SKU_FIELD = /^skus\.(.+)\.([A-Za-z]+)$/;
const ITEM_SKU_FIELD = /^order\.items\.\d+\.sku$/;
const SIZE_FIELDS: ReadonlySet<string> = new Set([
  'weightGrams',
  'lengthCm',
  'widthCm',
  'heightCm',
]);
const SETTINGS_PATHS: ReadonlySet<string> = new Set([
  'settings.sender',
  'settings.iossNumber',
  'shipentegra',
]);

function describeSkuProblem(sku: string, field: string, t: Messages): string {
  const words = t.labelPanel.notReady;
  const fieldName = t.labelPanel.customs.fields[field] ?? field;

  return SIZE_FIELDS.has(field) ? words.skuSize(sku, fieldName) : words.skuCustoms(sku, fieldName);
}

// Amazon's address cannot be edited here; each field still gets its own sentence, since the
// server's is English and says "shorten it" to a seller who cannot.
function describeRecipientProblem(field: string, t: Messages): string {
  const words = t.labelPanel.notReady.recipientFields;
  const byField: Record<string, string> = words;
  if (field.startsWith('address')) {
    return words.address;
  }

  return byField[field] ?? words.other;
}

export function describeLabelProblem(problem: FieldProblem, t: Messages): string {
  const words = t.labelPanel.notReady;
  const { path } = problem;
  const [, sku, field] = SKU_FIELD.exec(path) ?? [];
  if (sku && field) {
    return describeSkuProblem(sku, field, t);
  }

  if (path.startsWith('recipient.')) {
    return describeRecipientProblem(path.slice('recipient.'.length), t);
  }

  if (path.startsWith('package.')) {
    return words.packageTooLarge;
  }

  const byPath: Record<string, string> = {
    'settings.sender': words.sender,
    'settings.iossNumber': words.iossNumber,
    shipentegra: words.shipentegra,
    'order.fulfilledBy': t.labelPanel.states.fba,
    'order.status': words.orderStatus,
    'order.items': words.noItems,
  };

  return byPath[path] ?? (ITEM_SKU_FIELD.test(path) ? words.itemSku : problem.message);
}

// LABEL_NOT_READY lists every field to fix at once; any other failure is shown as it is.
export function LabelProblems({ error }: { error: unknown }) {
  const t = useMessages();
  const failure = toExtensionFailure(error);
  if (failure.code !== 'LABEL_NOT_READY' || !failure.fields?.length) {
    return <FailureWithHint error={error} />;
  }

  const paths = failure.fields.map((problem) => problem.path);
  const hasRecipientProblem = paths.some((path) => path.startsWith('recipient.'));
  const isFixedInSettings = paths.some((path) => SETTINGS_PATHS.has(path));

  return (
    <div className="region" role="alert" data-code={failure.code}>
      <p>{t.labelPanel.notReady.heading}</p>
      <ul>
        {failure.fields.map((problem) => (
          <li key={problem.path} data-field={problem.path}>
            {describeLabelProblem(problem, t)}
          </li>
        ))}
      </ul>
      {hasRecipientProblem && <p>{t.labelPanel.notReady.recipientHelp}</p>}
      {isFixedInSettings && <SettingsHint />}
    </div>
  );
}

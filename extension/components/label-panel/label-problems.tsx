import { toExtensionFailure } from '../../api/extension-error.ts';
import type { Messages } from '../../locales/en.ts';
import { useMessages } from '../../locales/messages-context.ts';
import { FailureWithHint } from './state-message.tsx';

interface FieldProblem {
  path: string;
  message: string;
}

// The server names each problem by field (`skus.MUG-01.hsCode`, `settings.sender`); the panel
// says in the seller's language what to fix and where.
const SKU_FIELD = /^skus\.(.+)\.([A-Za-z]+)$/;
const SIZE_FIELDS: ReadonlySet<string> = new Set([
  'weightGrams',
  'lengthCm',
  'widthCm',
  'heightCm',
]);

function describeSkuProblem(sku: string, field: string, t: Messages): string {
  const words = t.labelPanel.notReady;
  const fieldName = t.labelPanel.customs.fields[field] ?? field;

  return SIZE_FIELDS.has(field) ? words.skuSize(sku, fieldName) : words.skuCustoms(sku, fieldName);
}

export function describeLabelProblem(problem: FieldProblem, t: Messages): string {
  const words = t.labelPanel.notReady;
  const [, sku, field] = SKU_FIELD.exec(problem.path) ?? [];
  if (sku && field) {
    return describeSkuProblem(sku, field, t);
  }

  const byPath: Record<string, string> = {
    'settings.sender': words.sender,
    'settings.iossNumber': words.iossNumber,
    shipentegra: words.shipentegra,
  };
  if (problem.path.startsWith('package.')) {
    return words.packageTooLarge;
  }

  if (problem.path.startsWith('recipient.')) {
    return words.recipient(problem.message);
  }

  return byPath[problem.path] ?? problem.message;
}

// LABEL_NOT_READY lists every field to fix at once; any other failure is shown as it is.
export function LabelProblems({ error }: { error: unknown }) {
  const t = useMessages();
  const failure = toExtensionFailure(error);
  if (failure.code !== 'LABEL_NOT_READY' || !failure.fields?.length) {
    return <FailureWithHint error={error} />;
  }

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
    </div>
  );
}

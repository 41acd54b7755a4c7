import { ExtensionError } from '../../api/extension-error.ts';
import { FailureAlert } from '../../components/failure-alert.tsx';
import { useMessages } from '../../locales/messages-context.ts';
import { collectFieldErrors } from './field-errors.ts';

interface FormFailureAlertProps {
  error: unknown;
  /** The label of each field path the form shows an input for. */
  fieldLabels: ReadonlyMap<string, string>;
  id?: string;
}

// Announces a refused form once: the fields to fix by their labels (each input carries its own
// message), and in full any objection the form has no input for.
export function FormFailureAlert({ error, fieldLabels, id }: FormFailureAlertProps) {
  const t = useMessages().shippingOptions;
  const fieldErrors = collectFieldErrors(error);
  if (fieldErrors.size === 0 || !(error instanceof ExtensionError)) {
    return <FailureAlert id={id} error={error} />;
  }

  const paths = [...fieldErrors.keys()];
  const placed = paths.flatMap((path) => fieldLabels.get(path) ?? []);
  const unplaced = (error.fields ?? []).filter((field) => !fieldLabels.has(field.path));

  return (
    <div id={id} role="alert" data-code={error.code}>
      {placed.length > 0 && <p>{t.checkFields(placed.join(', '))}</p>}
      {unplaced.length > 0 && (
        <ul>
          {unplaced.map((field) => (
            <li key={`${field.path}-${field.message}`}>{`${field.path}: ${field.message}`}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

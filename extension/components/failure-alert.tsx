import { toExtensionFailure } from '../api/extension-error.ts';
import { describeFailure } from '../locales/describe-failure.ts';
import { useMessages } from '../locales/messages-context.ts';

interface FailureAlertProps {
  error: unknown;
  id?: string;
}

// A failed action, said once to screen readers: the message with what to do, and for a refused
// form which field the server objected to.
export function FailureAlert({ error, id }: FailureAlertProps) {
  const t = useMessages();
  const failure = toExtensionFailure(error);

  return (
    <div id={id} role="alert" data-code={failure.code}>
      <p>{describeFailure(failure, t)}</p>
      {failure.fields && failure.fields.length > 0 && (
        <ul>
          {failure.fields.map((field) => (
            <li key={field.path}>{`${field.path}: ${field.message}`}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

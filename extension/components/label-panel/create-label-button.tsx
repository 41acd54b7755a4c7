import { useId, useState } from 'react';
import { useMessages } from '../../locales/messages-context.ts';

interface CreateLabelButtonProps {
  isPending: boolean;
  isDisabled: boolean;
  // After a failed attempt the button buys a new label rather than the first one.
  isRetry: boolean;
  // The last attempt's label call got no answer: it may have been bought and paid for.
  needsUnknownCheck: boolean;
  onCreate(isUnknownLabelChecked: boolean): void;
}

// Buying costs money, so the button stays disabled while an attempt is pending, and after an
// unknown outcome until the seller says they checked Shipentegra's own panel.
export function CreateLabelButton(props: CreateLabelButtonProps) {
  const { isPending, isDisabled, isRetry, needsUnknownCheck, onCreate } = props;
  const t = useMessages();
  const words = t.labelPanel.purchase;
  const checkId = useId();
  const [isChecked, setChecked] = useState(false);
  const isBlocked = needsUnknownCheck && !isChecked;

  return (
    <div className="create">
      {needsUnknownCheck && (
        <p className="warning">
          {words.unknownHint}
          <br />
          <input
            id={checkId}
            type="checkbox"
            checked={isChecked}
            onChange={(event) => setChecked(event.target.checked)}
          />
          <label htmlFor={checkId}>{words.unknownCheck}</label>
        </p>
      )}
      <button
        type="button"
        disabled={isDisabled || isPending || isBlocked}
        aria-busy={isPending}
        onClick={() => onCreate(needsUnknownCheck && isChecked)}
      >
        {isPending ? words.creating : isRetry ? words.retry : words.create}
      </button>
    </div>
  );
}

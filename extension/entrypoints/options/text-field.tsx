import { type HTMLAttributes, useId } from 'react';
import { useMessages } from '../../locales/messages-context.ts';

interface TextFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  /** The server's objection to this field, shown under it and tied to it for screen readers. */
  error?: string | undefined;
  hint?: string;
  /** Shows how many characters are left: the carrier refuses longer values rather than cut them. */
  maxLength?: number;
  type?: 'text' | 'email' | 'tel' | 'password';
  required?: boolean;
  autoComplete?: string;
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  list?: string;
}

// A labelled input with its hint, character count and error, all read out with the input.
export function TextField(props: TextFieldProps) {
  const { label, value, onChange, error, hint, maxLength, type = 'text', ...rest } = props;
  const t = useMessages().shippingOptions;
  const id = useId();
  const describedBy = [
    error ? `${id}-error` : undefined,
    hint ? `${id}-hint` : undefined,
    maxLength === undefined ? undefined : `${id}-count`,
  ].filter((part) => part !== undefined);

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        {...rest}
        id={id}
        type={type}
        value={value}
        maxLength={maxLength}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy.length > 0 ? describedBy.join(' ') : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {maxLength !== undefined && (
        <p id={`${id}-count`} className="hint">
          {t.shipping.charactersUsed(value.length, maxLength)}
        </p>
      )}
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

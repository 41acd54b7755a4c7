import { type Ref, useId } from 'react';

interface SkuCellInputProps {
  formId: string;
  /** Names the SKU too: a table of identical inputs must stay distinguishable by ear. */
  label: string;
  size: number;
  value: string;
  error: string | undefined;
  onChange(value: string): void;
  ref?: Ref<HTMLInputElement>;
}

// One profile value inside a table cell, with the server's objection right under it.
export function SkuCellInput(props: SkuCellInputProps) {
  const { formId, label, size, value, error, onChange, ref } = props;
  const errorId = useId();

  return (
    <div className="cell-field">
      <input
        ref={ref}
        form={formId}
        aria-label={label}
        size={size}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

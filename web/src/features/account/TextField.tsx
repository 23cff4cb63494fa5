import { useId, useState, type InputHTMLAttributes } from 'react';
import { FieldError } from '../../ui/forms.tsx';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'>;

/**
 * A labelled input that checks itself as people type: its `error` shows once the field was
 * left with something in it or the form was sent (`showErrors`), then follows every keystroke.
 * `hint` reads under the field while there is no error.
 */
export function TextField({
  label,
  value,
  onChange,
  error,
  hint,
  showErrors = false,
  ...input
}: InputProps & {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | null;
  hint?: string;
  showErrors?: boolean;
}) {
  const id = useId();
  const [left, setLeft] = useState(false);
  const shown = (left || showErrors) && error ? error : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        className="input"
        {...input}
        id={id}
        value={value}
        aria-invalid={shown ? true : undefined}
        aria-describedby={shown || hint ? `${id}-note` : undefined}
        onChange={(e) => onChange(e.target.value)}
        onBlur={() => setLeft((was) => was || value !== '')}
      />
      {shown ? (
        <FieldError id={`${id}-note`} error={shown} />
      ) : (
        hint && (
          <small id={`${id}-note`} className="muted">
            {hint}
          </small>
        )
      )}
    </div>
  );
}

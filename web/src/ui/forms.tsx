import type { ReactNode } from 'react';
import { ApiError } from '../lib/api.ts';
import styles from './AuthCard.module.css';
import { LanguageSwitch } from './LanguageSwitch.tsx';

/** A form's error, announced to screen readers as it appears; nothing when there is none. */
export function FormError({ error }: { error: string | null | undefined }) {
  if (!error) return null;
  return (
    <p className="form-error" role="alert">
      {error}
    </p>
  );
}

/**
 * A 400's `error.details` by field. The server lists `{ field, message }` with each field's
 * path in the request (`body.phone`, `body.quiet_hours.end`); `prefix` is cut off. The first
 * message of a field wins. Empty for any other error.
 */
export function fieldErrors(err: unknown, prefix = 'body.'): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!(err instanceof ApiError) || err.status !== 400 || !Array.isArray(err.details)) {
    return errors;
  }
  for (const detail of err.details as unknown[]) {
    const { field, message } = (detail ?? {}) as { field?: unknown; message?: unknown };
    if (typeof field !== 'string' || typeof message !== 'string') continue;
    const key = field.startsWith(prefix) ? field.slice(prefix.length) : field;
    errors[key] ??= message;
  }
  return errors;
}

/**
 * A field's error under its input; the input names it with `aria-describedby` and sets
 * `aria-invalid`. Nothing when there is none.
 */
export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <small id={id} className="field-error">
      {error}
    </small>
  );
}

/**
 * The centred card of the sign-in and registration pages, under the brand; `languageSwitch`
 * adds the language picker of the signed-out pages at its foot.
 */
export function AuthCard({
  title,
  children,
  languageSwitch = false,
}: {
  title: string;
  children: ReactNode;
  languageSwitch?: boolean;
}) {
  return (
    <main className={styles.page}>
      <div className={styles.card}>
        <div className="brand large">
          <span className="brand-mark" aria-hidden="true" />
          FlexBNB <span>Messenger</span>
        </div>
        <h1>{title}</h1>
        {children}
        {languageSwitch && <LanguageSwitch />}
      </div>
    </main>
  );
}

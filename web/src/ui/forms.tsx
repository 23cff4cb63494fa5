import type { ReactNode } from 'react';

/** A form's error, announced to screen readers as it appears; nothing when there is none. */
export function FormError({ error }: { error: string | null | undefined }) {
  if (!error) return null;
  return (
    <p className="form-error" role="alert">
      {error}
    </p>
  );
}

/** The centred card of the sign-in and registration pages, under the brand. */
export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="auth-page">
      <div className="auth-card">
        <div className="brand large">
          <span className="brand-mark" aria-hidden="true" />
          FlexBNB <span>Messenger</span>
        </div>
        <h1>{title}</h1>
        {children}
      </div>
    </main>
  );
}

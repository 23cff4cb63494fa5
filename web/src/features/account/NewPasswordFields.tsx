import { TextField } from './TextField.tsx';

/** A new password and the same again, as the password change and the reset ask for it. */
export function NewPasswordFields({
  password,
  repeat,
  onPasswordChange,
  onRepeatChange,
  errors,
  showErrors,
}: {
  password: string;
  repeat: string;
  onPasswordChange: (value: string) => void;
  onRepeatChange: (value: string) => void;
  errors: { password?: string | null; repeat?: string | null };
  showErrors: boolean;
}) {
  return (
    <>
      <TextField
        label="New password"
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={onPasswordChange}
        error={errors.password}
        showErrors={showErrors}
        hint="At least 8 characters."
      />
      <TextField
        label="New password again"
        type="password"
        autoComplete="new-password"
        value={repeat}
        onChange={onRepeatChange}
        error={errors.repeat}
        showErrors={showErrors}
      />
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { TextField } from './TextField.tsx';
import { MIN_PASSWORD } from './validation.ts';

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
  const { t } = useTranslation('account');
  return (
    <>
      <TextField
        label={t('password.new')}
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={onPasswordChange}
        error={errors.password}
        showErrors={showErrors}
        hint={t('password.newHint', { min: MIN_PASSWORD })}
      />
      <TextField
        label={t('password.repeat')}
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

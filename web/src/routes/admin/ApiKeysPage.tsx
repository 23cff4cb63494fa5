import {
  API_KEY_SCOPES,
  SCREENING_POLICIES,
  type ApiKeyScope,
  type CreatedApiKey,
  type ScreeningPolicy,
} from '@flexbnb/contracts';
import type { TFunction } from 'i18next';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import {
  useApiKeys,
  useCreateApiKey,
  useRevokeApiKey,
  useUpdateApiKey,
  type ApiKey,
} from '../../features/admin/api.ts';
import { DataTable, type Column } from '../../features/admin/DataTable.tsx';
import { dateTime } from '../../features/admin/format.ts';
import { scopeLabel } from '../../features/admin/labels.ts';
import { AdminHead, Badges, RowActions, StatusBadge } from '../../features/admin/parts.tsx';
import { ReasonDialog } from '../../features/admin/ReasonDialog.tsx';
import { FieldError, fieldErrors, FormError } from '../../ui/forms.tsx';
import styles from './ApiKeysPage.module.css';

/**
 * The API keys of the platforms the messenger is embedded in: made here, shown once, revoked
 * here. A key reaches `/api/platform/*` only, and only what its scopes allow.
 */
export function ApiKeysPage() {
  const { t } = useTranslation('admin');
  const keys = useApiKeys();
  const revoke = useRevokeApiKey();
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);

  const columns: Column<ApiKey>[] = [
    { header: t('field.name'), kind: 'text', cell: (k) => k.name },
    { header: t('field.key'), cell: (k) => <code>{k.prefix}…</code> },
    {
      header: t('field.scopes'),
      cell: (k) => (
        <Badges>
          {k.scopes.map((s) => (
            <span key={s} className={styles.scope}>
              {s}
            </span>
          ))}
        </Badges>
      ),
    },
    { header: t('apiKeys.screening'), cell: (k) => <KeyScreening apiKey={k} /> },
    { header: t('field.created'), cell: (k) => dateTime(k.created_at) },
    {
      header: t('field.lastUsed'),
      cell: (k) => (k.last_used_at ? dateTime(k.last_used_at) : t('apiKeys.never')),
    },
    {
      header: t('field.status'),
      cell: (k) =>
        k.revoked_at ? (
          <StatusBadge
            status="disabled"
            label={t('apiKeys.revokedAt', { when: dateTime(k.revoked_at) })}
          />
        ) : (
          <StatusBadge status="active" label={t('apiKeys.active')} />
        ),
    },
    {
      header: t('field.actions'),
      actions: true,
      cell: (k) =>
        k.revoked_at ? null : (
          <RowActions>
            <button
              type="button"
              className="button danger small"
              onClick={() => setRevoking(k)}
              aria-label={t('apiKeys.revokeName', { name: k.name })}
            >
              {t('apiKeys.revoke')}
            </button>
          </RowActions>
        ),
    },
  ];

  return (
    <div className="page wide">
      <AdminHead title={t('apiKeys.title')} description={t('apiKeys.description')} />
      <NewKeyForm onCreated={setCreated} />
      {created && <CreatedKey created={created} onDone={() => setCreated(null)} />}
      <DataTable
        caption={t('apiKeys.title')}
        columns={columns}
        rows={keys.data}
        rowKey={(k) => k.id}
        loading={keys.isPending}
        error={keys.error}
        empty={t('apiKeys.empty')}
        rowTone={(k) => (k.revoked_at ? 'muted' : undefined)}
      />
      {revoking && (
        <ReasonDialog
          title={t('apiKeys.revokeTitle', { name: revoking.name })}
          confirmLabel={t('apiKeys.revokeConfirm')}
          danger
          busy={revoke.isPending}
          onCancel={() => setRevoking(null)}
          onConfirm={(reason) =>
            revoke.mutate(
              { id: revoking.id, reason },
              {
                onSuccess: (key) => {
                  toast.success(t('apiKeys.revoked', { name: key.name }));
                  setRevoking(null);
                },
                onError: (err) => toast.error(err.message),
              },
            )
          }
        >
          <p>{t('apiKeys.revokeText')}</p>
        </ReasonDialog>
      )}
    </div>
  );
}

function NewKeyForm({ onCreated }: { onCreated: (key: CreatedApiKey) => void }) {
  const { t } = useTranslation('admin');
  const create = useCreateApiKey();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ApiKeyScope[]>([]);
  const [policy, setPolicy] = useState<ScreeningPolicy | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const id = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    setFormError(null);
    if (scopes.length === 0) {
      setErrors({ scopes: t('apiKeys.chooseScope') });
      return;
    }
    create.mutate(
      { name, scopes, screening_policy: policy },
      {
        onSuccess: (key) => {
          onCreated(key);
          setName('');
          setScopes([]);
          setPolicy(null);
        },
        onError: (err) => {
          const fields = fieldErrors(err);
          if (Object.keys(fields).length > 0) setErrors(fields);
          else setFormError(err.message);
        },
      },
    );
  };

  return (
    <form className={styles.newKey} onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('apiKeys.newKey')}</h2>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('field.name')}</label>
        <input
          id={`${id}-name`}
          className="input"
          required
          maxLength={100}
          placeholder={t('apiKeys.namePlaceholder')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          aria-describedby={errors.name ? `${id}-name-error` : undefined}
          aria-invalid={errors.name ? true : undefined}
        />
        <FieldError id={`${id}-name-error`} error={errors.name} />
      </div>
      <fieldset
        className={styles.scopes}
        aria-describedby={errors.scopes ? `${id}-scopes-error` : undefined}
      >
        <legend>{t('field.scopes')}</legend>
        {API_KEY_SCOPES.map((scope) => (
          <label key={scope}>
            <input
              type="checkbox"
              checked={scopes.includes(scope)}
              onChange={(e) =>
                setScopes((now) =>
                  e.target.checked
                    ? API_KEY_SCOPES.filter((s) => s === scope || now.includes(s))
                    : now.filter((s) => s !== scope),
                )
              }
            />
            {scopeLabel(t, scope)} <code className="muted small">{scope}</code>
          </label>
        ))}
      </fieldset>
      <FieldError id={`${id}-scopes-error`} error={errors.scopes} />
      <div className="field">
        <label htmlFor={`${id}-screening`}>{t('apiKeys.screening')}</label>
        <PolicySelect
          id={`${id}-screening`}
          describedBy={`${id}-screening-hint`}
          t={t}
          value={policy}
          onChange={setPolicy}
        />
        <small id={`${id}-screening-hint`} className="muted">
          {t('apiKeys.screeningHint')}
        </small>
      </div>
      <FormError error={formError} />
      <div>
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending ? t('apiKeys.making') : t('apiKeys.make')}
        </button>
      </div>
    </form>
  );
}

/** "As the installation" (null) or one of the policies, by its name in the screen's language. */
function PolicySelect({
  id,
  t,
  value,
  onChange,
  label,
  describedBy,
  disabled,
}: {
  id?: string;
  describedBy?: string;
  t: TFunction<'admin'>;
  value: ScreeningPolicy | null;
  onChange: (policy: ScreeningPolicy | null) => void;
  label?: string;
  disabled?: boolean;
}) {
  return (
    <select
      id={id}
      className="input"
      aria-label={label}
      aria-describedby={describedBy}
      value={value ?? ''}
      disabled={disabled}
      onChange={(e) => onChange((e.target.value || null) as ScreeningPolicy | null)}
    >
      <option value="">{t('apiKeys.policy.installation')}</option>
      {SCREENING_POLICIES.map((p) => (
        <option key={p} value={p}>
          {t(`apiKeys.policy.${p}`)}
        </option>
      ))}
    </select>
  );
}

/** A key's contact screening, changed where it is shown; a revoked key's only shown. */
function KeyScreening({ apiKey }: { apiKey: ApiKey }) {
  const { t } = useTranslation('admin');
  const update = useUpdateApiKey();
  const policy = apiKey.screening_policy;
  if (apiKey.revoked_at) return <>{t(`apiKeys.policy.${policy ?? 'installation'}`)}</>;
  return (
    <PolicySelect
      t={t}
      label={t('apiKeys.screeningOf', { name: apiKey.name })}
      value={policy}
      disabled={update.isPending}
      onChange={(next) =>
        update.mutate(
          { id: apiKey.id, screening_policy: next },
          {
            onSuccess: (key) => toast.success(t('apiKeys.policyChanged', { name: key.name })),
            onError: (err) => toast.error(err.message),
          },
        )
      }
    />
  );
}

/** The new key, shown this once: only its hash is kept. */
function CreatedKey({ created, onDone }: { created: CreatedApiKey; onDone: () => void }) {
  const { t } = useTranslation('admin');
  const id = useId();
  return (
    <section className={styles.created} aria-labelledby={`${id}-title`} role="status">
      <h2 id={`${id}-title`}>{t('apiKeys.ready', { name: created.name })}</h2>
      <p>{t('apiKeys.copyNow')}</p>
      <div className={styles.keyRow}>
        <code className={styles.key} aria-label={t('apiKeys.theKey')}>
          {created.key}
        </code>
        <button
          type="button"
          className="button secondary small"
          onClick={() =>
            void navigator.clipboard
              ?.writeText(created.key)
              .then(() => toast.success(t('apiKeys.copied')))
              .catch(() => toast.error(t('apiKeys.copyFailed')))
          }
        >
          {t('apiKeys.copy')}
        </button>
        <button type="button" className="button secondary small" onClick={onDone}>
          {t('apiKeys.done')}
        </button>
      </div>
    </section>
  );
}

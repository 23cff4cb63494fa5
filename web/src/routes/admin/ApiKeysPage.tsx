import { API_KEY_SCOPES, type ApiKeyScope, type CreatedApiKey } from '@flexbnb/contracts';
import { useId, useState, type FormEvent } from 'react';
import { toast } from 'sonner';
import {
  useApiKeys,
  useCreateApiKey,
  useRevokeApiKey,
  type ApiKey,
} from '../../features/admin/api.ts';
import { DataTable, type Column } from '../../features/admin/DataTable.tsx';
import { dateTime } from '../../features/admin/format.ts';
import { AdminHead, Badges, RowActions, StatusBadge } from '../../features/admin/parts.tsx';
import { ReasonDialog } from '../../features/admin/ReasonDialog.tsx';
import { FieldError, fieldErrors, FormError } from '../../ui/forms.tsx';
import styles from './ApiKeysPage.module.css';

const SCOPE_LABELS: Record<ApiKeyScope, string> = {
  'users:write': 'Users',
  'properties:write': 'Properties',
  'reservations:write': 'Reservations',
  'messages:write': 'Messages',
  'webhooks:manage': 'Webhooks',
};

/**
 * The API keys of the platforms the messenger is embedded in: made here, shown once, revoked
 * here. A key reaches `/api/platform/*` only, and only what its scopes allow.
 */
export function ApiKeysPage() {
  const keys = useApiKeys();
  const revoke = useRevokeApiKey();
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);

  const columns: Column<ApiKey>[] = [
    { header: 'Name', kind: 'text', cell: (k) => k.name },
    { header: 'Key', cell: (k) => <code>{k.prefix}…</code> },
    {
      header: 'Scopes',
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
    { header: 'Created', cell: (k) => dateTime(k.created_at) },
    { header: 'Last used', cell: (k) => (k.last_used_at ? dateTime(k.last_used_at) : 'Never') },
    {
      header: 'Status',
      cell: (k) =>
        k.revoked_at ? (
          <StatusBadge status="disabled" label={`Revoked ${dateTime(k.revoked_at)}`} />
        ) : (
          <StatusBadge status="active" />
        ),
    },
    {
      header: 'Actions',
      actions: true,
      cell: (k) =>
        k.revoked_at ? null : (
          <RowActions>
            <button
              type="button"
              className="button danger small"
              onClick={() => setRevoking(k)}
              aria-label={`Revoke ${k.name}`}
            >
              Revoke
            </button>
          </RowActions>
        ),
    },
  ];

  return (
    <div className="page wide">
      <AdminHead
        title="API keys"
        description="Keys for a rental platform's backend: it keeps users, properties and reservations in sync, posts messages and manages webhooks through /api/platform. A key is never a user."
      />
      <NewKeyForm onCreated={setCreated} />
      {created && <CreatedKey created={created} onDone={() => setCreated(null)} />}
      <DataTable
        caption="API keys"
        columns={columns}
        rows={keys.data}
        rowKey={(k) => k.id}
        loading={keys.isPending}
        error={keys.error}
        empty="No API keys yet."
        rowTone={(k) => (k.revoked_at ? 'muted' : undefined)}
      />
      {revoking && (
        <ReasonDialog
          title={`Revoke ${revoking.name}?`}
          confirmLabel="Revoke key"
          danger
          busy={revoke.isPending}
          onCancel={() => setRevoking(null)}
          onConfirm={(reason) =>
            revoke.mutate(
              { id: revoking.id, reason },
              {
                onSuccess: (key) => {
                  toast.success(`${key.name} is revoked`);
                  setRevoking(null);
                },
                onError: (err) => toast.error(err.message),
              },
            )
          }
        >
          <p>The platform's next request with this key is refused. This cannot be undone.</p>
        </ReasonDialog>
      )}
    </div>
  );
}

function NewKeyForm({ onCreated }: { onCreated: (key: CreatedApiKey) => void }) {
  const create = useCreateApiKey();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ApiKeyScope[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const id = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    setFormError(null);
    if (scopes.length === 0) {
      setErrors({ scopes: 'Choose at least one scope' });
      return;
    }
    create.mutate(
      { name, scopes },
      {
        onSuccess: (key) => {
          onCreated(key);
          setName('');
          setScopes([]);
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
      <h2 id={`${id}-title`}>New key</h2>
      <div className="field">
        <label htmlFor={`${id}-name`}>Name</label>
        <input
          id={`${id}-name`}
          className="input"
          required
          maxLength={100}
          placeholder="Booking site backend"
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
        <legend>Scopes</legend>
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
            {SCOPE_LABELS[scope]} <code className="muted small">{scope}</code>
          </label>
        ))}
      </fieldset>
      <FieldError id={`${id}-scopes-error`} error={errors.scopes} />
      <FormError error={formError} />
      <div>
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending ? 'Making…' : 'Make key'}
        </button>
      </div>
    </form>
  );
}

/** The new key, shown this once: only its hash is kept. */
function CreatedKey({ created, onDone }: { created: CreatedApiKey; onDone: () => void }) {
  const id = useId();
  return (
    <section className={styles.created} aria-labelledby={`${id}-title`} role="status">
      <h2 id={`${id}-title`}>{created.name} is ready</h2>
      <p>Copy the key now and keep it in the platform's secrets: it is not shown again.</p>
      <div className={styles.keyRow}>
        <code className={styles.key} aria-label="The new API key">
          {created.key}
        </code>
        <button
          type="button"
          className="button secondary small"
          onClick={() =>
            void navigator.clipboard
              ?.writeText(created.key)
              .then(() => toast.success('Key copied'))
              .catch(() => toast.error('Could not copy the key: select it and copy it by hand'))
          }
        >
          Copy
        </button>
        <button type="button" className="button secondary small" onClick={onDone}>
          Done
        </button>
      </div>
    </section>
  );
}

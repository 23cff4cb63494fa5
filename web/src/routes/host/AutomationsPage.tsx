import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { useProperties } from '../../lib/queries.ts';
import {
  useAutomations,
  useDeleteAutomation,
  useSaveAutomation,
  type Automation,
} from '../../features/automations/api.ts';
import { AutomationForm } from '../../features/automations/AutomationForm.tsx';
import {
  EMPTY_DRAFT,
  automationToDraft,
  draftToCreateBody,
  draftToUpdateBody,
  type AutomationDraft,
} from '../../features/automations/draft.ts';
import { describeTiming } from '../../features/automations/timing.ts';
import { useQuickReplies } from '../../features/quick-replies/api.ts';
import { LanguageChips } from '../../features/quick-replies/OtherLanguages.tsx';
import cards from '../../features/quick-replies/TemplateCards.module.css';
import styles from './AutomationsPage.module.css';

/**
 * The host's automations: messages that go out on every stay's timeline ("2 days before
 * check-in, the check-in instructions"), each switched on or off, edited or deleted.
 */
export function AutomationsPage() {
  const automations = useAutomations();
  const { t } = useTranslation(['app', 'common']);
  const properties = useProperties(true);
  const templates = useQuickReplies({ include_inactive: true });
  const save = useSaveAutomation();
  // Its own mutation: a failed switch must not show as the open form's error.
  const switchActive = useSaveAutomation();
  const remove = useDeleteAutomation();
  const [editing, setEditing] = useState<{ id?: string; draft: AutomationDraft } | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);

  const propertyTitle = (id: string | null) =>
    id
      ? (properties.data?.find((p) => p.id === id)?.title ?? t('automations.oneProperty'))
      : t('common:allProperties');
  const templateTitle = (id: string) => templates.data?.find((t) => t.id === id)?.title;

  const open = (next: { id?: string; draft: AutomationDraft }) => {
    save.reset();
    setEditing(next);
  };

  const submit = (draft: AutomationDraft) => {
    const id = editing?.id;
    save.mutate(
      id ? { id, input: draftToUpdateBody(draft) } : { input: draftToCreateBody(draft) },
      {
        onSuccess: () => {
          toast.success(id ? t('automations.saved') : t('automations.created'));
          setEditing(null);
        },
      },
    );
  };

  const toggle = (a: Automation) =>
    switchActive.mutate(
      { id: a.id, input: { is_active: !a.is_active } },
      { onError: (e) => toast.error(e.message) },
    );

  const del = (a: Automation) => {
    setDeleting(null);
    remove.mutate(a.id, {
      onSuccess: () => toast.success(t('automations.deleted')),
      onError: (e) => toast.error(e.message),
    });
  };

  const list = automations.data ?? [];
  return (
    <div className="page">
      <div className="page-head">
        <div>
          <h1>{t('automations.title')}</h1>
          <p className="muted">{t('automations.intro')}</p>
        </div>
        <button
          type="button"
          className="button primary"
          onClick={() => open({ draft: EMPTY_DRAFT })}
        >
          {t('automations.new')}
        </button>
      </div>

      {editing && (
        <AutomationForm
          key={editing.id ?? 'new'}
          initial={editing.draft}
          isNew={!editing.id}
          properties={properties.data ?? []}
          templates={templates.data ?? []}
          busy={save.isPending}
          error={save.error}
          onCancel={() => setEditing(null)}
          onSave={submit}
        />
      )}

      {automations.isLoading && <p className="muted">{t('common:loading')}</p>}
      {automations.isError && (
        <p className="form-error" role="alert">
          {t('automations.loadFailed')}
        </p>
      )}
      {automations.isSuccess && list.length === 0 && (
        <div className="list-empty">
          <h3>{t('automations.emptyTitle')}</h3>
          <p>{t('automations.empty')}</p>
        </div>
      )}
      {list.length > 0 && (
        <ul className={cards.list} aria-label={t('automations.list')}>
          {list.map((a) => (
            <li key={a.id} className={`card ${cards.item} ${a.is_active ? '' : cards.inactive}`}>
              <div className={cards.head}>
                <strong>{a.name}</strong>
                <span className="chip subtle">{propertyTitle(a.property_id)}</span>
                <LanguageChips translations={a.translations} />
                <span className="muted small">{describeTiming(a.trigger, a.offset_minutes)}</span>
              </div>
              <p className={cards.text}>
                {a.quick_reply_id ? (
                  <>
                    <span className="muted">{t('automations.quickReply')} </span>
                    {templateTitle(a.quick_reply_id) ?? t('automations.aQuickReply')}
                  </>
                ) : (
                  a.message
                )}
              </p>
              {deleting === a.id ? (
                <div
                  className={styles.confirmBox}
                  role="group"
                  aria-label={t('automations.confirmDelete', { name: a.name })}
                >
                  <p>{t('automations.deleteQuestion', { name: a.name })}</p>
                  <div className={styles.row}>
                    <button type="button" className="button danger small" onClick={() => del(a)}>
                      {t('common:yesDelete')}
                    </button>
                    <button
                      type="button"
                      className="button secondary small"
                      onClick={() => setDeleting(null)}
                    >
                      {t('common:keepIt')}
                    </button>
                  </div>
                </div>
              ) : (
                <div className={cards.actions}>
                  <label className="switch">
                    <input type="checkbox" checked={a.is_active} onChange={() => toggle(a)} />
                    <span>
                      {t('common:active')} <span className="sr-only">{a.name}</span>
                    </span>
                  </label>
                  <button
                    type="button"
                    className="button secondary small"
                    onClick={() => open({ id: a.id, draft: automationToDraft(a) })}
                  >
                    {t('common:edit')} <span className="sr-only">{a.name}</span>
                  </button>
                  <button
                    type="button"
                    className="button danger small"
                    onClick={() => setDeleting(a.id)}
                  >
                    {t('common:delete')} <span className="sr-only">{a.name}</span>
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

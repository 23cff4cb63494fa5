import { useState } from 'react';
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
  const properties = useProperties(true);
  const templates = useQuickReplies({ include_inactive: true });
  const save = useSaveAutomation();
  // Its own mutation: a failed switch must not show as the open form's error.
  const switchActive = useSaveAutomation();
  const remove = useDeleteAutomation();
  const [editing, setEditing] = useState<{ id?: string; draft: AutomationDraft } | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);

  const propertyTitle = (id: string | null) =>
    id ? (properties.data?.find((p) => p.id === id)?.title ?? 'One property') : 'All properties';
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
          toast.success(id ? 'Automation saved' : 'Automation created');
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
      onSuccess: () => toast.success('Automation deleted'),
      onError: (e) => toast.error(e.message),
    });
  };

  const list = automations.data ?? [];
  return (
    <div className="page">
      <div className="page-head">
        <div>
          <h1>Automations</h1>
          <p className="muted">
            Messages that go out on every confirmed stay’s timeline, in the property’s time. Each
            stay’s copy can be edited, skipped or sent early from the conversation.
          </p>
        </div>
        <button
          type="button"
          className="button primary"
          onClick={() => open({ draft: EMPTY_DRAFT })}
        >
          New automation
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

      {automations.isLoading && <p className="muted">Loading…</p>}
      {automations.isError && (
        <p className="form-error" role="alert">
          Automations could not be loaded.
        </p>
      )}
      {automations.isSuccess && list.length === 0 && (
        <div className="list-empty">
          <h3>No automations yet</h3>
          <p>
            An automation sends a message on each stay’s timeline — for example, 2 days before
            check-in, send the check-in instructions; or the morning after check-out, a thank-you. A
            message whose details you have not filled in (a door code, the wifi) waits for you
            instead of going out blank.
          </p>
        </div>
      )}
      {list.length > 0 && (
        <ul className={cards.list} aria-label="Your automations">
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
                    <span className="muted">Quick reply: </span>
                    {templateTitle(a.quick_reply_id) ?? 'a quick reply'}
                  </>
                ) : (
                  a.message
                )}
              </p>
              {deleting === a.id ? (
                <div
                  className={styles.confirmBox}
                  role="group"
                  aria-label={`Confirm deleting ${a.name}`}
                >
                  <p>Delete “{a.name}”? What it has not sent yet is cancelled.</p>
                  <div className={styles.row}>
                    <button type="button" className="button danger small" onClick={() => del(a)}>
                      Yes, delete
                    </button>
                    <button
                      type="button"
                      className="button secondary small"
                      onClick={() => setDeleting(null)}
                    >
                      Keep it
                    </button>
                  </div>
                </div>
              ) : (
                <div className={cards.actions}>
                  <label className="switch">
                    <input type="checkbox" checked={a.is_active} onChange={() => toggle(a)} />
                    <span>
                      Active <span className="sr-only">{a.name}</span>
                    </span>
                  </label>
                  <button
                    type="button"
                    className="button secondary small"
                    onClick={() => open({ id: a.id, draft: automationToDraft(a) })}
                  >
                    Edit <span className="sr-only">{a.name}</span>
                  </button>
                  <button
                    type="button"
                    className="button danger small"
                    onClick={() => setDeleting(a.id)}
                  >
                    Delete <span className="sr-only">{a.name}</span>
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

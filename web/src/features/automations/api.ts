import {
  QUICK_REPLY_PLACEHOLDERS,
  routes,
  type QuickReplyPlaceholder,
  type ScheduledMessage,
  type RouteBody,
} from '@flexbnb/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { api } from '../../lib/api.ts';
import { i18n } from '../../lib/i18n.ts';
import { keys } from '../../lib/queries.ts';

export type {
  Automation,
  AutomationTrigger,
  LateBookingPolicy,
  ScheduledMessage,
  ScheduledMessageStatus,
} from '@flexbnb/contracts';
export { AUTOMATION_TRIGGERS, SEND_LATER_MAX_DAYS } from '@flexbnb/contracts';

/** Only these can still be edited, skipped or sent now. */
export function isWaiting(message: ScheduledMessage): boolean {
  return message.status === 'scheduled' || message.status === 'held';
}

/** "door code, wifi password" — what a held message waits for, from its placeholders. */
export function missingDetails(placeholders: string[], t: TFunction<'automations'>): string {
  const names = placeholders.map((p) =>
    isPlaceholder(p) ? t(`details.${p}`) : p.replaceAll('_', ' '),
  );
  return new Intl.ListFormat(i18n.language, { type: 'conjunction', style: 'narrow' }).format(names);
}

const isPlaceholder = (name: string): name is QuickReplyPlaceholder =>
  Object.hasOwn(QUICK_REPLY_PLACEHOLDERS, name);

/** The prefix of every scheduled-message list: a stay's timeline, a thread's waiting ones. */
const SCHEDULED_LISTS = ['scheduled-messages'] as const;

/** A new automation (no id), or some fields of an existing one. */
export type SaveAutomation =
  | { id?: undefined; input: RouteBody<typeof routes.createAutomation> }
  | { id: string; input: RouteBody<typeof routes.updateAutomation> };

export function useAutomations() {
  return useQuery({
    queryKey: keys.automations,
    queryFn: ({ signal }) => api(routes.listAutomations, { signal }),
  });
}

/**
 * Creating or changing an automation plans or moves messages on every matching stay: the
 * stays' timelines load again too.
 */
export function useSaveAutomation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (save: SaveAutomation) =>
      save.id === undefined
        ? api(routes.createAutomation, { body: save.input })
        : api(routes.updateAutomation, { params: { id: save.id }, body: save.input }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: keys.automations });
      void client.invalidateQueries({ queryKey: SCHEDULED_LISTS });
    },
  });
}

export function useDeleteAutomation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api(routes.deleteAutomation, { params: { id } }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: keys.automations });
      void client.invalidateQueries({ queryKey: SCHEDULED_LISTS });
    },
  });
}

/** A stay's timeline, sent and upcoming, as its host sees it. */
export function useStayScheduledMessages(reservationId: string) {
  return useQuery({
    queryKey: keys.stayScheduledMessages(reservationId),
    queryFn: ({ signal }) =>
      api(routes.listStayScheduledMessages, { params: { id: reservationId }, signal }),
  });
}

/** How often the waiting list under a thread checks whether one went out, if the socket missed it. */
const WAITING_POLL_MS = 30_000;

/** The caller's own messages waiting to go out in a conversation, in time order. */
export function useConversationScheduledMessages(conversationId: string) {
  return useQuery({
    queryKey: keys.conversationScheduledMessages(conversationId),
    queryFn: ({ signal }) =>
      api(routes.listConversationScheduledMessages, { params: { id: conversationId }, signal }),
    refetchInterval: (query) => (query.state.data?.length ? WAITING_POLL_MS : false),
  });
}

/** What can be done to one waiting message. */
export type ScheduledMessageChange =
  | { id: string; action: 'skip' | 'cancel' | 'send-now' }
  | { id: string; action: 'edit'; message: string };

const ACTION_ROUTES = {
  skip: routes.skipScheduledMessage,
  cancel: routes.cancelScheduledMessage,
  'send-now': routes.sendScheduledMessageNow,
} as const;

/**
 * Skip, cancel, send now or edit one scheduled message. Every scheduled list on screen loads
 * again whatever the answer (a 409 means it changed under us): the same message may show both
 * on the stay's timeline and under the thread. One sent now reaches the thread by the socket,
 * or by the thread's own polling.
 */
export function useChangeScheduledMessage() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (change: ScheduledMessageChange) =>
      change.action === 'edit'
        ? api(routes.updateScheduledMessage, {
            params: { id: change.id },
            body: { message: change.message },
          })
        : api(ACTION_ROUTES[change.action], { params: { id: change.id } }),
    onSettled: () => client.invalidateQueries({ queryKey: SCHEDULED_LISTS }),
  });
}

/** Schedules a message in a conversation for `sendAt` (ISO); it joins the waiting list. */
export function useSendLater(conversationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { message: string; sendAt: string; quickReplyId?: string }) =>
      api(routes.sendMessage, {
        body: {
          conversation_id: conversationId,
          message: input.message,
          send_at: input.sendAt,
          ...(input.quickReplyId && { quick_reply_id: input.quickReplyId }),
        },
      }),
    onSuccess: () => {
      // A host's message sent later shows on the stay's timeline as well.
      void client.invalidateQueries({ queryKey: SCHEDULED_LISTS });
    },
  });
}

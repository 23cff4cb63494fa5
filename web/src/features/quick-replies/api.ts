import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  QUICK_REPLY_CATEGORIES,
  routes,
  type QuickReplyCategory,
  type RouteBody,
} from '@flexbnb/contracts';
import { api } from '../../lib/api.ts';
import { i18n } from '../../lib/i18n.ts';

export {
  QUICK_REPLY_CATEGORIES,
  QUICK_REPLY_PLACEHOLDERS,
  type QuickReply,
  type QuickReplyCategory,
  type QuickReplyPreview,
} from '@flexbnb/contracts';

/** A template as the form edits it: the contract's create input, every field filled in. */
export type QuickReplyDraft = Required<RouteBody<typeof routes.createQuickReply>>;

/** A new template (no id), or some fields of an existing one. */
export type SaveQuickReply =
  | { id?: undefined; input: RouteBody<typeof routes.createQuickReply> }
  | { id: string; input: RouteBody<typeof routes.updateQuickReply> };

/**
 * Each category's name, in the language shown when read (a component that draws them should
 * use its own `t('categories.…')`, so that it draws again when the language changes).
 */
export const CATEGORY_LABELS: Readonly<Record<QuickReplyCategory, string>> =
  Object.defineProperties(
    {} as Record<QuickReplyCategory, string>,
    Object.fromEntries(
      QUICK_REPLY_CATEGORIES.map((category) => [
        category,
        { enumerable: true, get: () => i18n.t(`categories.${category}`, { ns: 'quickReplies' }) },
      ]),
    ),
  );

const key = ['quick-replies'] as const;

export function useQuickReplies(
  params: { property_id?: string; include_inactive?: boolean },
  enabled = true,
) {
  return useQuery({
    enabled,
    queryKey: [...key, params],
    queryFn: ({ signal }) =>
      api(routes.listQuickReplies, {
        query: {
          property_id: params.property_id,
          include_inactive: params.include_inactive ? 'true' : undefined,
        },
        signal,
      }),
  });
}

export function previewQuickReply(id: string, conversationId: string) {
  return api(routes.previewQuickReply, {
    params: { id },
    query: { conversation_id: conversationId },
  });
}

export function useSaveQuickReply() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (save: SaveQuickReply) =>
      save.id === undefined
        ? api(routes.createQuickReply, { body: save.input })
        : api(routes.updateQuickReply, { params: { id: save.id }, body: save.input }),
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });
}

export function useDeleteQuickReply() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api(routes.deleteQuickReply, { params: { id } }),
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });
}

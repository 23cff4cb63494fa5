import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { routes, type QuickReplyCategory, type RouteBody } from '@flexbnb/contracts';
import { api } from '../../lib/api.ts';

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

export const CATEGORY_LABELS: Record<QuickReplyCategory, string> = {
  greeting: 'Greeting',
  booking_confirmation: 'Booking confirmation',
  check_in_instructions: 'Check-in instructions',
  check_out_instructions: 'Check-out instructions',
  amenities_info: 'Amenities info',
  directions: 'Directions',
  house_rules: 'House rules',
  emergency: 'Emergency',
  thank_you: 'Thank you',
  custom: 'Custom',
};

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

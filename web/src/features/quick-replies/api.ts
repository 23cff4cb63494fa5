import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QuickReply, QuickReplyCategory, QuickReplyPreview } from '@flexbnb/contracts';
import { api, query } from '../../lib/api.ts';

export {
  QUICK_REPLY_CATEGORIES,
  QUICK_REPLY_PLACEHOLDERS,
  type QuickReply,
  type QuickReplyCategory,
  type QuickReplyPreview,
} from '@flexbnb/contracts';

export interface QuickReplyInput {
  title: string;
  message: string;
  category: QuickReplyCategory;
  property_id: string | null;
  is_active: boolean;
}

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
      api<QuickReply[]>(
        `/api/messaging/quick-replies/${query({
          property_id: params.property_id,
          include_inactive: params.include_inactive ? 'true' : undefined,
        })}`,
        { signal },
      ),
  });
}

export function previewQuickReply(id: string, conversationId: string) {
  return api<QuickReplyPreview>(
    `/api/messaging/quick-replies/${id}/preview/${query({ conversation_id: conversationId })}`,
  );
}

export function useSaveQuickReply() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: Partial<QuickReplyInput> }) =>
      id
        ? api<QuickReply>(`/api/messaging/quick-replies/${id}/`, { method: 'PATCH', body: input })
        : api<QuickReply>('/api/messaging/quick-replies/create/', { method: 'POST', body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });
}

export function useDeleteQuickReply() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api<undefined>(`/api/messaging/quick-replies/${id}/delete/`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });
}

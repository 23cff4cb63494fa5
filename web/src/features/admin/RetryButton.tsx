import { toast } from 'sonner';
import { useRetryDelivery, type AdminDelivery } from './api.ts';

/** The button that puts one failed delivery back in the queue. */
export function RetryButton({ delivery }: { delivery: Pick<AdminDelivery, 'id' | 'status'> }) {
  const retry = useRetryDelivery();
  if (delivery.status !== 'failed') return null;
  return (
    <button
      type="button"
      className="button secondary small"
      disabled={retry.isPending}
      onClick={() =>
        retry.mutate(
          { id: delivery.id },
          {
            onSuccess: () => toast.success('Delivery queued again'),
            onError: (err) => toast.error(err.message),
          },
        )
      }
    >
      Retry
    </button>
  );
}

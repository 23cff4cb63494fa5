import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { useRetryDelivery, type AdminDelivery } from './api.ts';

/** The button that puts one failed delivery back in the queue. */
export function RetryButton({ delivery }: { delivery: Pick<AdminDelivery, 'id' | 'status'> }) {
  const { t } = useTranslation('admin');
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
            onSuccess: () => toast.success(t('deliveries.queuedAgain')),
            onError: (err) => toast.error(err.message),
          },
        )
      }
    >
      {t('deliveries.retry')}
    </button>
  );
}

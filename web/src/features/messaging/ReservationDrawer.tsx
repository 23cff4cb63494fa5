import type { ReactNode } from 'react';
import { Button, Dialog, DialogTrigger, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { CloseIcon, DetailsIcon } from '../../ui/icons.tsx';
import styles from './ReservationDrawer.module.css';

/**
 * Where the screen is too narrow for the reservation beside the thread (≤ 1100 px, where the
 * panel's column goes): a button in the thread's header that opens it as a drawer. Wider, the
 * panel is on screen and the button is not.
 */
export function ReservationDrawer({ children }: { children: ReactNode }) {
  const { t } = useTranslation('messaging');
  return (
    <DialogTrigger>
      <Button className={`icon-button labelled ${styles.toggle}`}>
        <DetailsIcon />
        <span>{t('reservation.reservation')}</span>
      </Button>
      <ModalOverlay isDismissable className={styles.overlay}>
        <Modal className={styles.drawer}>
          <Dialog className={styles.dialog} aria-label={t('reservation.details')}>
            {({ close }) => (
              <>
                <Button
                  className={`icon-button ${styles.close}`}
                  aria-label={t('reservation.closeDetails')}
                  onPress={close}
                >
                  <CloseIcon />
                </Button>
                {children}
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}

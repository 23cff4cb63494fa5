import type { ReactNode } from 'react';
import { Button, Dialog, DialogTrigger, Modal, ModalOverlay } from 'react-aria-components';
import { CloseIcon } from '../../ui/icons.tsx';
import styles from './ReservationDrawer.module.css';

function DetailsIcon() {
  return (
    <svg
      viewBox="0 0 24 24"
      width="20"
      height="20"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M4 5h16v14H4zM15 5v14M7.5 9h4M7.5 12.5h4" />
    </svg>
  );
}

/**
 * Where the screen is too narrow for the reservation beside the thread (≤ 1100 px, where the
 * panel's column goes): a button in the thread's header that opens it as a drawer. Wider, the
 * panel is on screen and the button is not.
 */
export function ReservationDrawer({ children }: { children: ReactNode }) {
  return (
    <DialogTrigger>
      <Button className={`icon-button labelled ${styles.toggle}`}>
        <DetailsIcon />
        <span>Reservation</span>
      </Button>
      <ModalOverlay isDismissable className={styles.overlay}>
        <Modal className={styles.drawer}>
          <Dialog className={styles.dialog} aria-label="Reservation details">
            {({ close }) => (
              <>
                <Button
                  className={`icon-button ${styles.close}`}
                  aria-label="Close reservation details"
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

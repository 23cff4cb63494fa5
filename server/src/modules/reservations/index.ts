export { reservationsRoutes } from './reservations.routes.ts';
export { createReservationsService, type ReservationsService } from './reservations.service.ts';
export { findReservation, type ReservationView } from './reservations.repo.ts';
export { canSeeReservation } from './reservations.policy.ts';
export { nightsBetween } from './reservations.presenter.ts';

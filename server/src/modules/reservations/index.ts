export { reservationsJobs } from './reservations.jobs.ts';
export { reservationsRoutes } from './reservations.routes.ts';
export {
  createReservationsService,
  findReservationParties,
  type ImportedStay,
  type ReservationsService,
} from './reservations.service.ts';
export { nightsBetween } from './reservations.presenter.ts';

export { createScreeningService, screenOutgoing, screenText } from './screening.service.ts';
export type { Screened, ScreenedText, ScreeningService } from './screening.service.ts';
export { screeningRoutes } from './screening.routes.ts';
export { screeningHandlers } from './screening.handlers.ts';
export { screenedSend, stayConfirmed } from './screening.policy.ts';

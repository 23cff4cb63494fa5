export { authRoutes } from './auth.routes.ts';
export { createAuthService, emailIsRegistered, type AuthService } from './auth.service.ts';

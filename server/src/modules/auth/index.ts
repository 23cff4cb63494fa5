export { authRoutes } from './auth.routes.ts';
export { createAuthService, type AuthService } from './auth.service.ts';
export { presentUser } from './auth.presenter.ts';
export { findUserByEmail, findUserById, type UserRow } from './auth.repo.ts';

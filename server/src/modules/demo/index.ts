export { demoRoutes } from './demo.routes.ts';
export { createDemoService, type DemoService } from './demo.service.ts';
export { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo.accounts.ts';

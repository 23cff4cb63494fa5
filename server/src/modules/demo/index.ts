export { demoRoutes } from './demo.routes.ts';
export { createDemoService, type DemoService } from './demo.service.ts';

export { propertiesRoutes } from './properties.routes.ts';
export { createPropertiesService, type PropertiesService } from './properties.service.ts';
export { findProperty, type PropertyWithHost } from './properties.repo.ts';

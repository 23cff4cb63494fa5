export { propertiesRoutes } from './properties.routes.ts';
export {
  createPropertiesService,
  findPropertyHost,
  type PropertiesService,
} from './properties.service.ts';

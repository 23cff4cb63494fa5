export { DOMAIN_EVENTS, eventColumns, type EventName, type EventPayload } from './catalog.ts';
export {
  createEventBus,
  on,
  type EventBus,
  type EventHandler,
  type RecordingParts,
  type StatementPart,
  type Subscription,
  type UnitOfWork,
} from './bus.ts';

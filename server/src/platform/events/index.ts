export {
  DOMAIN_EVENTS,
  eventColumns,
  type EventName,
  type EventPayload,
  type StatementOutputs,
} from './catalog.ts';
export {
  createEventBus,
  on,
  type EventBus,
  type AfterCommitContext,
  type EventHandler,
  type Origin,
  type RecordingParts,
  type StatementPart,
  type Subscription,
  type UnitOfWork,
  type UserEvent,
} from './bus.ts';

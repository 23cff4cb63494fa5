export * from './common.ts';
export * from './auth.ts';
export * from './properties.ts';
export * from './reservations.ts';
export * from './messaging.ts';
export * from './quick-replies.ts';
export * from './realtime.ts';
export * from './demo.ts';

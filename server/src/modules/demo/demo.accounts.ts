/** The documented password of every demo account. */
export const DEMO_PASSWORD = 'flexbnb-demo';

/** The accounts a demo database is seeded with (see demo.ts). */
export const DEMO_ACCOUNTS = [
  { email: 'host@demo.flexbnb.test', name: 'Hana Host', role: 'user', label: 'host' },
  { email: 'guest@demo.flexbnb.test', name: 'Gina Guest', role: 'user', label: 'guest' },
  { email: 'guest2@demo.flexbnb.test', name: 'Gabriel Guest', role: 'user', label: 'guest' },
  { email: 'admin@demo.flexbnb.test', name: 'Ada Admin', role: 'admin', label: 'admin' },
] as const;

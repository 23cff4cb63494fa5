import type { Config } from '../config.ts';
import type { Db } from './db/connect.ts';

/** What every service is built from; tests build the same with their own database. */
export interface ServiceDeps {
  db: Db;
  config: Config;
  /** The current time; injectable so tests can move it. */
  now: () => Date;
}

/** The user a request or socket acts as, once its token is verified. */
export interface Actor {
  id: string;
  role: 'user' | 'admin';
  name: string;
  email: string;
}

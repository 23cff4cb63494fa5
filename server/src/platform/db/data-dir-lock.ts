import path from 'node:path';
import lockfile from 'proper-lockfile';

export class DataDirInUseError extends Error {}

/**
 * Takes an exclusive lock on the embedded database's folder. PGlite has none of its own,
 * and two processes writing one data folder corrupt it.
 * @returns a function that releases the lock
 */
export async function lockDataDir(
  dataDir: string,
  onLost: (err: Error) => void,
): Promise<() => Promise<void>> {
  try {
    return await lockfile.lock(dataDir, {
      lockfilePath: path.join(dataDir, 'messenger.lock'),
      // A crashed process's lock is taken over once it has not been refreshed for this long.
      stale: 15_000,
      update: 5_000,
      onCompromised: onLost,
    });
  } catch (err) {
    if ((err as { code?: string }).code === 'ELOCKED') {
      throw new DataDirInUseError(
        `DATA_DIR ${dataDir} is in use by another FlexBNB Messenger process. ` +
          'Stop that process, or give this one another DATA_DIR (or a DATABASE_URL).',
      );
    }
    throw err;
  }
}

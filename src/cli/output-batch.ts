/**
 * @module Writing outputs as a batch for `generate` and `render`: one PDF printer shared by the
 * batch and closed after it; a missing system package is a message and exit 69, not a crash.
 */
import { MissingDependencyError, openOutputBatch } from '../generate/index.js';
import type { OutputBatch } from '../generate/index.js';
import { EXIT } from './exit-codes.js';
import type { Io } from './main.js';

/** Runs `write` with a batch; returns null when it finished, else the exit code to end with. */
export async function writeBatch(io: Io, write: (batch: OutputBatch) => Promise<void>): Promise<number | null> {
  const batch = openOutputBatch();
  try {
    await write(batch);
    return null;
  } catch (err) {
    if (!(err instanceof MissingDependencyError)) throw err;
    io.err(err.message);
    return EXIT.unavailable;
  } finally {
    await batch.close();
  }
}

// Clean-ups for whoever owns the process: a resource that would keep it alive
// (the parse worker pool) registers itself when it is created, and the CLI's
// bin.ts runs them all after the command. The owner thus imports nothing heavy
// at start-up, and a command that never made the resource pays nothing.
const cleanups = new Set<() => Promise<void>>();

/** Registers `cleanup` to run at shutdown (once, however often it is registered). */
export function onShutdown(cleanup: () => Promise<void>): void {
  cleanups.add(cleanup);
}

/** Runs and forgets every registered clean-up. */
export async function shutdown(): Promise<void> {
  const all = [...cleanups];
  cleanups.clear();
  await Promise.all(all.map((cleanup) => cleanup()));
}

// SIGTERM and SIGINT from the entry point's first line on. The entry installs the handlers before
// it loads anything heavy (loading takes 0.3 s on a quiet machine and seconds under load), and a
// signal that arrives meanwhile is kept and handed to the run once it listens. Imports nothing.

export type SignalListener = (signal: NodeJS.Signals, count: number) => void;

const received: NodeJS.Signals[] = [];
const listeners = new Set<SignalListener>();
let installed = false;

function handle(signal: NodeJS.Signals): void {
  received.push(signal);
  for (const listener of listeners) listener(signal, received.length);
}

/** Catches SIGTERM and SIGINT for the life of the process (a caught signal no longer ends it). */
export function installSignalHandlers(): void {
  if (installed) return;
  installed = true;
  process.on('SIGTERM', handle);
  process.on('SIGINT', handle);
}

/** Calls the listener for every signal, first for those that came before it listened. */
export function onSignal(listener: SignalListener): () => void {
  installSignalHandlers();
  received.forEach((signal, i) => listener(signal, i + 1));
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// Action entry point. Signal handlers come first: the action's modules take a while to load, and a
// cancellation meanwhile must still end in a report (see run/signals.ts).
import { installSignalHandlers } from './run/signals.js';

installSignalHandlers();
// A debug line (shown only with step debugging on) that marks the handlers as in place.
process.stdout.write('::debug::readiness: starting\n');
void import('./main.js').then((m) => m.run());

// The check kinds that add a scanner to the shared pass, loaded statically: the scan worker builds
// its scanners from these, so nothing is imported after it starts.
import { checklistCheck } from './checklist.js';
import { conflictMarkersCheck } from './conflict-markers.js';
import { dockerfileCheck } from './dockerfile.js';
import { filesCheck } from './files.js';
import { patternsCheck } from './patterns.js';
import { secretsCheck } from './secrets.js';
import { workflowsCheck } from './workflows.js';
import type { CheckKind } from './types.js';

export const SCANNER_KINDS: Readonly<Record<string, CheckKind>> = {
  checklist: checklistCheck,
  'conflict-markers': conflictMarkersCheck,
  dockerfile: dockerfileCheck,
  files: filesCheck,
  patterns: patternsCheck,
  secrets: secretsCheck,
  workflows: workflowsCheck,
};

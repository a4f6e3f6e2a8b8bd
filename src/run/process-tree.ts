// Finds and signals every live process a check started: its process group, plus (on Linux) any
// process carrying the check's environment marker, which catches daemons that called setsid().
// Jenkins' ProcessTreeKiller finds build leftovers the same way, by an environment variable.
import { readdirSync, readFileSync } from 'node:fs';

export const MARKER_VARIABLE = 'READINESS_SCORECARD_CHECK';

interface ProcStat {
  state: string;
  pgrp: number;
}

function parseStat(text: string): ProcStat | undefined {
  // The command name is in parentheses and may itself hold spaces and parentheses.
  const close = text.lastIndexOf(')');
  if (close < 0) return undefined;
  const fields = text.slice(close + 2).split(' ');
  // fields[0] is field 3 (state); pgrp is field 5.
  return { state: fields[0] ?? '', pgrp: Number(fields[2]) };
}

export interface Tree {
  pgid: number;
  marker: string;
}

function signalGroup(pgid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Process ids are handed out in increasing order until they wrap at pid_max, so everything a check
 * started has an id from its first process's up to the last one allocated. Skipping the rest keeps
 * the scan to the processes that appeared while the check ran.
 */
function newPidFilter(firstPid: number): (pid: number) => boolean {
  let last: number;
  try {
    last = Number(readFileSync('/proc/sys/kernel/ns_last_pid', 'utf8'));
  } catch {
    return () => true;
  }
  if (!Number.isInteger(last)) return () => true;
  return last >= firstPid ? (pid) => pid >= firstPid && pid <= last : (pid) => pid >= firstPid || pid <= last;
}

/**
 * Live (not zombie) processes of the tree. Zombies wait for a reaper and cannot be killed.
 * Synchronous on purpose: /proc reads are memory reads, and a few hundred of them cost about a
 * millisecond, far less than the thread-pool round trips of the async API.
 */
export function treeMembers(tree: Tree): number[] {
  if (process.platform !== 'linux') return signalGroup(tree.pgid, 0) ? [-tree.pgid] : [];
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return signalGroup(tree.pgid, 0) ? [-tree.pgid] : [];
  }
  const needle = Buffer.from(`${MARKER_VARIABLE}=${tree.marker}\0`);
  const isNew = newPidFilter(tree.pgid);
  const members: number[] = [];
  for (const name of entries) {
    const pid = Number(name);
    if (!Number.isInteger(pid) || pid === process.pid || !isNew(pid)) continue;
    try {
      const stat = parseStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
      if (!stat || stat.state === 'Z' || stat.state === 'X') continue;
      if (stat.pgrp === tree.pgid) members.push(pid);
      else if (readFileSync(`/proc/${pid}/environ`).includes(needle)) members.push(pid);
    } catch {
      // Gone already, or not ours to read.
    }
  }
  return members;
}

/** Signals every live member; returns how many were signalled. */
export function signalTree(tree: Tree, signal: NodeJS.Signals): number {
  const members = treeMembers(tree);
  signalGroup(tree.pgid, signal);
  for (const pid of members) {
    try {
      process.kill(pid, signal);
    } catch {
      // Exited meanwhile.
    }
  }
  return members.length;
}

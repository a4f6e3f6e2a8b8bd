// Finds and signals every live process a check started: its process group, plus (on Linux) any
// process carrying the check's environment marker, which catches daemons that called setsid().
// Jenkins' ProcessTreeKiller finds build leftovers the same way, by an environment variable.
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';

export const MARKER_VARIABLE = 'READINESS_SCORECARD_CHECK';

interface ProcStat {
  state: string;
  pgrp: number;
  startTime: number;
}

function parseStat(text: string): ProcStat | undefined {
  // The command name is in parentheses and may itself hold spaces and parentheses.
  const close = text.lastIndexOf(')');
  if (close < 0) return undefined;
  const fields = text.slice(close + 2).split(' ');
  // fields[0] is field 3 (state); pgrp is field 5, starttime field 22.
  return { state: fields[0] ?? '', pgrp: Number(fields[2]), startTime: Number(fields[19]) };
}

/** The start time (clock ticks since boot) of a process, to skip processes older than a check. */
export function startTimeOf(pid: number): number | undefined {
  if (process.platform !== 'linux') return undefined;
  try {
    return parseStat(readFileSync(`/proc/${pid}/stat`, 'utf8'))?.startTime;
  } catch {
    return undefined;
  }
}

export interface Tree {
  pgid: number;
  marker: string;
  /** Start time of the check's first process; nothing older can belong to it. */
  startTime?: number;
}

function signalGroup(pgid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Live (not zombie) processes of the tree. Zombies wait for a reaper and cannot be killed. */
export async function treeMembers(tree: Tree): Promise<number[]> {
  if (process.platform !== 'linux') return signalGroup(tree.pgid, 0) ? [-tree.pgid] : [];
  let entries: string[];
  try {
    entries = await readdir('/proc');
  } catch {
    return signalGroup(tree.pgid, 0) ? [-tree.pgid] : [];
  }
  const needle = Buffer.from(`${MARKER_VARIABLE}=${tree.marker}\0`);
  const members: number[] = [];
  await Promise.all(
    entries.map(async (name) => {
      const pid = Number(name);
      if (!Number.isInteger(pid) || pid === process.pid) return;
      try {
        const stat = parseStat(await readFile(`/proc/${pid}/stat`, 'utf8'));
        if (!stat || stat.state === 'Z' || stat.state === 'X') return;
        if (stat.pgrp === tree.pgid) {
          members.push(pid);
          return;
        }
        if (tree.startTime !== undefined && stat.startTime < tree.startTime) return;
        if ((await readFile(`/proc/${pid}/environ`)).includes(needle)) members.push(pid);
      } catch {
        // Gone already, or not ours to read.
      }
    }),
  );
  return members;
}

/** Signals every live member; returns how many were signalled. */
export async function signalTree(tree: Tree, signal: NodeJS.Signals): Promise<number> {
  const members = await treeMembers(tree);
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

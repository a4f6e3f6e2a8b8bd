import { describe, expect, it } from 'vitest';
import { schedule, type Task } from '../../src/run/scheduler.js';

interface R {
  ok: boolean;
  note: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function tasks(spec: Record<string, string[]>): Task[] {
  return Object.entries(spec).map(([id, needs]) => ({ id, needs }));
}

function run(list: Task[], concurrency: number, outcome: (id: string) => boolean = () => true, signal?: AbortSignal) {
  const order: string[] = [];
  let active = 0;
  let peak = 0;
  const done = schedule<Task, R>(list, {
    concurrency,
    ...(signal ? { signal } : {}),
    async execute(task) {
      active++;
      peak = Math.max(peak, active);
      order.push(task.id);
      await sleep(20);
      active--;
      return { ok: outcome(task.id), note: 'ran' };
    },
    satisfies: (r) => r.ok,
    describe: (r) => (r.note === 'ran' ? 'failed' : 'was skipped'),
    skip: (_task, reason) => ({ ok: false, note: reason }),
  });
  return done.then((results) => ({ results, order, peak }));
}

describe('schedule', () => {
  it('never runs more than the concurrency limit at once, and uses it', async () => {
    const { peak, results } = await run(tasks({ a: [], b: [], c: [], d: [], e: [] }), 2);
    expect(peak).toBe(2);
    expect(results.size).toBe(5);
  });

  it('runs a task after the tasks it needs, else the first ready task in config order', async () => {
    const { order } = await run(tasks({ test: ['build'], build: [], lint: [] }), 1);
    expect(order).toEqual(['build', 'test', 'lint']);
  });

  it('skips a task whose need did not pass, and its dependents in turn', async () => {
    const { results, order } = await run(tasks({ build: [], test: ['build'], deploy: ['test'], lint: [] }), 4, (id) => id !== 'build');
    expect(order).toEqual(['build', 'lint']);
    expect(results.get('test')).toEqual({ ok: false, note: 'needs build, which failed' });
    expect(results.get('deploy')).toEqual({ ok: false, note: 'needs test, which was skipped' });
  });

  it('ignores needs on tasks that were not selected', async () => {
    const { results } = await run(tasks({ test: ['build'] }), 1);
    expect(results.get('test')?.ok).toBe(true);
  });

  it('skips what has not started when cancelled', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 5);
    const { results, order } = await run(tasks({ a: [], b: [], c: [] }), 1, () => true, controller.signal);
    expect(order).toEqual(['a']);
    expect(results.get('b')).toEqual({ ok: false, note: 'the run was cancelled before it started' });
  });
});

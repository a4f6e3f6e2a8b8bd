// Which runs judge new code, from the `new-code` input and the event alone: the engine decides this
// before loading the new-code view, which a run of plain commands on a push never needs.
export const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target', 'merge_group'] as const;

/** Whether a run judges new code at all: a base ref was given, or `auto` runs on a pull-request event. */
export function judgesChange(mode: string, eventName: string | undefined): boolean {
  const m = mode.trim();
  if (m === 'off' || m === '') return false;
  return m !== 'auto' || (PULL_REQUEST_EVENTS as readonly string[]).includes(eventName ?? '');
}

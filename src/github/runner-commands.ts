// The runner protocol (inputs, log lines, annotations, outputs, masks, the job summary) as
// @actions/core implements it, taken from its own modules. Its index, core.js, also imports its
// OIDC client, and with it @actions/http-client, undici and @actions/exec: about 1 MB of code and
// 15–20 ms at every start, for a token this action never asks for. The packages that do talk to
// GitHub (@actions/cache, @actions/github) still load core.js, when they load. The functions
// below are core.js's own, one line each; the escaping and the file commands stay @actions/core's.
// (The package's exports map names only its index, hence the paths.)
import os from 'node:os';
import type { AnnotationProperties } from '@actions/core';
import { issueCommand } from '../../node_modules/@actions/core/lib/command.js';
import { issueFileCommand, prepareKeyValueMessage } from '../../node_modules/@actions/core/lib/file-command.js';
import { toCommandProperties, toCommandValue } from '../../node_modules/@actions/core/lib/utils.js';

export { summary } from '../../node_modules/@actions/core/lib/summary.js';

/** An input as the runner passes it (INPUT_<NAME>), trimmed; '' when not given. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}

export function setOutput(name: string, value: unknown): void {
  if (process.env.GITHUB_OUTPUT) {
    issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
    return;
  }
  process.stdout.write(os.EOL);
  issueCommand('set-output', { name }, toCommandValue(value));
}

/** Masks the value in the job's log from now on. */
export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret);
}

/** A line shown only with step debugging on. */
export function debug(message: string): void {
  issueCommand('debug', {}, message);
}

export function info(message: string): void {
  process.stdout.write(message + os.EOL);
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('error', toCommandProperties(properties), message);
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('warning', toCommandProperties(properties), message);
}

export function notice(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('notice', toCommandProperties(properties), message);
}

/** An error annotation and exit code 1 when the process ends (it does not exit). */
export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

// The action: inputs → engine → publish (report file, outputs, summary, annotations, gate).
import * as core from './github/runner-commands.js';
import { configErrorReport, runEngine } from './engine.js';
import path from 'node:path';
import { preloadToolkit } from './github/toolkit.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { runnerMaskable } from './masking.js';
import { annotateNewOnly, planAnnotations } from './report/annotations.js';
import { readRunContext } from './github/context.js';
import { moreInReport } from './report/limits.js';
import { applyRatchet, ratchetPolicy } from './scoring/ratchet.js';
import { writeJson, writeReport } from './report/json.js';
import { renderBadge } from './report/badge.js';
import { Outputs, outputValues } from './report/outputs.js';
import { renderSummary } from './report/summary.js';
import { singleLine, text } from './report/markdown.js';
import type { Report } from './types.js';
import type { BaselineLookup } from './github/baseline.js';
import { killAllCommands } from './run/process.js';
import { onSignal } from './run/signals.js';
import { tempRoot } from './run/temp-root.js';
import type { NewCodeRequest } from './new-code/view.js';
import { PULL_REQUEST_EVENTS } from './new-code/mode.js';

/**
 * The steps that talk to GitHub or read other runs' reports (baseline, merge, comment, publish),
 * run only when the inputs ask for one. They are in this file's chunk of dist/ ("eager"), so
 * running them reads nothing from disk, even after a check has rebuilt dist/.
 */
const loadSteps = () => import(/* webpackMode: "eager" */ './github/steps.js');

/** Runs one publishing step; a failure is a warning so the other steps still happen. */
function attempt(what: string, step: () => void): void {
  try {
    step();
  } catch (err) {
    core.warning(`could not ${what}: ${(err as Error).message}`);
  }
}

async function publish(report: Report, inputs: ActionInputs): Promise<void> {
  attempt(`write the JSON report to ${inputs.reportPath}`, () => writeReport(report, inputs.reportPath));
  if (inputs.sarifPath) {
    // Only when asked for (it loads zlib); in this chunk of dist/ ("eager"), so nothing is read from disk.
    const { renderSarif } = await import(/* webpackMode: "eager" */ './report/sarif.js');
    attempt(`write the SARIF log to ${inputs.sarifPath}`, () => writeJson(inputs.sarifPath!, renderSarif(report)));
  }
  if (inputs.badgePath) attempt(`write the badge to ${inputs.badgePath}`, () => writeJson(inputs.badgePath!, renderBadge(report)));
  attempt('set the step outputs', () => {
    for (const [name, value] of Object.entries(outputValues(report, inputs.reportPath))) core.setOutput(name, value);
  });
  attempt('write annotations', () => annotate(report, annotateNewOnly(report, inputs.annotate)));
  for (const w of report.warnings) core.warning(w);
}

function annotate(report: Report, newOnly: boolean): void {
  const plan = planAnnotations(report, undefined, newOnly);
  for (const a of plan.annotations) {
    const props = { title: a.title, ...(a.file !== undefined ? { file: a.file } : {}), ...(a.line ? { startLine: a.line } : {}), ...(a.column ? { startColumn: a.column } : {}) };
    if (a.level === 'error') core.error(a.message, props);
    else if (a.level === 'warning') core.warning(a.message, props);
    else core.notice(a.message, props);
  }
  const omitted = plan.omitted.error + plan.omitted.warning + plan.omitted.note;
  if (omitted > 0) {
    core.info(
      `${omitted} ${newOnly ? 'new ' : ''}findings were not annotated (GitHub shows 10 per level per step, new findings and failing checks first): ${plan.omitted.error} errors, ${plan.omitted.warning} warnings, ${plan.omitted.note} notes; ${moreInReport(omitted)}.`,
    );
  }
}

async function writeSummary(report: Report): Promise<void> {
  try {
    await core.summary.addRaw(renderSummary(report)).write();
  } catch (err) {
    core.warning(`could not write the job summary: ${(err as Error).message}`);
  }
}

function logScorecard(report: Report): void {
  if (report.config.errors.length > 0) {
    for (const e of report.config.errors) core.error(e);
    return;
  }
  // One line each: text from a merged report or a tool must not start a workflow command.
  for (const c of report.checks) core.info(singleLine(`${c.status.padEnd(7)} ${c.id}: ${c.summary}`));
  const score = report.score === null ? 'not scored' : `${report.score.toFixed(1)}/100 (${report.grade})`;
  core.info(`Readiness ${score}, threshold ${report.threshold}: ${report.passed ? 'passed' : 'failed'}`);
}

function baselineOptions(inputs: ActionInputs, signal: AbortSignal) {
  return { cache: inputs.baseline, ...(inputs.baselinePath ? { baselinePath: inputs.baselinePath } : {}), repository: inputs.workspace, signal };
}

function newCodeRequest(inputs: ActionInputs): NewCodeRequest {
  const ctx = readRunContext();
  return {
    mode: inputs.newCode,
    eventName: ctx.eventName,
    ...(process.env.GITHUB_EVENT_PATH ? { eventPath: process.env.GITHUB_EVENT_PATH } : {}),
    gate: {
      ...(inputs.newCodeCoverage !== undefined ? { coverage: inputs.newCodeCoverage } : {}),
      ...(inputs.newCodeMaxFindings !== undefined ? { maxFindings: inputs.newCodeMaxFindings } : {}),
    },
    ...(inputs.token && ctx.owner && ctx.repo ? { api: { token: inputs.token, apiUrl: ctx.apiUrl, repository: `${ctx.owner}/${ctx.repo}` } } : {}),
  };
}

/** mode: publish — post an untrusted run's report from a workflow_run workflow, or refuse and say why. */
async function publishMode(inputs: ActionInputs): Promise<void> {
  const eventPath = inputs.eventPath ?? path.join(path.dirname(inputs.reportPath), 'event.json');
  const { describeCommentError, publishStep } = await loadSteps();
  try {
    const step = await publishStep({ reportPath: inputs.reportPath, eventPath, token: inputs.token, commentMode: inputs.commentMode ?? 'always' });
    step.notes.forEach((n) => core.info(n));
    attempt('set the step outputs', () => {
      for (const [name, value] of Object.entries(outputValues(step.report, inputs.reportPath))) core.setOutput(name, value);
    });
    await writeSummary(step.report);
  } catch (err) {
    const refused = (err as Error)?.name === 'PublishRefused';
    const why = refused ? (err as Error).message : describeCommentError(err);
    core.setFailed(`Readiness publish ${refused ? 'refused' : 'failed'}: ${why}`);
    // The workflow and the reader of the run see why, not an empty summary and no outputs.
    attempt('set the step outputs', () => core.setOutput(Outputs.Passed, 'false'));
    try {
      await core.summary.addRaw(`## ❌ Readiness publish ${refused ? 'refused' : 'failed'}\n\n${text(why, 2000)}\n`).write();
    } catch (e) {
      core.warning(`could not write the job summary: ${(e as Error).message}`);
    }
  }
}

export async function run(): Promise<void> {
  const startedAt = new Date();
  const t0 = performance.now();
  const controller = new AbortController();
  let escalated = false;
  let cancelled = false;
  const stopListening = onSignal((signal, count) => {
    if (count === 1) {
      core.warning(`received ${signal}: stopping the checks and writing a partial report`);
      controller.abort();
    } else {
      // A second signal leaves no grace: every check's processes die now, then the report is written.
      escalated = true;
      const killed = killAllCommands();
      core.warning(`received ${signal} again: killed ${killed} running check${killed === 1 ? '' : 's'}; writing the partial report`);
    }
  });
  process.on('unhandledRejection', (reason) => core.setFailed(`unexpected error: ${(reason as Error)?.stack ?? String(reason)}`));

  try {
    const { inputs, errors } = readInputs();
    // Registered before anything could print it.
    if (inputs.token) core.setSecret(inputs.token);
    const elapsed = () => Math.round(performance.now() - t0);
    // Before any check runs: a check may rebuild dist/, so nothing loads from it afterwards.
    const changeEvent = (PULL_REQUEST_EVENTS as readonly string[]).includes(readRunContext().eventName);
    // The compare API is the new-code view's last way to a merge-base on a pull request.
    await preloadToolkit({ cache: inputs.baseline, github: inputs.comment || (inputs.commentMode !== undefined && inputs.commentMode !== 'off') || inputs.mode === 'publish' || (inputs.newCode !== 'off' && changeEvent && !!inputs.token) });
    if (errors.length === 0 && inputs.mode === 'publish') {
      await publishMode(inputs);
      return;
    }
    let report: Report;
    let lookup: BaselineLookup | undefined;
    if (errors.length > 0) report = configErrorReport(startedAt, inputs.threshold, { path: null, source: 'none', errors }, [], elapsed());
    else if (inputs.merge) {
      try {
        report = await (await loadSteps()).mergeStep(inputs.merge, process.env.GITHUB_WORKSPACE || process.cwd(), inputs.mergeDuplicates, inputs.threshold);
      } catch (err) {
        report = configErrorReport(startedAt, inputs.threshold, { path: null, source: 'merged', errors: [(err as Error).message] }, [], elapsed());
      }
    } else {
      // Looked up before the checks run: benchmark checks compare with the baseline's samples.
      lookup = inputs.baseline || inputs.baselinePath ? await (await loadSteps()).baselineLookupStep(tempRoot().dir, baselineOptions(inputs, controller.signal)) : undefined;
      const baselineHistory = lookup?.previous?.history;
      report = await runEngine({
        workspace: inputs.workspace,
        ...(inputs.config ? { config: inputs.config } : {}),
        ...(inputs.threshold !== undefined ? { threshold: inputs.threshold } : {}),
        ...(inputs.checks ? { only: inputs.checks } : {}),
        ...(inputs.concurrency ? { concurrency: inputs.concurrency } : {}),
        signal: controller.signal,
        // Registered with the runner before any line that could hold it is printed.
        // Very short values would mask that text everywhere in the job's log; the engine masks them.
        onSecret: (value) => {
          if (runnerMaskable(value)) core.setSecret(value);
        },
        ...(inputs.token ? { secrets: [inputs.token] } : {}),
        onCheckEnd: (c) => core.info(`${c.status.padEnd(7)} ${c.id} (${c.evidence.durationMs} ms)`),
        newCode: newCodeRequest(inputs),
        keepTemp: inputs.keepTemp,
        ...(inputs.minLevel ? { minLevel: inputs.minLevel } : {}),
        ...(baselineHistory ? { baselineHistory } : {}),
      });
    }

    if ((inputs.baseline || inputs.baselinePath) && report.config.errors.length === 0) {
      const step = await (await loadSteps()).baselineStep(report, tempRoot().dir, {
        ...baselineOptions(inputs, controller.signal),
        ...(report.newCode?.mergeBase ? { mergeBase: report.newCode.mergeBase } : {}),
        ...(lookup ? { lookup } : {}),
      });
      report = step.report;
      step.warnings.forEach((w) => core.warning(w));
      step.notes.forEach((n) => core.info(singleLine(n)));
    }
    if (report.config.errors.length === 0) {
      const asked = {
        ...(inputs.maxDrop !== undefined ? { maxDrop: inputs.maxDrop } : {}),
        ...(inputs.noNewFailures !== undefined ? { noNewFailures: inputs.noNewFailures } : {}),
        ...(inputs.noNewTestFailures !== undefined ? { noNewTestFailures: inputs.noNewTestFailures } : {}),
      };
      report = applyRatchet(report, ratchetPolicy(report.config.ratchet, asked));
      if (report.ratchet?.status === 'no-baseline') report.ratchet.reasons.forEach((r) => core.warning(r));
    }

    // A signal after the checks (during the baseline restore) cancels the run as one during them does.
    if (controller.signal.aborted && !report.cancelled) report = { ...report, cancelled: true, passed: false, gateReason: ['the run was cancelled', report.gateReason].filter(Boolean).join('; ') };
    cancelled = report.cancelled;
    await publish(report, inputs);
    await writeSummary(report);
    logScorecard(report);
    if (report.cancelled) core.info('comment: not written, the run was cancelled');
    else if ((inputs.comment || inputs.commentMode === 'always' || inputs.commentMode === 'changes') && inputs.commentMode !== 'off') {
      const step = await (await loadSteps()).commentStep(report, inputs.token, inputs.commentMode === 'changes' ? 'changes' : 'always');
      step.warnings.forEach((w) => core.warning(w));
      step.notes.forEach((n) => core.info(singleLine(n)));
    }

    if (report.config.errors.length > 0) {
      const what = report.gateReason.startsWith('invalid workflow input') ? report.gateReason : 'the configuration is invalid';
      core.setFailed(`Readiness: ${what} (${report.config.errors.length} problem${report.config.errors.length > 1 ? 's' : ''}); see the job summary`);
    } else if (report.cancelled) {
      core.setFailed('Readiness: the run was cancelled; the report is partial');
    } else if (!report.passed) {
      if (inputs.mode === 'gate') core.setFailed(`Readiness: ${report.gateReason}`);
      else core.warning(`Readiness gate would fail (mode: report): ${report.gateReason}`);
    }
  } catch (err) {
    // A bug of ours still leaves a report and a summary that say what happened.
    const message = `internal error: ${(err as Error)?.message ?? String(err)}`;
    try {
      const { inputs } = readInputs();
      const report = configErrorReport(startedAt, inputs.threshold, { path: null, source: 'none', errors: [message] }, [], Math.round(performance.now() - t0));
      await publish(report, inputs);
      await writeSummary(report);
    } catch {
      // Nothing more can be written; the failure below still says why.
    }
    core.setFailed(`Readiness: unexpected error: ${(err as Error)?.stack ?? String(err)}`);
  } finally {
    stopListening();
  }
  // After a second signal, or a cancellation (an abandoned cache call may still hold a socket),
  // nothing may keep the process alive once the report is out.
  if (escalated || cancelled) process.exit(process.exitCode ?? 1);
}

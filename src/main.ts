// The action: inputs → engine → publish (report file, outputs, summary, annotations, gate).
import * as core from '@actions/core';
import os from 'node:os';
import { configErrorReport, runEngine } from './engine.js';
import path from 'node:path';
import { baselineStep, commentStep, mergeStep, publishStep } from './github/steps.js';
import { describeCommentError } from './github/pull-request-comment.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { planAnnotations } from './report/annotations.js';
import { moreInReport } from './report/limits.js';
import { applyRatchet, ratchetPolicy } from './scoring/ratchet.js';
import { writeJson, writeReport } from './report/json.js';
import { renderBadge } from './report/badge.js';
import { renderSarif } from './report/sarif.js';
import { outputValues } from './report/outputs.js';
import { renderSummary } from './report/summary.js';
import type { Report } from './types.js';

/** Runs one publishing step; a failure is a warning so the other steps still happen. */
function attempt(what: string, step: () => void): void {
  try {
    step();
  } catch (err) {
    core.warning(`could not ${what}: ${(err as Error).message}`);
  }
}

function publish(report: Report, inputs: ActionInputs): void {
  attempt(`write the JSON report to ${inputs.reportPath}`, () => writeReport(report, inputs.reportPath));
  if (inputs.sarifPath) attempt(`write the SARIF log to ${inputs.sarifPath}`, () => writeJson(inputs.sarifPath!, renderSarif(report)));
  if (inputs.badgePath) attempt(`write the badge to ${inputs.badgePath}`, () => writeJson(inputs.badgePath!, renderBadge(report)));
  attempt('set the step outputs', () => {
    for (const [name, value] of Object.entries(outputValues(report, inputs.reportPath))) core.setOutput(name, value);
  });
  attempt('write annotations', () => annotate(report));
  for (const w of report.warnings) core.warning(w);
}

function annotate(report: Report): void {
  const plan = planAnnotations(report);
  for (const a of plan.annotations) {
    const props = { title: a.title, file: a.file, ...(a.line ? { startLine: a.line } : {}), ...(a.column ? { startColumn: a.column } : {}) };
    if (a.level === 'error') core.error(a.message, props);
    else if (a.level === 'warning') core.warning(a.message, props);
    else core.notice(a.message, props);
  }
  const omitted = plan.omitted.error + plan.omitted.warning + plan.omitted.note;
  if (omitted > 0) {
    core.info(
      `${omitted} findings were not annotated (GitHub shows 10 per level per step, new findings and failing checks first): ${plan.omitted.error} errors, ${plan.omitted.warning} warnings, ${plan.omitted.note} notes; ${moreInReport(omitted)}.`,
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
  for (const c of report.checks) core.info(`${c.status.padEnd(7)} ${c.id}: ${c.summary}`);
  const score = report.score === null ? 'not scored' : `${report.score.toFixed(1)}/100 (${report.grade})`;
  core.info(`Readiness ${score}, threshold ${report.threshold}: ${report.passed ? 'passed' : 'failed'}`);
}

/** mode: publish — post an untrusted run's report from a workflow_run workflow, or refuse and say why. */
async function publishMode(inputs: ActionInputs): Promise<void> {
  const eventPath = inputs.eventPath ?? path.join(path.dirname(inputs.reportPath), 'event.json');
  try {
    const step = await publishStep({ reportPath: inputs.reportPath, eventPath, token: inputs.token, commentMode: inputs.commentMode ?? 'always' });
    step.notes.forEach((n) => core.info(n));
    attempt('set the step outputs', () => {
      for (const [name, value] of Object.entries(outputValues(step.report, inputs.reportPath))) core.setOutput(name, value);
    });
    await writeSummary(step.report);
  } catch (err) {
    const refused = (err as Error)?.name === 'PublishRefused';
    core.setFailed(`Readiness publish ${refused ? 'refused' : 'failed'}: ${refused ? (err as Error).message : describeCommentError(err)}`);
  }
}

export async function run(): Promise<void> {
  const startedAt = new Date();
  const t0 = performance.now();
  const controller = new AbortController();
  let signals = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    signals++;
    if (signals > 1) process.exit(1);
    core.warning(`received ${signal}: stopping the checks and writing a partial report`);
    controller.abort();
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  process.on('unhandledRejection', (reason) => core.setFailed(`unexpected error: ${(reason as Error)?.stack ?? String(reason)}`));

  try {
    const { inputs, errors } = readInputs();
    // Registered before anything could print it.
    if (inputs.token) core.setSecret(inputs.token);
    const elapsed = () => Math.round(performance.now() - t0);
    if (errors.length === 0 && inputs.mode === 'publish') {
      await publishMode(inputs);
      return;
    }
    let report: Report;
    if (errors.length > 0) report = configErrorReport(startedAt, inputs.threshold, { path: null, source: 'none', errors }, [], elapsed());
    else if (inputs.merge) {
      try {
        report = await mergeStep(inputs.merge, process.env.GITHUB_WORKSPACE || process.cwd(), inputs.mergeDuplicates, inputs.threshold);
      } catch (err) {
        report = configErrorReport(startedAt, inputs.threshold, { path: null, source: 'merged', errors: [(err as Error).message] }, [], elapsed());
      }
    } else {
      report = await runEngine({
        workspace: inputs.workspace,
        ...(inputs.config ? { config: inputs.config } : {}),
        ...(inputs.threshold !== undefined ? { threshold: inputs.threshold } : {}),
        ...(inputs.checks ? { only: inputs.checks } : {}),
        ...(inputs.concurrency ? { concurrency: inputs.concurrency } : {}),
        signal: controller.signal,
        // Registered with the runner before any line that could hold it is printed.
        onSecret: (value) => core.setSecret(value),
        ...(inputs.token ? { secrets: [inputs.token] } : {}),
        onCheckEnd: (c) => core.info(`${c.status.padEnd(7)} ${c.id} (${c.evidence.durationMs} ms)`),
      });
    }

    if ((inputs.baseline || inputs.baselinePath) && report.config.errors.length === 0) {
      const step = await baselineStep(report, process.env.RUNNER_TEMP || os.tmpdir(), {
        cache: inputs.baseline,
        ...(inputs.baselinePath ? { baselinePath: inputs.baselinePath } : {}),
        repository: inputs.workspace,
      });
      report = step.report;
      step.warnings.forEach((w) => core.warning(w));
      step.notes.forEach((n) => core.info(n));
    }
    if (report.config.errors.length === 0) {
      report = applyRatchet(report, ratchetPolicy(report.config.ratchet, { ...(inputs.maxDrop !== undefined ? { maxDrop: inputs.maxDrop } : {}), ...(inputs.noNewFailures !== undefined ? { noNewFailures: inputs.noNewFailures } : {}) }));
      if (report.ratchet?.status === 'no-baseline') report.ratchet.reasons.forEach((r) => core.warning(r));
    }

    publish(report, inputs);
    await writeSummary(report);
    logScorecard(report);
    if ((inputs.comment || inputs.commentMode === 'always' || inputs.commentMode === 'changes') && inputs.commentMode !== 'off') {
      const step = await commentStep(report, inputs.token, inputs.commentMode === 'changes' ? 'changes' : 'always');
      step.warnings.forEach((w) => core.warning(w));
      step.notes.forEach((n) => core.info(n));
    }

    if (report.config.errors.length > 0) {
      core.setFailed(`Readiness: the configuration is invalid (${report.config.errors.length} problem${report.config.errors.length > 1 ? 's' : ''}); see the job summary`);
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
      publish(report, inputs);
      await writeSummary(report);
    } catch {
      // Nothing more can be written; the failure below still says why.
    }
    core.setFailed(`Readiness: unexpected error: ${(err as Error)?.stack ?? String(err)}`);
  } finally {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
  }
}

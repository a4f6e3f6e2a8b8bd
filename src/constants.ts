// Input names of action.yml, in one place.
export const Inputs = {
  Config: 'config',
  Threshold: 'threshold',
  WorkingDirectory: 'working-directory',
  Mode: 'mode',
  Checks: 'checks',
  Concurrency: 'concurrency',
  ReportPath: 'report-path',
  SarifPath: 'sarif-path',
  BadgePath: 'badge-path',
  Baseline: 'baseline',
  Comment: 'comment',
  GithubToken: 'github-token',
  Merge: 'merge',
  MergeDuplicates: 'merge-duplicates',
  NewCode: 'new-code',
  NewCodeCoverage: 'new-code-coverage',
  NewCodeMaxFindings: 'new-code-max-findings',
  Annotate: 'annotate',
  BaselinePath: 'baseline-path',
  MaxDrop: 'max-drop',
  NoNewFailures: 'no-new-failures',
  NoNewTestFailures: 'no-new-test-failures',
  CommentMode: 'comment-mode',
  EventPath: 'event-path',
  KeepTemp: 'keep-temp',
  MinLevel: 'min-level',
} as const;

export const Modes = ['gate', 'report', 'publish'] as const;
export type Mode = (typeof Modes)[number];

export const REPORT_FILE_NAME = 'readiness-report.json';

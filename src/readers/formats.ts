// The report formats each reader family reads, by the names the configuration uses (`format:`).
// Apart from the readers so that the configuration's schema knows them without loading a parser.
export const TESTS_FORMATS = ['junit', 'jest-json', 'libtest', 'go-test-json', 'tap'] as const;
export type TestsFormat = (typeof TESTS_FORMATS)[number];

export const COVERAGE_METRICS = ['lines', 'branches', 'functions', 'statements', 'instructions'] as const;
export type CoverageMetric = (typeof COVERAGE_METRICS)[number];

export const COVERAGE_FORMATS = ['lcov', 'cobertura', 'jacoco', 'clover', 'istanbul', 'go'] as const;
export type CoverageFormat = (typeof COVERAGE_FORMATS)[number];

export const SARIF_FORMATS = ['sarif', 'cargo-json', 'flake8', 'mypy'] as const;
export type SarifFormat = (typeof SARIF_FORMATS)[number];

export const AUDIT_FORMATS = ['npm', 'yarn', 'yarn-berry', 'pnpm', 'pip-audit', 'cargo-audit', 'osv-scanner', 'trivy'] as const;
export type AuditFormat = (typeof AUDIT_FORMATS)[number];

export const BENCHMARK_FORMATS = ['hyperfine', 'go-bench', 'criterion', 'pytest-benchmark', 'google-benchmark', 'bmf', 'github-action-benchmark'] as const;
export type BenchmarkFormat = (typeof BENCHMARK_FORMATS)[number];

// The configuration contract (SPEC §2). One zod schema is the source of truth for validation,
// the TypeScript types and the JSON Schema that `readiness schema` prints.
import { z } from 'zod';

export const DEFAULT_THRESHOLD = 70;
export const DEFAULT_TIMEOUT_SECONDS = 600;
export const DEFAULT_WEIGHT = 1;
export const DEFAULT_CATEGORY = 'quality';

/** Default categories and weights (SPEC §4); they sum to 100. */
export const DEFAULT_CATEGORIES: Readonly<Record<string, { title: string; weight: number }>> = {
  build: { title: 'Build', weight: 10 },
  tests: { title: 'Tests', weight: 20 },
  coverage: { title: 'Coverage', weight: 15 },
  security: { title: 'Security', weight: 20 },
  dependencies: { title: 'Dependencies', weight: 10 },
  quality: { title: 'Quality', weight: 10 },
  docs: { title: 'Docs', weight: 10 },
  hygiene: { title: 'Hygiene', weight: 5 },
};

const SLUG = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

const slug = z
  .string()
  .regex(SLUG, { error: 'expected a slug (letters, digits, "-", "_", "."; starting with a letter or digit)' })
  .describe('Letters, digits, "-", "_" and "."; starts with a letter or digit.');

const waiveSchema = z
  .strictObject({
    reason: z.string().trim().min(1).describe('Why the check is waived; shown in the summary.'),
    until: z.iso.date().optional().describe('Last day (YYYY-MM-DD, UTC) the waiver holds; after it the waiver is ignored.'),
  })
  .describe('Keep running and showing the check, but leave it out of the score and the gate.');

const envSchema = z
  .record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { error: 'expected an environment variable name' }), z.union([z.string(), z.number(), z.boolean()]))
  .describe('Environment variables added to the command\'s environment.');

/** Keys every check may carry, whatever its kind. */
const commonCheckShape = {
  id: slug.describe('Unique id of the check.'),
  title: z.string().min(1).optional().describe('Display name; defaults to the id.'),
  category: slug.optional().describe('Category id; defaults to "quality".'),
  weight: z.number().min(0).optional().describe('Weight inside its category (default 1).'),
  required: z.boolean().optional().describe('A blocker: if it does not pass, the gate fails whatever the score.'),
  needs: z.array(slug).optional().describe('Ids of checks that must pass before this one runs.'),
  timeout: z.number().positive().optional().describe('Seconds before the command\'s whole process tree is killed (default 600).'),
  'working-directory': z.string().min(1).optional().describe('Directory to run in, relative to the workspace.'),
  env: envSchema.optional(),
  waive: waiveSchema.optional(),
  run: z.string().trim().min(1).optional().describe('Shell command. Alone, the check passes when it exits 0.'),
};

export const checkSchema = z.strictObject(commonCheckShape).describe('One check.');

export const categorySchema = z.strictObject({
  title: z.string().min(1).optional(),
  weight: z.number().min(0).describe('Share of the overall score, relative to the other categories.'),
});

export const configSchema = z
  .strictObject({
    $schema: z.string().optional().describe('Ignored; lets editors find this schema.'),
    threshold: z.number().min(0).max(100).optional().describe('Pass mark 0–100 (default 70).'),
    concurrency: z.int().min(1).optional().describe('Checks run at once (default: available CPUs).'),
    categories: z.record(slug, categorySchema).optional().describe('Add categories or change the default titles and weights.'),
    checks: z.array(checkSchema).describe('The checks to run.'),
  })
  .describe('Readiness Scorecard configuration');

export type RawConfig = z.infer<typeof configSchema>;
export type RawCheck = z.infer<typeof checkSchema>;

/** The keys a check object may carry, for "did you mean" hints. */
export const CHECK_KEYS: readonly string[] = Object.keys(checkSchema.shape);
export const CONFIG_KEYS: readonly string[] = Object.keys(configSchema.shape);

/** Check keys that attach a reader; a check has at most one of these or `builtin`. */
export const READER_KEYS: readonly string[] = [];

/** The reader keys and `builtin` present on a (possibly invalid) check object. */
export function checkKindKeys(check: Record<string, unknown>): string[] {
  const keys = READER_KEYS.filter((k) => check[k] !== undefined);
  if (check.builtin !== undefined) keys.push('builtin');
  return keys;
}

/** The kind of a valid check: its reader key, its builtin name, or undefined for a bare `run`. */
export function checkKind(check: Record<string, unknown>): string | undefined {
  const reader = READER_KEYS.find((k) => check[k] !== undefined);
  if (reader) return reader;
  return typeof check.builtin === 'string' ? check.builtin : undefined;
}

/** Keys of the object schema at a config path, for unknown-key messages. */
export function allowedKeysAt(path: readonly (string | number)[]): readonly string[] | undefined {
  let schema: z.ZodType = configSchema;
  const unwrap = (s: z.ZodType): z.ZodType => {
    let cur = s;
    while (cur instanceof z.ZodOptional || cur instanceof z.ZodDefault || cur instanceof z.ZodNullable) cur = cur.unwrap() as z.ZodType;
    return cur;
  };
  for (const seg of path) {
    schema = unwrap(schema);
    if (schema instanceof z.ZodObject) {
      const next = (schema.shape as Record<string, z.ZodType>)[String(seg)];
      if (!next) return undefined;
      schema = next;
    } else if (schema instanceof z.ZodArray) schema = schema.element as z.ZodType;
    else if (schema instanceof z.ZodRecord) schema = schema.valueType as z.ZodType;
    else return undefined;
  }
  schema = unwrap(schema);
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : undefined;
}

export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(configSchema, { target: 'draft-7', io: 'input' }) as Record<string, unknown>;
  return { ...schema, title: 'Readiness Scorecard configuration' };
}

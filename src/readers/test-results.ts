// Test results in any of the formats the runners write: JUnit XML (one or several documents),
// jest/vitest JSON, cargo's libtest text, go test -json and TAP (ava, node-tap). The format is given or detected from
// the first bytes; XML is streamed, the others are read whole (they are small).
import { createJUnitDocumentsReader, type TestsResult } from './junit.js';
import { isGoTestJson, readGoTestJson } from './go-test-json.js';
import { readJestJson } from './jest-json.js';
import { isLibtest, readLibtest } from './libtest.js';
import { isTap, readTap } from './tap.js';
import { ReaderError, type StreamReader } from './types.js';

import type { TestsFormat } from './formats.js';
export { TESTS_FORMATS, type TestsFormat } from './formats.js';

/** The format of a report from its start (a few KiB are enough). */
export function detectTestsFormat(head: string): TestsFormat {
  const t = head.trimStart();
  if (t.startsWith('<')) return 'junit';
  if (t.startsWith('{')) return isGoTestJson(t) ? 'go-test-json' : 'jest-json';
  if (isLibtest(head)) return 'libtest';
  if (isTap(head)) return 'tap';
  throw new ReaderError('unrecognised test report: expected JUnit XML, jest/vitest JSON, go test -json, cargo test output or TAP');
}

/** A reader for one report; with no format, the first chunk decides. */
export function createTestsReader(format?: TestsFormat): StreamReader<TestsResult> {
  let chosen = format;
  let xml: StreamReader<TestsResult> | undefined;
  let text = '';
  return {
    write(chunk) {
      if (!chosen && (text + chunk).trim() === '') {
        text += chunk;
        return;
      }
      // Only XML is streamed; text formats are told apart once all of it is in.
      if (!chosen && (text + chunk).trimStart().startsWith('<')) chosen = 'junit';
      if (chosen === 'junit') {
        xml ??= createJUnitDocumentsReader();
        if (text) xml.write(text);
        text = '';
        xml.write(chunk);
      } else text += chunk;
    },
    end() {
      if (!chosen) {
        if (text.trim() === '') throw new ReaderError('empty test report');
        chosen = detectTestsFormat(text);
      }
      switch (chosen) {
        case 'junit':
          xml ??= createJUnitDocumentsReader();
          if (text) xml.write(text);
          return xml.end();
        case 'jest-json':
          return readJestJson(text);
        case 'libtest':
          return readLibtest(text);
        case 'go-test-json':
          return readGoTestJson(text);
        case 'tap':
          return readTap(text);
      }
    },
  };
}

import webExt from 'web-ext';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildExtension } from '../../scripts/lib/build';

/**
 * Warnings accepted, each for a stated reason. UNSAFE_VAR_ASSIGNMENT: Readability (bundled in the
 * content script, and in the background through the page gate) and Preact's renderer assign
 * innerHTML; Readability does so only inside the inert copy of the page it parses, never in a live
 * page, and Crosscheck's own views set text only.
 */
const ACCEPTED_WARNINGS = new Set(['UNSAFE_VAR_ASSIGNMENT']);

let result: Awaited<ReturnType<typeof webExt.cmd.lint>>;

beforeAll(async () => {
  const sourceDir = buildExtension('firefox');
  result = await webExt.cmd.lint({ sourceDir, output: 'none', boring: true, selfHosted: false }, { shouldExitProgram: false });
});

describe('web-ext lint of the Firefox build', () => {
  it('reports no errors', () => {
    expect(result.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
  });

  it('reports no warnings but the accepted ones, and none about the manifest', () => {
    const unexpected = result.warnings.filter((w) => !ACCEPTED_WARNINGS.has(w.code) || w.file === 'manifest.json');
    expect(unexpected.map((w) => `${w.code} ${w.file ?? ''}: ${w.description}`)).toEqual([]);
  });
});

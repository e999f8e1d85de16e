import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceFile } from './types';

/** Absolute path of the seed copies bundled with the project. */
export const SEEDS_DIR = new URL('./seeds/', import.meta.url).pathname;
/** Where `npm run corpus` writes the bundled corpus. */
export const GENERATED_CORPUS_PATH = new URL('./generated/corpus.json', import.meta.url).pathname;

/** Reads every .txt and .json file of a folder (not recursive), in name order. Node only. */
export function readSourceFiles(dir: string): SourceFile[] {
  return readdirSync(dir)
    .filter((name) => /\.(txt|json)$/i.test(name))
    .sort()
    .map((name) => ({ name, content: readFileSync(join(dir, name), 'utf8') }));
}

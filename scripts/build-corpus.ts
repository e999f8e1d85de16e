/**
 * npm run corpus [-- --extra DIR]...
 * Builds lib/corpus/generated/corpus.json from the bundled seeds plus any extra folders of .txt/.json articles.
 */
import { writeFileSync } from 'node:fs';
import { buildCorpus, serializeCorpus } from '@/lib/corpus/build';
import { GENERATED_CORPUS_PATH, readSourceFiles, SEEDS_DIR } from '@/lib/corpus/files';
import type { SourceFile } from '@/lib/corpus/types';

function main(argv: string[]): void {
  const files: SourceFile[] = readSourceFiles(SEEDS_DIR);
  let out = GENERATED_CORPUS_PATH;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--extra' && argv[i + 1]) {
      const dir = argv[++i]!;
      // Prefix extra files with their folder so their names cannot collide with the seeds'.
      for (const f of readSourceFiles(dir)) files.push({ name: `extra/${f.name}`, content: f.content });
    } else if (arg === '--out' && argv[i + 1]) {
      out = argv[++i]!;
    } else {
      throw new Error(`unknown argument: ${arg} (usage: npm run corpus -- [--extra DIR]... [--out FILE])`);
    }
  }
  const corpus = buildCorpus(files);
  writeFileSync(out, serializeCorpus(corpus));
  const sentences = corpus.articles.reduce((n, a) => n + a.sentences.length, 0);
  console.log(`corpus: ${corpus.articles.length} articles, ${sentences} sentences -> ${out}`);
}

try {
  main(process.argv.slice(2));
} catch (err) {
  console.error(`corpus: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}

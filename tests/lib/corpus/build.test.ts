import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCorpus, CorpusFileError, serializeCorpus } from '@/lib/corpus/build';
import { GENERATED_CORPUS_PATH, readSourceFiles, SEEDS_DIR } from '@/lib/corpus/files';
import { isFurnitureLine } from '@/lib/corpus/furniture';
import { loadBundledCorpus } from '@/lib/corpus/load';

const seeds = readSourceFiles(SEEDS_DIR);
const corpus = buildCorpus(seeds);

describe('corpus build from the seeds', () => {
  it('keeps the seed files byte for byte as shared', () => {
    for (const f of seeds) {
      expect(readFileSync(new URL(`../../../../shared/seeds/${f.name}`, import.meta.url), 'utf8')).toBe(f.content);
    }
  });

  it('finds the five complete articles with their titles, outlets and sources', () => {
    expect(corpus.articles.map((a) => [a.title, a.outlet, a.source])).toEqual([
      [
        'Close Diplomatic Ties on the Surface, Covert Espionage Behind the Scenes...Why China and Russia Cannot Form an Alliance',
        'The Asia Business Daily',
        'The Asia Business Daily',
      ],
      ['Secret Russian intelligence document shows deep suspicion of China', 'The Star', 'The New York Times'],
      ['Why Guangdong-Hong Kong-Macao Greater Bay Area is a must-watch for global businesses', 'The Star', 'Xinhua'],
      ["Geely chairman says global auto industry faces 'serious overcapacity'", 'New Straits Times', 'New Straits Times'],
      ['Japan flexes its military muscle at China, and Trump', 'The Star', 'New York Times'],
    ]);
    expect(new Set(corpus.articles.map((a) => a.id)).size).toBe(5);
  });

  it('keeps each article body whole, from its first to its last paragraph', () => {
    const [abd, nyt, xinhua, geely, japan] = corpus.articles;
    expect(abd!.sentences[0]).toMatch(/^A classified document has revealed/);
    expect(abd!.sentences.at(-1)).toMatch(/not an alliance\."$/);
    expect(nyt!.sentences[0]).toMatch(/^NEW YORK: In public, President Vladimir Putin/);
    expect(nyt!.sentences.at(-1)).toMatch(/before taking any sensitive action at all\.$/);
    expect(xinhua!.sentences.at(-1)).toMatch(/brand presence\.$/);
    expect(geely!.sentences).toHaveLength(7);
    expect(japan!.sentences.at(-1)).toMatch(/a Tokyo-based think-tank\.$/);
  });

  it('leaves out every line of page furniture', () => {
    const furniture = [
      '본문 바로가기', 'bar_progress', 'Text Size', 'Close', 'logo', 'The Star4 hours ago', 'Photo by AP Yonhap News',
      'Reuters Yonhap News', 'U.S. Air Force National Museum website', '© The Asia Business Daily', 'All rights reserved',
      'Special Coverage', 'Join us on social!', 'Orange background', 'Try Our AI Features', 'Explore what Daily8 AI',
      'No comments yet', 'Related Articles', 'time16 minutes ago', '• The Star', 'DOWNLOAD THE APP',
      'Download our app today', 'app-storeplay-store', '- The New York Times', '- Xinhua', 'via The Straits Times/ANN',
    ];
    for (const a of corpus.articles) {
      for (const line of furniture) expect(a.text, `${a.id}: ${line}`).not.toContain(line);
      // Captions that repeat the headline, and subheadings, are not body text either.
      expect(a.text).not.toContain(`${a.title} `);
      for (const paragraph of a.text.split('\n\n')) expect(isFurnitureLine(paragraph), paragraph).toBe(false);
    }
    expect(corpus.articles[0]!.text).not.toContain('Border Territorial Disputes Continue');
    expect(corpus.articles[0]!.text).not.toContain('Russian Su-27 fighter jet, known to have had its engine technology');
  });

  it('is deterministic, and the bundled corpus is a fresh build of the seeds', () => {
    expect(serializeCorpus(buildCorpus(seeds))).toBe(serializeCorpus(corpus));
    expect(serializeCorpus(buildCorpus([...seeds].reverse()))).toBe(serializeCorpus(corpus));
    // It stores the matcher's terms too: a change to how text is read (stemmer, lexicon) needs `npm run corpus`.
    expect(readFileSync(GENERATED_CORPUS_PATH, 'utf8'), 'stale lib/corpus/generated/corpus.json: run npm run corpus').toBe(serializeCorpus(corpus));
    expect(loadBundledCorpus().articles).toEqual(corpus.articles);
    // The matcher's terms for every sentence are stored with it.
    expect(loadBundledCorpus().index?.docs).toHaveLength(corpus.articles.reduce((n, a) => n + a.sentences.length, 0));
  });
});

describe('extra articles', () => {
  const extra = readSourceFiles(new URL('../../fixtures/matcher/corpus/', import.meta.url).pathname);

  it('accepts a folder of .txt and .json articles next to the seeds', () => {
    const built = buildCorpus([...seeds, ...extra.map((f) => ({ name: `extra/${f.name}`, content: f.content }))]);
    expect(built.articles).toHaveLength(7);
    const bridge = built.articles.find((a) => a.id === 'test-bridge')!;
    expect(bridge).toMatchObject({ outlet: 'Test Gazette', title: 'Kessel Bridge to open in 2027' });
    expect(bridge.sentences).toHaveLength(8);
    const harvest = built.articles.find((a) => a.title === 'Grain harvest in the Ostmark valley')!;
    expect(harvest.sentences).toEqual([
      'Farmers in the Ostmark valley brought in a record harvest of 1.8 million tonnes of wheat this summer, the agriculture board said on Tuesday.',
      'Heavy rain in June delayed the start of the harvest by two weeks, board chairman Piet Aalders told reporters.',
    ]);
  });

  it('reads the evaluation format ({id, outlet, title, published, text}) and arrays of articles', () => {
    const one = { id: 'x1', outlet: 'Daily Test', title: 'A title', published: '2025-01-01', text: 'First paragraph here.\n\nSecond one.' };
    const built = buildCorpus([{ name: 'a.json', content: JSON.stringify([one, { ...one, id: 'x2' }]) }]);
    expect(built.articles.map((a) => [a.id, a.outlet, a.source, a.sentences.length])).toEqual([
      ['x1', 'Daily Test', 'Daily Test', 2],
      ['x2', 'Daily Test', 'Daily Test', 2],
    ]);
  });

  it('rejects unreadable files with the file name, and duplicate ids', () => {
    expect(() => buildCorpus([{ name: 'bad.json', content: '{nope' }])).toThrow(CorpusFileError);
    expect(() => buildCorpus([{ name: 'bad.json', content: '{"title": 3}' }])).toThrow(/bad\.json/);
    expect(() => buildCorpus([{ name: 'empty.txt', content: '\n\n' }])).toThrow(/empty\.txt: no article/);
    const a = JSON.stringify({ id: 'same', title: 'T', text: 'Body text.' });
    expect(() => buildCorpus([{ name: 'a.json', content: a }, { name: 'b.json', content: a }])).toThrow(/duplicate/);
  });
});

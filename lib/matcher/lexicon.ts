import { stem } from '@/lib/text/stem';

/**
 * General news vocabulary that different outlets use for the same thing. Each group folds to one
 * canonical term for retrieval and same-claim scoring. Groups are deliberately narrow (true
 * equivalents in news prose), since every fold also brings unrelated sentences closer.
 */
/** Places with their capitals, demonyms and seats of government (metonymy is everyday news style). */
const PLACE_GROUPS: readonly string[] = [
  'china chinese beijing prc',
  'russia russian russians moscow kremlin',
  'usa america american americans washington pentagon',
  'japan japanese tokyo',
  'uk britain british london',
  'ukraine ukrainian ukrainians kyiv kiev',
  'australia australian australians canberra',
  'taiwan taiwanese taipei',
  'ussr soviet soviets',
  'korea korean pyongyang seoul',
  'philippines philippine filipino manila',
  'europe european',
  'france french paris',
  'germany german berlin',
  'italy italian rome',
  'india indian delhi',
  'vietnam vietnamese hanoi',
  'asia asian',
  'africa african',
  // Other countries news prose names often, with their peoples and capitals (single words only,
  // none that is also an everyday word: no "Turkey", "Chile", "Polish", "Georgia", "Jordan").
  'canada canadian canadians ottawa',
  'mexico mexican mexicans',
  'brazil brazilian brazilians brasilia',
  'argentina argentine argentinian argentinians',
  'peru peruvian peruvians lima',
  'colombia colombian colombians bogota',
  'venezuela venezuelan venezuelans caracas',
  'cuba cuban cubans havana',
  'spain spanish madrid',
  'portugal portuguese lisbon',
  'netherlands dutch amsterdam',
  'belgium belgian belgians brussels',
  'switzerland swiss bern',
  'austria austrian austrians vienna',
  'sweden swedish swedes stockholm',
  'norway norwegian norwegians oslo',
  'finland finnish finns helsinki',
  'denmark danish danes copenhagen',
  'ireland irish dublin',
  'greece greek greeks athens',
  'hungary hungarian hungarians budapest',
  'romania romanian romanians bucharest',
  'belarus belarusian belarusians minsk',
  'iran iranian iranians tehran',
  'iraq iraqi iraqis baghdad',
  'israel israeli israelis',
  'syria syrian syrians damascus',
  'egypt egyptian egyptians cairo',
  'nigeria nigerian nigerians abuja',
  'kenya kenyan kenyans nairobi',
  'ethiopia ethiopian ethiopians',
  'pakistan pakistani pakistanis islamabad',
  'afghanistan afghan afghans kabul',
  'bangladesh bangladeshi dhaka',
  'indonesia indonesian indonesians jakarta',
  'malaysia malaysian malaysians',
  'thailand thai bangkok',
  'singapore singaporean',
  'cambodia cambodian',
  'myanmar burmese',
  'mongolia mongolian',
  'kazakhstan kazakh astana',
  'uzbekistan uzbek tashkent',
  'kyrgyzstan kyrgyz bishkek',
  'tajikistan tajik dushanbe',
  'turkmenistan turkmen',
];

const SYNONYM_GROUPS: readonly string[] = [
  // Reporting and documents.
  'document memo memorandum file paper directive dossier',
  'newspaper outlet publication',
  'report reported reporting reports',
  'reveal revealed disclose disclosed expose show shows showed',
  'obtain obtained acquire acquired get got',
  'authentic genuine real',
  'respond response reply answer',
  'comment comments discuss remark remarks',
  'auto automotive',
  'warn warned caution cautioned',
  'order ordered instruct instructed direct directed command commanded tell told',
  'approve approved sign-off authorise authorize endorse',
  'believe think consider regard view',
  // People and organisations.
  'spy spies agent agents',
  'espionage spying',
  'target targets audience audiences',
  'counterintelligence counter-espionage counterespionage',
  'agency agencies service services',
  'official officials officer officers staff',
  'expert experts specialist specialists analyst scholar academic',
  'scientist scientists researcher researchers',
  'journalist journalists reporter reporters',
  'businesspeople businessmen executives',
  'company companies firm firms business businesses maker manufacturer manufacturers',
  'carmaker carmakers automaker automakers',
  'factory factories plant plants',
  'spokesman spokesperson spokeswoman',
  'president leader',
  'military army armed',
  'soldier soldiers troop troops',
  'weapon weapons arms armament armaments weaponry arsenal',
  'missile missiles rocket',
  'truck trucks lorry lorries',
  'jet jets aircraft plane planes fighter',
  'phone phones handset handsets smartphone',
  'hacker hackers cyberattack cyberattacks hacking',
  'malware malicious',
  'email emails mail',
  'chip chips semiconductor semiconductors',
  'drone drones uav',
  // Actions and states.
  'steal stealing stole theft thieves',
  'recruit recruiting recruitment',
  'buy buying bought purchase purchases purchased acquisition',
  'sell selling sold sale',
  'hide hidden conceal concealed',
  'scrutiny scrutinise scrutinize monitor monitored monitoring',
  'rely relied relies depend depended depends lean leaned',
  'big bigger biggest large larger largest major',
  'strength force',
  'small smaller smallest little',
  'fear fears feared worry worried worries concern concerned anxiety dread',
  'enemy enemies adversary adversaries foe foes hostile',
  'collapse collapsed fall fell',
  'border borders frontier frontiers',
  'war wars conflict conflicts fighting',
  'dispute disputes quarrel quarrels feud feuds',
  'deliberate deliberately intentional intentionally purposely',
  'invade invaded invasion',
  'talk talks negotiation negotiations',
  'meeting meetings meet met occasion occasions encounter encounters',
  'agreement agreements deal deals pact pacts treaty treaties',
  'cooperation collaboration cooperate',
  'partner partners ally allies',
  'spouse spouses husband husbands wife wives',
  'alliance alliances',
  'exercise exercises drill drills',
  'double doubling',
  'launch launched start started begin began',
  'create created establish established',
  'build builds built',
  'production output',
  'stall stalled halt halted',
  'diminish diminished slow slowed',
  'cancel cancelled canceled cancellation scrap scrapped',
  'increase increased rise rose grow grew',
  'decrease decreased cut trim trimmed reduce reduced decline declined',
  'programme program programmes programs',
  'defence defense',
  'organisation organization',
  'bank banks lender lenders',
  'territory territorial',
  'sanction sanctions',
  'economy economic',
  'trade trading commerce',
  'site base camp',
  'ship ships warship vessel',
];

/** Multi-word names and phrases, each with a cheap substring that must be present before its pattern is tried. */
const PHRASES: readonly [string, RegExp, string][] = [
  ['united', /\bunited states\b/g, 'usa'],
  ['united', /\bunited kingdom\b/g, 'uk'],
  ['soviet', /\bsoviet union\b/g, 'ussr'],
  ['york', /\bnew york times\b/g, 'nyt'],
  ['republic', /\bpeople's republic of china\b/g, 'china'],
  [' off', /\bsign(ed|s)? off\b/g, 'approve'],
  [' up', /\bset(?:s|ting)? up\b/g, 'create'],
  ['detector', /\blie[- ]detector(?: tests?)?\b/g, 'polygraph'],
  [' hold', /\b(?:get|gets|got|gotten|getting) hold of\b/g, 'obtain'],
  ['design', /\bby design\b/g, 'deliberate'],
  [' end to', /\ban end to\b/g, 'a halt to'],
  ['wives', /\b(?:husbands|wives) (?:or|and) (?:husbands|wives)\b/g, 'spouses'],
  ['purpose', /\bon purpose\b/g, 'deliberate'],
  ['wounded', /\b(?:killed|dead) (?:or|and) wounded\b/g, 'casualties'],
  [' eye on', /\b(?:keep|keeps|keeping|kept) (?:a |an )?(?:close |closer )?eye on\b/g, 'scrutiny'],
  ['counter', /\bcounter[- ](intelligence|espionage)\b/g, 'counterintelligence'],
];

let canonical: Map<string, string> | null = null;
let places: Set<string> | null = null;

function table(): Map<string, string> {
  if (canonical) return canonical;
  canonical = new Map();
  places = new Set();
  for (const group of PLACE_GROUPS) places.add(stem(group.split(/\s+/)[0]!));
  for (const group of [...PLACE_GROUPS, ...SYNONYM_GROUPS]) {
    const words = group.split(/\s+/);
    const head = stem(words[0]!.replace(/\W/g, ''));
    for (const w of words) {
      const s = stem(w.replace(/\W/g, ''));
      if (!canonical.has(s)) canonical.set(s, head);
    }
  }
  return canonical;
}

/** The canonical term for a stem (itself when it is in no group). */
export function canonicalTerm(stemmed: string): string {
  return table().get(stemmed) ?? stemmed;
}

/** Whether a canonical term names a country or region. */
export function isPlaceTerm(term: string): boolean {
  table();
  return places!.has(term);
}

/** Any phrase's substring: one scan finds the many texts that have none, which no fold changes. */
const ANY_HINT_RE = new RegExp(PHRASES.map(([hint]) => hint.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));

/** As ANY_HINT_RE, with any run of whitespace where a substring has a space. */
const ANY_SPACED_HINT_RE = new RegExp(ANY_HINT_RE.source.replaceAll(' ', '\\s+'));

/**
 * Whether foldPhrases may change a lower-case text once its whitespace is collapsed (false: no
 * phrase is in it, however its whitespace is written).
 */
export function mayFoldPhrase(lower: string): boolean {
  return ANY_SPACED_HINT_RE.test(lower);
}

/** Rewrites multi-word names and phrases to single terms, on lower-case text. */
export function foldPhrases(lower: string): string {
  if (!ANY_HINT_RE.test(lower)) return lower;
  let out = lower;
  for (const [hint, re, repl] of PHRASES) if (out.includes(hint)) out = out.replace(re, repl);
  return out;
}

/** British spellings folded to American before stemming (-ise → -ize, -our → -or, -tre → -ter). */
const ISE_EXCEPTIONS = new Set([
  'exercise', 'advertise', 'compromise', 'enterprise', 'expertise', 'franchise', 'otherwise', 'premise', 'supervise',
  'surprise', 'televise', 'merchandise', 'revise', 'devise', 'advise', 'despise', 'disguise', 'improvise', 'promise',
  'precise', 'concise', 'paradise', 'wise', 'rise', 'raise', 'praise', 'noise', 'poise', 'cruise', 'bruise', 'arise',
]);
export function americanize(word: string): string {
  const m = /^(.{3,})is(e|ed|es|ing|ation|ations)$/.exec(word);
  if (m && !ISE_EXCEPTIONS.has(`${m[1]}ise`)) return `${m[1]}iz${m[2]}`;
  if (/^(col|fav|hon|lab|behavi|neighb|harb|rum|hum|vig)our/.test(word)) return word.replace('our', 'or');
  if (/^(cent|met|kilomet|theat|lit)re(s)?$/.test(word)) return word.replace(/re(s?)$/, 'er$1');
  if (word === 'defence') return 'defense';
  return word;
}

const wordTerms = new Map<string, string>();

/**
 * The canonical term of a lower-case word (American spelling, Porter stem, synonym group), stop
 * words included: how a noun or verb read from a sentence is compared. Memoised.
 */
export function wordTerm(word: string): string {
  let term = wordTerms.get(word);
  if (term === undefined) {
    term = canonicalTerm(stem(americanize(word)));
    if (wordTerms.size >= 100_000) wordTerms.clear();
    wordTerms.set(word, term);
  }
  return term;
}

import type { ImportReport } from '@/lib/notes/model';

const FORMAT_NAMES: Record<ImportReport['format'], string> = {
  native: 'Crosscheck notes',
  w3c: 'W3C Web Annotations',
  hypothesis: 'Hypothesis export',
};

/** Refusals listed one by one; the rest are counted. */
const REFUSALS_SHOWN = 20;

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** The lines the popup shows after an import: what was added, skipped and refused, and why. */
export function describeImport(report: ImportReport): { summary: string; refusals: string[] } {
  const parts = [`Imported ${plural(report.added, 'note')} from a ${FORMAT_NAMES[report.format]} file.`];
  if (report.skipped > 0) parts.push(`${plural(report.skipped, 'note')} already present, skipped.`);
  if (report.refused.length > 0) parts.push(`${plural(report.refused.length, 'entry', 'entries')} refused:`);
  return {
    summary: parts.join(' '),
    refusals: [
      ...report.refused.slice(0, REFUSALS_SHOWN).map((r) => `Entry ${r.index + 1}: ${r.reason}`),
      ...(report.refused.length > REFUSALS_SHOWN ? [`…and ${plural(report.refused.length - REFUSALS_SHOWN, 'more entry', 'more entries')}.`] : []),
    ],
  };
}

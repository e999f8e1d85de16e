import { describe, expect, it } from 'vitest';
import { contentTerms } from '@/lib/matcher/features';

describe('news vocabulary folded to one term', () => {
  it('gives words outlets use for the same thing the same terms', () => {
    const same = (a: string, b: string) => expect(contentTerms(a)).toEqual(contentTerms(b));
    same('the carmaker', 'the automaker');
    same('new factories', 'new plants');
    same('its output', 'its production');
    same('was built', 'to build');
    same('was set up in 2023', 'was created in 2023');
    same('established', 'created');
    same('gives agents lie-detector tests', 'gives agents polygraphs');
    same('how it got hold of the file', 'how it obtained the file');
    same('soldiers were killed or wounded', 'soldiers were casualties');
    same('keeping a closer eye on students', 'scrutiny of students');
    same('monitoring students', 'scrutiny of students');
    same('spying has barely slowed', 'spying has barely diminished');
    same('spying inside Russia', 'spying within Russia');
    same('a border quarrel', 'a border dispute');
    same('the display is by design', 'the display is deliberate');
    same('the display is intentional', 'the display is deliberate');
    same('Russians with Chinese husbands or wives', 'Russians with Chinese spouses');
    same('he made the remarks at an automotive forum', 'he made the comments at an auto forum');
    same('regulators called for an end to the discounting', 'regulators called for a halt to the discounting');
    same('China is not the only audience', 'China is not the only target');
  });

  it('reads no claim in a hedge on a figure', () => {
    expect(contentTerms('roughly 4,200 soldiers')).toEqual(contentTerms('4,200 soldiers'));
    expect(contentTerms('approximately 4,200 soldiers')).toEqual(contentTerms('4,200 soldiers'));
    for (const word of ['hundred', 'thousand', 'million', 'billion']) expect(contentTerms(`two ${word} soldiers`)).not.toContain(word);
  });

  it('keeps apart words that only look alike', () => {
    expect(contentTerms('a setback')).not.toEqual(contentTerms('created'));
    expect(contentTerms('set the table')).not.toEqual(contentTerms('create the table'));
  });
});

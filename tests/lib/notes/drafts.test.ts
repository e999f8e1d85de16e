import { describe, expect, it } from 'vitest';
import { createDrafts, DRAFT_MAX_AGE_MS, type DraftStore } from '@/lib/notes/drafts';

function memoryStore(): DraftStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}

const ID = '00000000-0000-4000-8000-000000000001';

describe('note drafts', () => {
  it('keeps an edit until it is cleared', () => {
    let clock = 1_000;
    const drafts = createDrafts(memoryStore(), () => clock);
    expect(drafts.get(ID)).toBeNull();
    drafts.set(ID, { comment: 'half written', tags: 'a, b', colour: 'green' });
    clock = 2_000;
    expect(drafts.get(ID)).toEqual({ comment: 'half written', tags: 'a, b', colour: 'green', savedAt: 1_000 });
    drafts.clear(ID);
    expect(drafts.get(ID)).toBeNull();
  });

  it('drops drafts that are too old, malformed or out of bounds', () => {
    const store = memoryStore();
    let clock = 0;
    const drafts = createDrafts(store, () => clock);
    drafts.set(ID, { comment: 'old', tags: '', colour: 'yellow' });
    clock = DRAFT_MAX_AGE_MS + 1;
    expect(drafts.get(ID)).toBeNull();
    expect(store.map.size).toBe(0);
    for (const bad of ['not json', 'null', '[]', '{"comment":1,"tags":"","colour":"yellow","savedAt":0}', '{"comment":"","tags":"","colour":"red","savedAt":0}', JSON.stringify({ comment: 'x'.repeat(60_000), tags: '', colour: 'yellow', savedAt: clock })]) {
      store.map.set(`crosscheck-draft:${ID}`, bad);
      expect(drafts.get(ID), bad.slice(0, 40)).toBeNull();
    }
  });

  it('never throws when the storage refuses (full, or disabled)', () => {
    const refusing: DraftStore = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    const drafts = createDrafts(refusing);
    expect(() => drafts.set(ID, { comment: 'x', tags: '', colour: 'yellow' })).not.toThrow();
    expect(drafts.get(ID)).toBeNull();
    expect(() => drafts.clear(ID)).not.toThrow();
    expect(createDrafts(null).get(ID)).toBeNull();
  });
});

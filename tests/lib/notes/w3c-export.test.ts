import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { toAnnotationCollection } from '@/lib/notes/export';
import { storedNote } from './helpers';

const SCHEMAS = resolve(__dirname, '../../../../shared/w3c-annotation-schemas');

/** The wpt definitions plus wrapper schemas for a whole Annotation and AnnotationCollection (see the schemas' README). */
function validators() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const file of readdirSync(SCHEMAS).filter((f) => f.endsWith('.json'))) {
    ajv.addSchema(JSON.parse(readFileSync(join(SCHEMAS, file), 'utf8')));
  }
  const annotation = ajv.compile({
    id: 'annotationCheck.json',
    type: 'object',
    required: ['@context', 'id', 'type', 'target'],
    properties: {
      '@context': {
        oneOf: [
          { $ref: 'annotations.json#/definitions/contextValueFound' },
          { $ref: 'annotations.json#/definitions/contextValueInArrayFound' },
        ],
      },
      target: {
        oneOf: [
          { $ref: 'bodyTarget.json#/definitions/targetResourcesFound' },
          { type: 'array', minItems: 1, items: { $ref: 'bodyTarget.json#/definitions/targetResourcesFound' } },
        ],
      },
      body: {
        oneOf: [
          { $ref: 'bodyTarget.json#/definitions/bodyResourcesFound' },
          { type: 'array', minItems: 1, items: { $ref: 'bodyTarget.json#/definitions/bodyResourcesFound' } },
        ],
      },
    },
    not: { required: ['body', 'bodyValue'] },
    allOf: [
      { $ref: 'id.json#/definitions/idValueFound' },
      { $ref: 'annotations.json#/definitions/annotationTypeValueFound' },
      { $ref: 'annotations.json#/definitions/bodyValueValidIfPresent' },
      { $ref: 'annotations.json#/definitions/motivationRecognizedIfPresent' },
      { $ref: 'otherProperties.json#/definitions/createdValidIfPresent' },
      { $ref: 'otherProperties.json#/definitions/modifiedValidIfPresent' },
      { $ref: 'otherProperties.json#/definitions/generatedValidIfPresent' },
      { $ref: 'otherProperties.json#/definitions/rightsValidIfPresent' },
      { $ref: 'otherProperties.json#/definitions/canonicalValidIfPresent' },
      { $ref: 'otherProperties.json#/definitions/viaValidIfPresent' },
    ],
  });
  const collection = ajv.compile({
    id: 'collectionCheck.json',
    type: 'object',
    required: ['@context', 'id', 'type'],
    properties: {
      '@context': {
        oneOf: [
          { $ref: 'collections.json#/definitions/contextValueFound' },
          { $ref: 'collections.json#/definitions/contextValueInArrayFound' },
        ],
      },
    },
    allOf: [
      { $ref: 'id.json#/definitions/idValueFound' },
      { $ref: 'collections.json#/definitions/annotationCollectionTypeValueFound' },
      { $ref: 'collections.json#/definitions/labelDefinition' },
      { $ref: 'collections.json#/definitions/totalDefinition' },
      { $ref: 'collections.json#/definitions/firstValidIfPresent' },
      { $ref: 'collections.json#/definitions/firstRequiredIfTotalMoreThanZero' },
      { $ref: 'collections.json#/definitions/lastValidIfPresent' },
    ],
  });
  const page = ajv.compile({
    id: 'pageCheck.json',
    type: 'object',
    allOf: [
      { $ref: 'collections.json#/definitions/annotationPageTypeValueFound' },
      { $ref: 'collections.json#/definitions/itemsFound' },
      { $ref: 'collections.json#/definitions/partOfValidIfPresent' },
      { $ref: 'collections.json#/definitions/nextValidIfPresent' },
      { $ref: 'collections.json#/definitions/prevValidIfPresent' },
      { $ref: 'collections.json#/definitions/startIndexDefinition' },
    ],
  });
  return { annotation, collection, page };
}

describe('W3C export', () => {
  const { annotation, collection, page } = validators();
  const notes = [
    storedNote(1),
    storedNote(2, { comment: '', tags: [] }),
    storedNote(3, { comment: 'שלום — café e\u0301 🙂', tags: ['عربى', 'x'], claim: { sentence: 'It flew 6,500 km.', verdict: 'divergent' } }),
  ];
  const file = toAnnotationCollection(notes, Date.UTC(2026, 1, 1), '11111111-2222-4333-8444-555555555555');

  it('is an AnnotationCollection that validates against the W3C schemas', () => {
    expect(collection(file), JSON.stringify(collection.errors)).toBe(true);
    expect(page(file.first), JSON.stringify(page.errors)).toBe(true);
    expect(file.total).toBe(3);
  });

  it('holds Annotations that validate, with quote and position selectors and tags as tagging bodies', () => {
    for (const item of file.first.items) expect(annotation(item), JSON.stringify(annotation.errors)).toBe(true);
    const first = file.first.items[0]!;
    expect(first.target.source).toBe(notes[0]!.url);
    expect(first.target.selector.map((s) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
    expect(first.body).toContainEqual({ type: 'TextualBody', purpose: 'tagging', value: 'odd' });
    expect(first.body).toContainEqual(expect.objectContaining({ type: 'TextualBody', purpose: 'commenting', value: 'comment 1' }));
    expect(file.first.items[1]!.motivation).toBe('highlighting');
    expect(file.first.items[1]!.body).toBeUndefined();
  });

  it('the schemas catch a broken annotation (the check can fail)', () => {
    const broken = { ...file.first.items[0]!, type: 'Note', target: 42 };
    expect(annotation(broken)).toBe(false);
    expect(collection({ ...file, total: 3, first: undefined })).toBe(false);
  });
});

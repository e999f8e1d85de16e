/** Names of the W3C Web Annotation Data Model as Crosscheck writes and reads them. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const NATIVE_FORMAT = 'crosscheck-notes';
export const NATIVE_VERSION = 1;
/** The extension property that carries what the W3C model has no field for (title, colour, claim). */
export const W3C_EXTENSION_KEY = 'crosscheck';

/** `urn:uuid:…` for a note id, the form W3C annotation ids take in an export. */
export const noteIri = (id: string) => `urn:uuid:${id}`;

import type { GenericSchema, InferOutput } from 'valibot';

/**
 * Where a message may come from.
 * - `content`: a content script running in a web page (untrusted page data, limited powers).
 * - `extension`: an extension page such as the popup (full powers).
 * - `background`: the background, sending to a content script.
 */
export type Origin = 'content' | 'extension' | 'background';

export interface MessageSpec<S extends GenericSchema = GenericSchema, Res = unknown> {
  request: S;
  from: readonly Origin[];
  /** Phantom field carrying the reply type; never set at run time. */
  readonly __response?: Res;
}

/** Declares one message: the schema its request is validated with, who may send it, and its reply type. */
export const defineMessage =
  <Res>() =>
  <S extends GenericSchema>(spec: { request: S; from: readonly Origin[] }): MessageSpec<S, Res> =>
    spec;

export type RequestOf<M> = M extends MessageSpec<infer S, unknown> ? InferOutput<S> : never;
export type ResponseOf<M> = M extends MessageSpec<GenericSchema, infer R> ? R : never;

import * as v from 'valibot';
import type { MessageSpec, Origin, RequestOf, ResponseOf } from './define';
import { fail, ok, toErrorInfo, type Result } from './result';

export interface SenderInfo {
  origin: Origin;
  tabId?: number;
  frameId?: number;
  url?: string;
}

export type Handlers<P extends Record<string, MessageSpec>> = {
  [K in keyof P]: (request: RequestOf<P[K]>, sender: SenderInfo) => Promise<ResponseOf<P[K]>> | ResponseOf<P[K]>;
};

/** The fields of a runtime.MessageSender the router looks at. */
export interface RawSender {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number };
  frameId?: number;
}

/**
 * Decides where a message came from, or `null` when it is not from this extension at all.
 * `extensionBase` is the extension's own URL (runtime.getURL('/')).
 */
export function classifySender(sender: RawSender, extensionId: string, extensionBase: string): SenderInfo | null {
  if (sender.id !== extensionId) return null;
  const url = sender.url ?? '';
  const info = (origin: Origin): SenderInfo => ({
    origin,
    tabId: sender.tab?.id,
    frameId: sender.frameId,
    url: sender.url,
  });
  if (url.startsWith(extensionBase)) return info('extension');
  if (sender.tab) return info('content');
  // No tab and no extension URL: the background (or another extension worker) talking to a content script.
  return info('background');
}

const envelopeSchema = v.object({ type: v.pipe(v.string(), v.maxLength(100)), payload: v.unknown() });

function describeIssues(issues: v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => {
      const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

/**
 * Builds a message listener: validates the envelope and the request, checks the sender may send it,
 * runs the handler and always answers with a Result (never throws, never leaves a caller hanging).
 */
export function createRouter<P extends Record<string, MessageSpec>>(protocol: P, handlers: Handlers<P>) {
  return async (message: unknown, sender: SenderInfo | null): Promise<Result<unknown>> => {
    if (!sender) return fail('forbidden', 'Message from an unknown sender');
    const envelope = v.safeParse(envelopeSchema, message);
    if (!envelope.success) return fail('invalid-message', 'A message must be {type, payload}');
    const { type, payload } = envelope.output;
    if (!Object.hasOwn(protocol, type)) return fail('unknown-message', `Unknown message type "${type}"`);
    const spec = protocol[type]!;
    if (!spec.from.includes(sender.origin)) {
      return fail('forbidden', `"${type}" may not be sent from a ${sender.origin} context`);
    }
    const parsed = v.safeParse(spec.request, payload);
    if (!parsed.success) return fail('invalid-message', `Invalid "${type}" request: ${describeIssues(parsed.issues)}`);
    try {
      const handler = handlers[type as keyof P];
      return ok(await handler(parsed.output as RequestOf<P[keyof P]>, sender));
    } catch (error) {
      return { ok: false, error: toErrorInfo(error) };
    }
  };
}

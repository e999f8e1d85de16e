import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { BackgroundClient } from '@/lib/messaging/protocol';

/** Personal notes on any page: selection → note, re-anchoring stored notes. */
export function startNotes(_ctx: ContentScriptContext, _background: BackgroundClient): void {}

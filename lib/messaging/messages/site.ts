import * as v from 'valibot';
import { defineMessage } from '../define';

const host = v.pipe(v.string(), v.minLength(1), v.maxLength(253), v.regex(/^[a-z0-9.-]+$/i, 'not a host name'));

export const siteMessages = {
  /** Whether Crosscheck runs on a site. A content script asks this before doing any work. */
  'site/get': defineMessage<{ host: string; enabled: boolean }>()({
    request: v.object({ host }),
    from: ['content', 'extension'],
  }),
  /** Popup → background: turn Crosscheck on or off for a site. */
  'site/set': defineMessage<{ host: string; enabled: boolean }>()({
    request: v.object({ host, enabled: v.boolean() }),
    from: ['extension'],
  }),
};

import type { Handlers } from '@/lib/messaging/router';
import type { siteMessages } from '@/lib/messaging/messages/site';
import type { SiteService } from '@/lib/services/sites';

export const siteHandlers = (sites: SiteService): Handlers<typeof siteMessages> => ({
  'site/get': async ({ host }) => ({ host, enabled: await sites.isEnabled(host) }),
  'site/set': ({ host, enabled }) => sites.setEnabled(host, enabled),
});

import { MessageError } from '@/lib/messaging/result';
import type { Handlers } from '@/lib/messaging/router';
import type { pageMessages } from '@/lib/messaging/messages/page';
import type { PageService } from '@/lib/services/pages';

export const pageHandlers = (pages: PageService): Handlers<typeof pageMessages> => ({
  'page/report': (report, sender) => {
    if (sender.frameId !== undefined && sender.frameId !== 0) throw new MessageError('forbidden', 'Only the top frame reports a page');
    return pages.report(sender.tabId, report);
  },
  'page/state': ({ tabId }) => pages.state(tabId),
  'page/recent': ({ limit }) => pages.recent(limit),
});

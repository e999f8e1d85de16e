import { defineContentScript } from 'wxt/utils/define-content-script';
import { run } from './run';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    void run(ctx);
  },
});

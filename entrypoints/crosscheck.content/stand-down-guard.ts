import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * When a copy of a content script starts (after the extension was updated or reloaded), the framework
 * tells older copies on the page to stand down with a DOM event whose name holds the extension's id.
 * A page can learn that name (the framework also posts it with window.postMessage) and dispatch the
 * event itself, to switch Crosscheck off on its pages. Only an orphaned copy, whose extension context
 * is gone, has reason to stand down: while this copy's context is alive, the event is stopped before
 * the framework's listener sees it.
 */
export function guardStandDown(ctx: ContentScriptContext, target: Window = window): void {
  const type = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
  const guard = (event: Event) => {
    if (browser.runtime?.id) event.stopImmediatePropagation();
  };
  // Capturing on the window runs before the framework's listener on the document.
  target.addEventListener(type, guard, { capture: true });
  ctx.onInvalidated(() => target.removeEventListener(type, guard, { capture: true }));
}

import { selectors, type Locator, type Page } from 'playwright-core';

/**
 * The on-page UIs live in closed shadow roots, which neither page scripts nor Playwright's locators can
 * enter. Tests reach them through the DevTools protocol instead: `revealClosedRoot` hands a UI's root
 * to this test page's main world, and the `closed_shadow` selector engine starts locators there.
 */
const ENGINE = 'closed_shadow';

/**
 * Runs in the page (as text, so that no transpiler helper leaks into it): a UI's mount is the last
 * element of its shadow root, after the style.
 */
const ENGINE_SCRIPT = `(() => {
  const mounts = (tag) => {
    const mount = globalThis.__closedShadowRoots?.get(tag)?.lastElementChild;
    return mount ? [mount] : [];
  };
  return { query: (_root, tag) => mounts(tag)[0] ?? null, queryAll: (_root, tag) => mounts(tag) };
})()`;

/** Registers the selector engine; call before the browser context is created. */
export async function registerClosedShadowEngine(): Promise<void> {
  try {
    await selectors.register(ENGINE, { content: ENGINE_SCRIPT });
  } catch (error) {
    // Playwright keeps engines per process: a second test file in the same worker finds it registered.
    if (!/already registered/.test(String(error))) throw error;
  }
}

interface DomNode {
  nodeName: string;
  backendNodeId: number;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

/** Makes the closed shadow root of the `tag` element reachable from this page's tests; false while there is none. */
export async function revealClosedRoot(page: Page, tag: string): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const find = (node: DomNode): DomNode | null => {
      if (node.nodeName === tag.toUpperCase()) return node;
      for (const child of node.children ?? []) {
        const hit = find(child);
        if (hit) return hit;
      }
      return null;
    };
    const shadow = find(root)?.shadowRoots?.[0];
    if (!shadow) return false;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: 'function (tag) { (globalThis.__closedShadowRoots ??= new Map()).set(tag, this); }',
      arguments: [{ value: tag }],
    });
    return true;
  } finally {
    await cdp.detach();
  }
}

/** A locator inside the revealed UI `tag`: chain getByRole, getByLabel… on it. */
export const closedRoot = (page: Page, tag: string): Locator => page.locator(`${ENGINE}=${tag}`);

// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { attachShadowHost } from '@/components/page/shadow-host';
import { IGNORE_ATTRIBUTE } from '@/lib/page/dom-text';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('attachShadowHost', () => {
  it('puts a host under <html>, outside <body>, left out of the page text, with a closed root holding the styles', () => {
    const attach = vi.spyOn(HTMLElement.prototype, 'attachShadow');
    const { host, root } = attachShadowHost(document, 'crosscheck-test-ui', '.x{color:red}');
    expect(host.parentNode).toBe(document.documentElement);
    expect(document.body.contains(host)).toBe(false);
    expect(host.hasAttribute(IGNORE_ATTRIBUTE)).toBe(true);
    expect(attach).toHaveBeenCalledWith({ mode: 'closed' });
    // A page script cannot reach the root from the host.
    expect(host.shadowRoot).toBeNull();
    expect(root.host).toBe(host);
    const style = root.firstElementChild!;
    expect(style.nodeName).toBe('STYLE');
    expect(style.textContent).toBe('.x{color:red}');
    host.remove();
  });
});

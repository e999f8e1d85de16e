// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { guardStandDown } from '@/entrypoints/crosscheck.content/stand-down-guard';

const TYPE = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
const forged = () => new CustomEvent(TYPE, { detail: { contentScriptName: 'crosscheck', messageId: 'impostor' } });

afterEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('guardStandDown', () => {
  it('keeps a live content script running when the page forges the "newer copy started" event', () => {
    const ctx = new ContentScriptContext('crosscheck');
    guardStandDown(ctx);
    document.dispatchEvent(forged());
    expect(ctx.isValid).toBe(true);
    ctx.abort();
  });

  it('without the guard, the forged event stops it (what the guard is for)', () => {
    const ctx = new ContentScriptContext('crosscheck');
    document.dispatchEvent(forged());
    expect(ctx.isValid).toBe(false);
  });

  it('lets the event through to a copy whose extension context is gone, so an updated extension replaces it', () => {
    const ctx = new ContentScriptContext('crosscheck');
    guardStandDown(ctx);
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    const heard = vi.fn();
    document.addEventListener(TYPE, heard);
    document.dispatchEvent(forged());
    expect(heard).toHaveBeenCalled();
    expect(ctx.signal.aborted).toBe(true);
  });
});

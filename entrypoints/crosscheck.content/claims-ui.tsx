import { render } from 'preact';
import { ClaimCard } from '@/components/page/claims/ClaimCard';
import { CARD_WIDTH, CLAIM_CARD_CSS } from '@/components/page/claims/styles';
import type { Claim } from '@/lib/claims/types';
import { placeCard, type Rect } from '@/lib/claims/placement';
import { IGNORE_ATTRIBUTE } from '@/lib/page/dom-text';

/** Tag of the element hosting the claim card's (closed) shadow root. */
export const CLAIMS_UI_TAG = 'crosscheck-claims-ui';

export interface CardHandlers {
  onPointerEnter(): void;
  onPointerLeave(): void;
  onClose(): void;
}

/**
 * The claim card, in a closed shadow root under <html> (outside <body>, left out of the page text),
 * created the first time a card is shown. A visually hidden live region announces keyboard moves.
 */
export function createClaimsUi(doc: Document = document) {
  let host: HTMLElement | null = null;
  let mount: HTMLElement | null = null;
  let status: HTMLElement | null = null;
  let shownIndex: number | null = null;

  function ensure(): HTMLElement {
    if (mount) return mount;
    host = doc.createElement(CLAIMS_UI_TAG);
    host.setAttribute(IGNORE_ATTRIBUTE, '');
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = CLAIM_CARD_CSS;
    status = doc.createElement('div');
    status.className = 'status';
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    mount = doc.createElement('div');
    shadow.append(style, status, mount);
    doc.documentElement.append(host);
    return mount;
  }

  return {
    get shownIndex() {
      return shownIndex;
    },
    show(claim: Claim, total: number, anchor: Rect, handlers: CardHandlers): void {
      const view = doc.defaultView!;
      const placement = placeCard(anchor, { width: view.innerWidth, height: view.innerHeight }, CARD_WIDTH);
      shownIndex = claim.index;
      render(<ClaimCard claim={claim} total={total} placement={placement} {...handlers} />, ensure());
    },
    hide(): void {
      if (shownIndex === null) return;
      shownIndex = null;
      if (mount) render(null, mount);
    },
    announce(text: string): void {
      ensure();
      if (status) status.textContent = text;
    },
    /** Whether an event happened on the card. */
    isInside(event: Event): boolean {
      return host !== null && event.composedPath().includes(host);
    },
    destroy(): void {
      if (mount) render(null, mount);
      host?.remove();
      host = mount = status = null;
      shownIndex = null;
    },
  };
}

export type ClaimsUi = ReturnType<typeof createClaimsUi>;

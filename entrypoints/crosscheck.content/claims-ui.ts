import { claimCard, moveCard } from '@/components/page/claims/claim-card';
import { CARD_WIDTH, CLAIM_CARD_CSS } from '@/components/page/claims/styles';
import { show } from '@/components/page/dom';
import { attachShadowHost, type ShadowHost } from '@/components/page/shadow-host';
import type { Claim } from '@/lib/claims/types';
import { placeCard, type Rect } from '@/lib/claims/placement';

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
  let ui: (ShadowHost & { status: HTMLElement; mount: HTMLElement }) | null = null;
  let shownIndex: number | null = null;

  function ensure() {
    if (ui) return ui;
    const { host, root } = attachShadowHost(doc, CLAIMS_UI_TAG, CLAIM_CARD_CSS);
    const status = doc.createElement('div');
    status.className = 'status';
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    // The card goes last, after the style and the live region.
    const mount = doc.createElement('div');
    root.append(status, mount);
    return (ui = { host, root, status, mount });
  }

  return {
    get shownIndex() {
      return shownIndex;
    },
    show(claim: Claim, total: number, anchor: Rect, handlers: CardHandlers): void {
      const view = doc.defaultView!;
      const placement = placeCard(anchor, { width: view.innerWidth, height: view.innerHeight }, CARD_WIDTH);
      const { mount } = ensure();
      const card = mount.firstElementChild as HTMLElement | null;
      // The same claim again (the page scrolled): the card moves, keeping whatever has the focus in it.
      if (shownIndex === claim.index && card) moveCard(card, placement);
      else show(mount, claimCard({ claim, total, placement, ...handlers }));
      shownIndex = claim.index;
    },
    hide(): void {
      if (shownIndex === null) return;
      shownIndex = null;
      ui?.mount.replaceChildren();
    },
    announce(text: string): void {
      ensure().status.textContent = text;
    },
    /** Whether an event happened on the card. */
    isInside(event: Event): boolean {
      return ui !== null && event.composedPath().includes(ui.host);
    },
    destroy(): void {
      ui?.host.remove();
      ui = null;
      shownIndex = null;
    },
  };
}

export type ClaimsUi = ReturnType<typeof createClaimsUi>;

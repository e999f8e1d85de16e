/** Width of the claim card in CSS pixels. */
export const CARD_WIDTH = 380;

/** Styles of the claim card, inside its shadow root (the page's CSS does not reach in, nor ours out). */
export const CLAIM_CARD_CSS = `
:host { all: initial; }
.card {
  position: fixed; z-index: 2147483647; box-sizing: border-box; width: ${CARD_WIDTH}px; max-width: calc(100vw - 16px);
  overflow: auto; padding: 12px 14px; border-radius: 10px; border: 1px solid #d0d4dc; border-top-width: 4px;
  background: #ffffff; color: #1b1f27; box-shadow: 0 8px 28px rgba(15, 23, 42, 0.22);
  font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; text-align: left;
}
.card.corroborated { border-top-color: #1f7a35; }
.card.divergent { border-top-color: #c2410c; border-top-style: dashed; }
header { display: flex; align-items: center; gap: 8px; }
.badge { font-weight: 700; letter-spacing: .01em; }
.corroborated .badge { color: #1f7a35; }
.divergent .badge { color: #b03a0a; }
.position { color: #5b6270; font-size: 12px; margin-left: auto; }
.close { all: unset; cursor: pointer; font-size: 18px; line-height: 1; padding: 0 4px; color: #5b6270; border-radius: 4px; }
.close:hover, .close:focus-visible { color: #1b1f27; background: #eef0f4; outline: 2px solid #2563eb; }
.explain { margin: 4px 0 10px; color: #4a5160; font-size: 13px; }
table { border-collapse: collapse; width: 100%; margin: 0 0 10px; font-size: 13px; }
th, td { text-align: left; padding: 4px 6px; border-bottom: 1px solid #e6e8ee; vertical-align: top; }
thead th { color: #5b6270; font-weight: 600; font-size: 12px; }
tbody th { font-weight: 600; white-space: nowrap; }
.page-value { background: rgba(230, 110, 20, 0.10); text-decoration: underline wavy #c2410c; text-underline-offset: 3px; }
.corpus-value { font-weight: 600; }
figure { margin: 0; }
blockquote { margin: 0 0 6px; padding: 6px 10px; border-left: 3px solid #c9ced8; background: #f6f7f9; font-style: italic; }
figcaption { font-size: 13px; color: #3d4452; }
cite { font-style: normal; color: #4a5160; }
details { margin-top: 8px; font-size: 13px; }
details ul { margin: 6px 0 0; padding-left: 18px; }
footer { margin-top: 10px; color: #6b7280; font-size: 11.5px; }
@media (prefers-color-scheme: dark) {
  .card { background: #1c2029; color: #e6e8ee; border-color: #3a4150; box-shadow: 0 8px 28px rgba(0, 0, 0, 0.5); }
  .corroborated .badge { color: #6ee7a0; }
  .divergent .badge { color: #fdba74; }
  .position, thead th, footer, .explain, figcaption, cite { color: #aab1bf; }
  th, td { border-bottom-color: #333a48; }
  blockquote { background: #252a35; border-left-color: #4a5264; }
  .close:hover, .close:focus-visible { background: #2c3240; color: #fff; }
}
.status { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

/** Width of the claim card in CSS pixels. */
export const CARD_WIDTH = 380;

/**
 * Styles of the claim card, inside its shadow root (the page's CSS does not reach in, nor ours out).
 * Kept compact: it ships in the content script of every page. Colours come from custom properties so
 * that the dark scheme only swaps values.
 */
export const CLAIM_CARD_CSS = `:host{all:initial!important}
.card{--bg:#fff;--fg:#1b1f27;--muted:#545b69;--line:#e3e6ec;--quote:#f5f6f8;--ok:#1f7a35;--warn:#b03a0a;
position:fixed;z-index:2147483647;box-sizing:border-box;width:${CARD_WIDTH}px;max-width:calc(100vw - 16px);overflow:auto;
padding:12px 14px;border:1px solid var(--line);border-top:4px solid var(--ok);border-radius:10px;background:var(--bg);color:var(--fg);
box-shadow:0 8px 28px rgba(15,23,42,.22);font:14px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;text-align:left}
@media (prefers-color-scheme:dark){.card{--bg:#1c2029;--fg:#e6e8ee;--muted:#aab1bf;--line:#3a4150;--quote:#252a35;--ok:#6ee7a0;--warn:#fdba74}}
.divergent{border-top:4px dashed var(--warn)}
header{display:flex;align-items:center;gap:8px}
.badge{font-weight:700;color:var(--ok)}.divergent .badge{color:var(--warn)}
.position,.explain,thead th,figcaption,footer{color:var(--muted);font-size:12.5px}
.position{margin-left:auto}
.close{all:unset;cursor:pointer;font-size:18px;line-height:1;padding:0 4px;color:var(--muted);border-radius:4px}
.close:hover,.close:focus-visible{color:var(--fg);outline:2px solid #2563eb}
.explain{margin:4px 0 10px}
table{border-collapse:collapse;width:100%;margin:0 0 10px;font-size:13px}
th,td{text-align:left;padding:4px 6px;border-bottom:1px solid var(--line);vertical-align:top}
tbody th{white-space:nowrap}
.page-value{text-decoration:underline wavy var(--warn);text-underline-offset:3px}
.corpus-value{font-weight:600}
figure{margin:0}
blockquote{margin:0 0 6px;padding:6px 10px;border-left:3px solid var(--line);background:var(--quote);font-style:italic}
cite{font-style:normal}
details{margin-top:8px;font-size:13px}details ul{margin:6px 0 0;padding-left:18px}
footer{margin-top:10px;font-size:11.5px}
.status{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}`;

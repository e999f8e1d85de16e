/** Sizes the content script uses to place the button and the editor. */
export const EDITOR_SIZE = { width: 320, height: 360 };
export const BUTTON_SIZE = { width: 96, height: 32 };

/**
 * Styles of the notes UI inside its shadow root. The page's CSS does not reach in; nothing here leaks
 * out. Kept compact: it ships in the content script of every page. The dark scheme only swaps values.
 */
export const NOTES_UI_CSS = `:host{all:initial!important}
.cc-layer{--bg:#fff;--fg:#1b1b1f;--muted:#5f6368;--border:#c4c8cf;--accent:#1a5fb4;--accent-fg:#fff;--error:#b3261e;
position:fixed;z-index:2147483647;font:14px/1.4 system-ui,-apple-system,'Segoe UI',sans-serif;color:var(--fg);color-scheme:light dark}
@media (prefers-color-scheme:dark){.cc-layer{--bg:#1e1f22;--fg:#e8eaed;--muted:#a8acb3;--border:#4a4e54;--accent:#8ab4f8;--accent-fg:#10243f;--error:#f28b82}}
.cc-layer *{box-sizing:border-box}
button,input,textarea{font:inherit;color:inherit}
:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
button{cursor:pointer;border:1px solid var(--border);background:var(--bg);border-radius:6px;padding:4px 10px}
button:disabled{opacity:.6;cursor:default}
.cc-add,.cc-primary{background:var(--accent);color:var(--accent-fg);border-color:var(--accent)}
.cc-add{font-weight:600;box-shadow:0 2px 8px rgba(0,0,0,.25);height:32px}
.cc-editor{width:320px;max-height:90vh;overflow:auto;background:var(--bg);border:1px solid var(--border);border-radius:10px;padding:12px;box-shadow:0 6px 24px rgba(0,0,0,.28);display:flex;flex-direction:column;gap:8px}
.cc-title{margin:0;font-weight:600}
.cc-quote{margin:0;padding:4px 8px;border-left:3px solid var(--border);color:var(--muted);max-height:5.6em;overflow:hidden;white-space:pre-wrap;overflow-wrap:anywhere}
.cc-claim,.cc-error{margin:0}
.cc-claim,.cc-field span,.cc-colours legend{font-size:12px;color:var(--muted)}
.cc-field{display:flex;flex-direction:column;gap:2px}
textarea,input[type=text]{width:100%;border:1px solid var(--border);border-radius:6px;padding:6px;background:var(--bg);resize:vertical}
.cc-colours{border:0;margin:0;padding:0;display:flex;gap:6px;align-items:center}
.cc-colours legend{float:left;margin-right:6px;padding:0}
.cc-colour{position:relative;display:inline-flex}
.cc-colour input{position:absolute;opacity:0;width:100%;height:100%;margin:0;cursor:pointer}
.cc-swatch{width:22px;height:22px;border-radius:50%;border:2px solid transparent}
.cc-colour input:checked+.cc-swatch{border-color:var(--fg);box-shadow:0 0 0 2px var(--bg) inset}
.cc-colour input:focus-visible+.cc-swatch{outline:2px solid var(--accent);outline-offset:2px}
.cc-visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.cc-error,.cc-danger{color:var(--error)}
.cc-actions{display:flex;gap:6px;align-items:center}
.cc-spacer{flex:1}`;

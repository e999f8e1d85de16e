import { buildExtension } from '../../scripts/lib/build';
import { findChromium, INSTALL_HINT } from '../../scripts/lib/chromium';

/** Builds the extension once per run and makes sure there is a browser to load it in. */
export default function setup() {
  if (!findChromium()) throw new Error(`End-to-end tests need Chromium. ${INSTALL_HINT}`);
  buildExtension('chrome');
}

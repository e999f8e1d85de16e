import { highlightName, MARK_TAG, type HighlightKind, type Theme } from './kinds';

/**
 * How each kind looks. The kinds differ in shape as well as colour, so they stay apart for readers
 * who do not see the colours: corroborated text gets a tint and a solid underline, divergent text a
 * wavy underline (and only a faint tint). Translucent tints keep the page's own text colour legible.
 */
interface Look {
  background: string;
  line: string;
  style: 'solid' | 'wavy';
}

const PALETTES: Record<Theme, Record<HighlightKind | 'focus', Look>> = {
  light: {
    corroborated: { background: 'rgba(46, 160, 67, 0.16)', line: '#1f7a35', style: 'solid' },
    divergent: { background: 'rgba(230, 110, 20, 0.08)', line: '#c2410c', style: 'wavy' },
    focus: { background: 'rgba(37, 99, 235, 0.22)', line: '#1d4ed8', style: 'solid' },
  },
  dark: {
    corroborated: { background: 'rgba(74, 222, 128, 0.20)', line: '#6ee7a0', style: 'solid' },
    divergent: { background: 'rgba(251, 146, 60, 0.12)', line: '#fdba74', style: 'wavy' },
    focus: { background: 'rgba(96, 165, 250, 0.30)', line: '#93c5fd', style: 'solid' },
  },
};

function declarations(look: Look, important: boolean): string {
  const bang = important ? ' !important' : '';
  return [
    `background-color: ${look.background}${bang};`,
    `text-decoration-line: underline${bang};`,
    `text-decoration-style: ${look.style}${bang};`,
    `text-decoration-color: ${look.line}${bang};`,
    `text-decoration-thickness: ${look.style === 'wavy' ? '1.5px' : '2px'}${bang};`,
    `text-decoration-skip-ink: none${bang};`,
  ].join(' ');
}

const THEMES: readonly Theme[] = ['light', 'dark'];
const LOOKS = ['corroborated', 'divergent', 'focus'] as const;

/** ::highlight() rules for the Custom Highlight API, for every theme (each theme has its own names). */
export function highlightCss(): string {
  return THEMES.flatMap((theme) =>
    LOOKS.map((kind) => `::highlight(${highlightName(kind, theme)}) { ${declarations(PALETTES[theme][kind], false)} }`),
  ).join('\n');
}

/**
 * Rules for the fallback marks, for every theme (a mark carries its page's theme in data-theme).
 * Page CSS may style any element, so every property is !important.
 */
export function markCss(): string {
  const reset = `${MARK_TAG} { display: inline !important; font: inherit !important; color: inherit !important; margin: 0 !important; padding: 0 !important; border: 0 !important; }`;
  const themed = THEMES.flatMap((theme) => {
    const scope = `${MARK_TAG}[data-theme="${theme}"]`;
    return [
      ...(['corroborated', 'divergent'] as const).map((kind) => `${scope}[data-kind="${kind}"] { ${declarations(PALETTES[theme][kind], true)} }`),
      `${scope}[data-focus] { ${declarations(PALETTES[theme].focus, true)} }`,
    ];
  });
  return [reset, ...themed].join('\n');
}

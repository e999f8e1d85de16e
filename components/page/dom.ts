/** What an element may contain: nodes and text; false, null and undefined are left out, arrays are flattened. */
export type Child = Node | string | false | null | undefined | readonly Child[];

/**
 * Attributes, set with setAttribute (`true` gives an empty attribute, `false`/null/undefined none), and
 * event listeners: a function under `on…` is added with addEventListener (`onclick` → 'click').
 */
export type Attrs = Record<string, string | number | boolean | null | undefined | ((event: never) => unknown)>;

/**
 * Builds an element. Text goes in as Text nodes, never parsed as markup: views built with this can
 * take page and corpus text as it is.
 */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (typeof value === 'function') element.addEventListener(name.slice(2), value as EventListener);
    else if (value === true) element.setAttribute(name, '');
    else if (value !== false && value != null) element.setAttribute(name, String(value));
  }
  append(element, children);
  return element;
}

function append(parent: Element, children: readonly Child[]): void {
  for (const child of children) {
    if (Array.isArray(child)) append(parent, child);
    else if (child instanceof Node) parent.append(child);
    else if (child !== false && child != null) parent.append(document.createTextNode(String(child)));
  }
}

/** Shows `view` as the only content of `parent`, and moves the focus to its `autofocus` control if it has one. */
export function show(parent: Element | ShadowRoot, view: Element | null): void {
  if (view) parent.replaceChildren(view);
  else parent.replaceChildren();
  view?.querySelector<HTMLElement>('[autofocus]')?.focus();
}

import { show } from '@/components/page/dom';

/** Shows a view in a fresh element of the document, as the on-page UIs do; `unmount` removes it again. */
export function mount(view: Element) {
  const root = document.createElement('div');
  document.body.append(root);
  show(root, view);
  return {
    root,
    unmount() {
      root.remove();
    },
  };
}

/** Adds a lazily loaded screen's own CSS to the page once, so it travels in the screen's chunk, not the first one. */

const added = new Set<string>();

export function addScreenStyle(name: string, css: string): void {
  if (added.has(name)) return;
  added.add(name);
  const style = document.createElement('style');
  style.dataset.screen = name;
  style.textContent = css;
  document.head.append(style);
}

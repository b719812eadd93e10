/** Shows the title of the hovered or focused timeline mark under the chart (works for mouse and keyboard). */
export function enhanceTimeline(root: Document): void {
  const tip = root.querySelector<HTMLElement>('.timeline-tip');
  if (!tip) return;
  const show = (event: Event) => {
    const mark = (event.target as Element | null)?.closest?.('a[data-label]');
    if (mark) tip.textContent = mark.getAttribute('data-label');
  };
  root.addEventListener('focusin', show);
  root.addEventListener('mouseover', show);
}

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

/** Keeps the row labels in view while the chart scrolls sideways (without JS they scroll with it). */
export function stickTimelineLabels(root: Document): void {
  const scroller = root.querySelector<HTMLElement>('.timeline-scroll');
  const labels = scroller?.querySelector<SVGGElement>('.row-labels');
  const svg = scroller?.querySelector('svg');
  if (!scroller || !labels || !svg) return;
  const update = () => {
    const scale = svg.viewBox.baseVal.width / svg.getBoundingClientRect().width || 1;
    labels.setAttribute('transform', `translate(${scroller.scrollLeft * scale} 0)`);
  };
  scroller.addEventListener('scroll', update, { passive: true });
  update();
}

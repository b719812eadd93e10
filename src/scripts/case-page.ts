/**
 * Case pages on wide screens (≥ 75rem, print excluded):
 * - scroll-spy: the contents entry of the section being read gets aria-current="true" (IntersectionObserver);
 * - sidenotes: each footnote (rendered once, at the end) is positioned in the right margin beside its first
 *   reference; notes never overlap (each starts below the previous one). Nothing is cloned, so the HTML stays
 *   as it is; on narrow screens, without JS and in print the numbered notes stay at the end.
 */
const WIDE = '(min-width: 75rem)';

export function enhanceCasePage(doc: Document): void {
  const layout = doc.querySelector<HTMLElement>('.case-layout');
  if (!layout) return;
  scrollSpy(doc, layout);
  const wide = matchMedia(WIDE);
  const place = () => placeSidenotes(doc, layout, wide.matches);
  wide.addEventListener('change', place);
  addEventListener('resize', debounce(place, 150));
  addEventListener('load', place);
  void doc.fonts?.ready.then(place);
  place();
}

function scrollSpy(doc: Document, layout: HTMLElement): void {
  const links = new Map<string, HTMLAnchorElement>();
  for (const a of layout.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]')) links.set(decodeURIComponent(a.hash.slice(1)), a);
  const targets = [...links.keys()].map((id) => doc.getElementById(id)).filter((el): el is HTMLElement => el !== null);
  if (targets.length === 0 || !('IntersectionObserver' in window)) return;
  const visible = new Set<Element>();
  let current: HTMLAnchorElement | undefined;
  const update = () => {
    // The last heading above the reading line (upper third of the viewport) marks the section being read.
    const line = innerHeight / 3;
    let active = targets[0]!;
    for (const t of targets) if (t.getBoundingClientRect().top <= line) active = t;
    // At the very end of the page the last section is the one being read, even if its heading is low.
    if (innerHeight + scrollY >= doc.documentElement.scrollHeight - 2) active = targets.at(-1)!;
    const link = links.get(active.id);
    if (link === current) return;
    current?.removeAttribute('aria-current');
    link?.setAttribute('aria-current', 'true');
    current = link;
  };
  const io = new IntersectionObserver((entries) => {
    for (const e of entries) (e.isIntersecting ? visible.add(e.target) : visible.delete(e.target));
    update();
  }, { rootMargin: '0px 0px -66% 0px' });
  for (const t of targets) io.observe(t);
  addEventListener('scroll', debounce(update, 50), { passive: true });
}

function placeSidenotes(doc: Document, layout: HTMLElement, wide: boolean): void {
  const notes = [...layout.querySelectorAll<HTMLLIElement>('section[data-footnotes] li[id]')];
  layout.classList.toggle('has-sidenotes', wide && notes.length > 0);
  const section = notes[0]?.closest<HTMLElement>('section');
  if (!section) return;
  section.style.height = '';
  if (!wide) {
    for (const li of notes) li.style.top = '';
    return;
  }
  const origin = layout.getBoundingClientRect().top;
  let floor = 0;
  notes.forEach((li, i) => {
    const ref = doc.querySelector<HTMLElement>(`a[data-footnote-ref][href="#${CSS.escape(li.id)}"]`);
    li.querySelector('p')?.setAttribute('data-n', ref?.textContent ?? String(i + 1));
    const top = Math.max(ref ? ref.getBoundingClientRect().top - origin : floor, floor);
    li.style.top = `${Math.round(top)}px`;
    floor = top + li.offsetHeight + 8;
  });
  // The notes may run past the end of the text: the (now empty) notes section keeps room for them.
  const sectionTop = section.getBoundingClientRect().top - origin;
  if (floor > sectionTop) section.style.height = `${Math.ceil(floor - sectionTop)}px`;
}

function debounce(fn: () => void, ms: number): () => void {
  let t: ReturnType<typeof setTimeout> | undefined;
  return () => { clearTimeout(t); t = setTimeout(fn, ms); };
}

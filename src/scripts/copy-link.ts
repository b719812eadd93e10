/**
 * Site-wide enhancements, kept tiny: section anchors also copy their URL; "/" opens search (unless typing).
 */
export function enhanceCopyLinks(root: Document): void {
  // A visible toast that is also a live region: "Link copied" shows for 2.5 s, and is announced.
  const status = root.createElement('p');
  status.className = 'toast';
  status.setAttribute('role', 'status');
  root.body.append(status);
  let timer: ReturnType<typeof setTimeout> | undefined;
  root.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a[data-copy-link]');
    if (!(link instanceof HTMLAnchorElement)) return;
    navigator.clipboard?.writeText(link.href).then(
      () => {
        status.textContent = 'Link copied';
        clearTimeout(timer);
        timer = setTimeout(() => { status.textContent = ''; }, 2500);
      },
      () => { status.textContent = ''; },
    );
  });
}

export function enableSearchShortcut(root: Document, searchUrl: string): void {
  root.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return;
    event.preventDefault();
    const input = root.querySelector<HTMLInputElement>('input[name="q"]');
    if (input) { input.focus(); return; }
    sessionStorage.setItem('focus-search', '1');
    location.href = searchUrl;
  });
}

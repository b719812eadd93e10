/**
 * Section anchors stay plain links without JavaScript. With it, activating one also copies the section's
 * full URL and says so in a polite live region.
 */
export function enhanceCopyLinks(root: Document): void {
  const status = root.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  root.body.append(status);
  root.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a[data-copy-link]');
    if (!(link instanceof HTMLAnchorElement)) return;
    const url = link.href;
    navigator.clipboard?.writeText(url).then(
      () => { status.textContent = 'Link to this section copied.'; },
      () => { status.textContent = ''; },
    );
  });
}

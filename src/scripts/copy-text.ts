/**
 * Copy buttons for citations: each <button data-copy="ID" hidden> copies the text of the element with that id.
 * The buttons stay hidden where scripts or the Clipboard API are missing (the text can still be selected), and
 * every result is announced in one polite live region.
 */
export interface ClipboardLike {
  writeText(text: string): Promise<void>;
}

const FAILED = 'Could not copy; select the text and copy it by hand';

export function enhanceCopyButtons(root: Document): void {
  const clipboard = navigator.clipboard as ClipboardLike | undefined;
  const buttons = root.querySelectorAll<HTMLButtonElement>('button[data-copy]');
  if (!clipboard || buttons.length === 0 || root.documentElement.dataset.copyText) return;
  root.documentElement.dataset.copyText = '1';
  const status = root.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  status.dataset.copyStatus = '';
  root.body.append(status);
  for (const button of buttons) button.hidden = false;
  root.addEventListener('click', async (event) => {
    const button = (event.target as Element | null)?.closest?.('button[data-copy]');
    if (!(button instanceof HTMLButtonElement)) return;
    const source = root.getElementById(button.dataset.copy ?? '');
    const label = button.querySelector('.visually-hidden')?.textContent?.trim() ?? '';
    let message = FAILED;
    if (source) {
      try {
        await clipboard.writeText(source.textContent ?? '');
        message = `Copied ${label}`.trim();
      } catch {
        /* message stays FAILED */
      }
    }
    const word = button.firstChild;
    if (message !== FAILED && word?.nodeType === Node.TEXT_NODE) {
      word.textContent = 'Copied';
      setTimeout(() => { word.textContent = 'Copy'; }, 2000);
    }
    status.textContent = '';
    // Set after clearing, so that a second copy of the same format is announced again.
    requestAnimationFrame(() => { status.textContent = message; });
  });
}

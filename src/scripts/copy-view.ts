/**
 * "Copy link to this view": copies the page's current address (query string and hash included, so a search or a
 * map year is kept) and says so politely. The control is hidden until this runs, and stays hidden where the
 * Clipboard API is missing.
 */

export interface ClipboardLike {
  writeText(text: string): Promise<void>;
}

export const MESSAGES = { copied: 'Link copied', failed: 'Could not copy; copy the address from the address bar' } as const;

/** Copy `url` and return the message to announce. */
export async function copyView(url: string, clipboard: ClipboardLike | undefined): Promise<string> {
  if (!clipboard) return MESSAGES.failed;
  try {
    await clipboard.writeText(url);
    return MESSAGES.copied;
  } catch {
    return MESSAGES.failed;
  }
}

export function enhanceCopyView(root: Document): void {
  const clipboard = navigator.clipboard as ClipboardLike | undefined;
  if (!clipboard) {
    // Scripts run but copying is impossible here: hide the control rather than offer a dead button.
    for (const control of root.querySelectorAll<HTMLElement>('[data-copy-view]')) control.hidden = true;
    return;
  }
  for (const control of root.querySelectorAll<HTMLElement>('[data-copy-view]')) {
    if (control.dataset.enhanced) continue;
    control.dataset.enhanced = '1';
    const button = control.querySelector('button');
    const status = control.querySelector<HTMLElement>('[role="status"]');
    if (!button || !status) continue;
    control.hidden = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    button.addEventListener('click', async () => {
      status.textContent = '';
      clearTimeout(timer);
      const message = await copyView(window.location.href, clipboard);
      // A fresh text node after clearing makes screen readers announce a repeat copy too.
      requestAnimationFrame(() => { status.textContent = message; });
      timer = setTimeout(() => { status.textContent = ''; }, 8000);
    });
  }
}

/**
 * The controls on /offline/: shows what is saved, states each download's size before it starts (from
 * <base>offline/manifest.json, written at build time), saves with a progress bar and Cancel, resumes by itself
 * after a reload mid-way (the cache is the record of progress), confirms with the date, and removes the copy.
 */
import { filesFor, loadManifest, mergeScope, readMeta, removeSaved, sync, totalBytes, type Manifest, type Progress, type SavedMeta, type Scope } from './offline-store';

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const MB = 1_000_000;

/** "about 5.9 MB" (one decimal; below 1 MB, "about 0.4 MB"). */
export const aboutMb = (bytes: number) => `about ${(bytes / MB).toFixed(1)} MB`;
const mb = (bytes: number) => (bytes / MB).toFixed(1);
const longDate = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

export function startOfflinePage(root: HTMLElement): void {
  const noJs = document.querySelector<HTMLElement>('[data-offline-nojs]');
  const missing = document.querySelector<HTMLElement>('[data-offline-missing]');
  // The worker answers a page that is neither saved nor read before with this page: say so.
  if (missing && location.pathname !== `${base}offline/`) missing.hidden = false;
  root.hidden = false;
  noJs?.setAttribute('hidden', '');

  const state = root.querySelector<HTMLElement>('[data-offline-state]')!;
  const saveButtons = [...root.querySelectorAll<HTMLButtonElement>('[data-offline-save]')];
  const progressBox = root.querySelector<HTMLElement>('[data-offline-progress]')!;
  const bar = progressBox.querySelector('progress')!;
  const progressText = root.querySelector<HTMLElement>('[data-offline-progress-text]')!;
  const cancel = root.querySelector<HTMLButtonElement>('[data-offline-cancel]')!;
  const message = root.querySelector<HTMLElement>('[data-offline-message]')!;
  const remove = root.querySelector<HTMLButtonElement>('[data-offline-remove]')!;
  let manifest: Manifest | null = null;
  let controller: AbortController | null = null;

  if (!('serviceWorker' in navigator) || !('caches' in window)) {
    state.textContent = 'This browser cannot save the site for offline reading (it needs service workers and a secure https:// address).';
    return;
  }

  const scopeLabel = (scope: Scope) => scope === 'all' ? 'the whole site'
    : scope.map((id) => manifest?.groups.cases[id]?.title ?? id).join('; ');

  const describe = (meta: SavedMeta | null) => {
    if (!meta) return 'Nothing is saved on this device yet, apart from the pages you have opened.';
    if (meta.state === 'complete') {
      return `Saved on this device: ${scopeLabel(meta.scope)}, ${meta.files} files (${aboutMb(meta.bytes)}), saved copy of ${longDate(meta.date!)}.`;
    }
    return `Saving ${scopeLabel(meta.scope)} did not finish. Save again to continue where it stopped, or remove the partial copy.`;
  };

  const labelButtons = (meta: SavedMeta | null) => {
    for (const button of saveButtons) {
      const id = button.dataset.offlineSave!;
      const wanted: Scope = id === 'all' ? 'all' : [id];
      const scope = mergeScope(meta?.scope, wanted);
      const title = id === 'all' ? 'the whole site' : button.dataset.title!;
      if (!manifest) { button.textContent = `Save ${title}`; button.disabled = true; continue; }
      const files = filesFor(manifest, wanted);
      const done = meta?.state === 'complete' && meta.version === manifest.version
        && (meta.scope === 'all' || (scope !== 'all' && scope.length === meta.scope.length));
      const what = `${title} (${aboutMb(totalBytes(files))}, ${files.length} files)`;
      button.textContent = done ? `Saved: ${what}` : `Save ${what}`;
      button.disabled = controller !== null || done;
    }
  };

  const refresh = async () => {
    const meta = await readMeta();
    state.textContent = describe(meta);
    remove.hidden = meta === null;
    labelButtons(meta);
    return meta;
  };

  const showProgress = (p: Progress) => {
    bar.max = p.totalFiles;
    bar.value = p.files;
    progressText.textContent = `${p.files} of ${p.totalFiles} files, ${mb(p.bytes)} of ${mb(p.totalBytes)} MB`;
    progressBox.dataset.files = String(p.files);
  };

  const save = async (wanted: Scope) => {
    if (!manifest || controller) return;
    const meta = await readMeta();
    const scope = mergeScope(meta?.state === 'complete' || meta?.state === 'saving' || meta?.state === 'stopped' ? meta.scope : undefined, wanted);
    controller = new AbortController();
    let saved = '';
    message.textContent = '';
    progressBox.hidden = false;
    labelButtons(meta);
    await navigator.storage?.persist?.().catch(() => false);
    try {
      const result = await sync(manifest, scope, { signal: controller.signal, onProgress: showProgress });
      message.textContent = `Saved for offline reading: ${scopeLabel(scope)}, ${result.meta.files} files (${aboutMb(result.meta.bytes)}). Saved copy of ${longDate(result.meta.date!)}.`;
      saved = result.meta.date!;
    } catch (error) {
      message.textContent = controller.signal.aborted
        ? 'Saving stopped. What was already saved is kept; save again to continue.'
        : `Saving stopped: ${error instanceof Error ? error.message : String(error)}. Save again to continue where it stopped.`;
    } finally {
      controller = null;
      progressBox.hidden = true;
      await refresh();
      if (saved) root.dataset.saved = saved; // for tests and styles: set once the controls show the result
    }
  };

  for (const button of saveButtons) {
    button.addEventListener('click', () => {
      const id = button.dataset.offlineSave!;
      void save(id === 'all' ? 'all' : [id]);
    });
  }
  cancel.addEventListener('click', () => controller?.abort());
  remove.addEventListener('click', async () => {
    controller?.abort();
    await removeSaved();
    message.textContent = 'The saved copy and the pages kept from your reading were removed from this device.';
    delete root.dataset.saved;
    await refresh();
  });

  void (async () => {
    manifest = await loadManifest();
    const meta = await refresh();
    if (!manifest) {
      state.textContent += ' Connect to the internet to save the site.';
      return;
    }
    root.dataset.ready = '';
    // A save that a reload interrupted carries on by itself from what is already stored.
    if (meta?.state === 'saving' && navigator.onLine) {
      message.textContent = 'Continuing the save that was interrupted.';
      void save(meta.scope);
    }
  })();
}

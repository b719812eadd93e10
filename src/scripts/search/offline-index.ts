/**
 * Offline search over a partial index: asks the service worker which Pagefind files are not stored
 * (indexStatus in scripts/postbuild/offline.mjs); its answer, a ready status paragraph naming the missing parts
 * with a link to save the site, goes above the results, so an incomplete search never fails silently.
 * Kept tiny: it is part of /search/'s first script (the 4 KB budget).
 */
export function reportMissingIndex(root: HTMLElement): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = ({ data }: MessageEvent<string | null>) => {
    if (data && !root.querySelector('[data-offline-index]')) root.querySelector('[data-status]')?.insertAdjacentHTML('beforebegin', data);
  };
  if (!navigator.onLine) navigator.serviceWorker?.controller?.postMessage({ type: 'index-status' }, [channel.port2]);
}

/** The handout's "Print this handout" button: shown only when scripts run, it opens the print dialog. */
export function enhancePrintButtons(root: Document): void {
  if (typeof window.print !== 'function') return;
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-print-handout]')) {
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  }
}

/**
 * /teach/exercise/: fills the form from the URL, keeps the URL in step with the answers (history.replaceState),
 * shows a copyable link to the answers and, in each revealed answer, whether the prediction matches.
 */
import { answersQuery, parseAnswers, score, verdict, type Answers } from '@/lib/teach/exercise';
import { ORGS, RESPONSE_LEVELS, type Org, type ResponseLevel } from '@/lib/vocab';

export function enhanceExercise(doc: Document): void {
  const form = doc.getElementById('exercise');
  if (!(form instanceof HTMLFormElement)) return;
  const caseIds = (form.dataset.cases ?? '').split(' ').filter(Boolean);
  const linkBox = form.querySelector<HTMLElement>('.exercise-link');
  const urlField = form.querySelector<HTMLInputElement>('#exercise-url');
  const scoreOut = form.querySelector<HTMLElement>('[data-score]');
  form.querySelector<HTMLElement>('.exercise-nojs')?.setAttribute('hidden', '');
  const recorded: Record<string, Record<Org, ResponseLevel>> = {};
  for (const d of form.querySelectorAll<HTMLElement>('details[data-recorded-nato]')) {
    const c = d.closest<HTMLElement>('[data-case]')?.dataset.case;
    if (c) recorded[c] = { nato: d.dataset.recordedNato as ResponseLevel, csto: d.dataset.recordedCsto as ResponseLevel };
  }

  const read = (): Answers => {
    const params = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (typeof v === 'string') params.append(k, v);
    return parseAnswers(params, caseIds);
  };

  const render = (answers: Answers) => {
    const q = answersQuery(answers, caseIds);
    const url = new URL(location.href);
    url.search = q;
    history.replaceState(history.state, '', url);
    if (linkBox && urlField) {
      linkBox.hidden = false;
      urlField.value = url.href;
    }
    for (const c of caseIds) {
      for (const o of ORGS) {
        const out = form.querySelector<HTMLElement>(`[data-verdict="${c}.${o}"]`);
        const rec = recorded[c]?.[o];
        if (!out || !rec) continue;
        const p = answers[c]?.predictions[o];
        const v = verdict(p, rec);
        out.textContent = v === 'unanswered' ? 'You made no prediction.' : v === 'match' ? `Your prediction, ${RESPONSE_LEVELS[p!]}, matches the recorded level.` : `Your prediction was ${RESPONSE_LEVELS[p!]}; the recorded level differs.`;
      }
    }
    if (scoreOut) {
      const s = score(answers, recorded);
      scoreOut.textContent = `${s.answered} of ${s.total} predictions made.`;
    }
  };

  // Restore from the URL.
  const initial = parseAnswers(location.search, caseIds);
  for (const c of caseIds) {
    const a = initial[c];
    if (!a) continue;
    for (const [k, v] of [...Object.entries(a.factors), ...Object.entries(a.predictions)]) {
      const input = form.querySelector<HTMLInputElement>(`input[name="${c}.${k}"][value="${v}"]`);
      if (input) input.checked = true;
    }
  }
  render(read());

  form.addEventListener('change', () => render(read()));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    render(read());
    urlField?.focus();
    urlField?.select();
  });
  form.querySelector('[data-copy-answers]')?.addEventListener('click', () => {
    if (urlField) void navigator.clipboard?.writeText(urlField.value).then(() => { if (scoreOut) scoreOut.textContent = 'Link copied.'; }, () => {});
  });
}

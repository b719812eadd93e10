/**
 * citation-js, loaded once through CommonJS so that the core and its plugins share one registry (the packages
 * ship both a CJS and an ESM build; mixing them would register the plugins on a different instance), plus the
 * two CSL styles this project writes itself (citation-js ships only apa, harvard1 and vancouver).
 */
import { createRequire } from 'node:module';
import { CHICAGO_AUTHOR_DATE } from './styles/chicago-author-date';
import { MLA_9 } from './styles/mla-9';

export interface CiteInstance {
  data: CslItem[];
  format(name: 'bibliography', options: { template: string; format: 'text' | 'html'; lang: string }): string;
  format(name: 'bibtex' | 'ris', options?: { format?: 'text' }): string;
  format(name: 'data', options?: { format?: 'object' | 'text' }): unknown;
}
interface CiteStatic {
  new (input: unknown): CiteInstance;
}
interface CitationJs {
  Cite: CiteStatic;
  plugins: { config: { get(name: '@csl'): { styles: { add(name: string, xml: string): void; has(name: string): boolean } } } };
}

/** A CSL-JSON item (only the variables this site uses are typed; others pass through). */
export interface CslItem {
  id: string;
  type: string;
  title?: string;
  'citation-key'?: string;
  author?: Array<{ given?: string; family?: string; literal?: string }>;
  'container-title'?: string;
  publisher?: string;
  volume?: string;
  issue?: string;
  page?: string;
  issued?: { 'date-parts': number[][] };
  DOI?: string;
  ISSN?: string;
  URL?: string;
  [key: string]: unknown;
}

/** Names under which the project's own styles are registered. */
export const STYLE_NAMES = { chicago: 'companion-chicago-author-date', mla: 'companion-mla-9' } as const;

let loaded: CitationJs | undefined;

export function citationJs(): CitationJs {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const core = require('@citation-js/core') as CitationJs;
  require('@citation-js/plugin-csl');
  require('@citation-js/plugin-bibtex');
  require('@citation-js/plugin-ris');
  const styles = core.plugins.config.get('@csl').styles;
  styles.add(STYLE_NAMES.chicago, CHICAGO_AUTHOR_DATE);
  styles.add(STYLE_NAMES.mla, MLA_9);
  loaded = core;
  return core;
}

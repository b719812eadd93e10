/** Site paths with the deploy base applied (import.meta.env.BASE_URL comes from BASE_PATH). */
import { withBase } from '@/lib/url';

export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}

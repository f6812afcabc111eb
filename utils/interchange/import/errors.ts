import { MAX_REPORTED_ERRORS } from '../../model/limits';
import { withThousands } from '../../format';

/** One problem with an import file: where (e.g. "annotations[3].type") and what, in words. */
export interface ImportError {
  path: string;
  message: string;
}

/**
 * Collects errors but keeps only the first few: a file with 100,000 bad records should
 * yield a readable report, not 100,000 objects for the UI to render.
 */
export class ErrorList {
  private readonly kept: ImportError[] = [];
  private total = 0;

  constructor(private readonly limit = MAX_REPORTED_ERRORS) {}

  add(path: string, message: string): void {
    this.total++;
    if (this.kept.length < this.limit) this.kept.push({ path, message });
  }

  get count(): number {
    return this.total;
  }

  /** The kept errors, plus one "…and N more" entry when some were left out. */
  list(): ImportError[] {
    const more = this.total - this.kept.length;
    if (more <= 0) return [...this.kept];
    return [...this.kept, { path: '', message: `…and ${withThousands(more)} more problems.` }];
  }
}

/** `annotations` + 3 + `type` → `annotations[3].type`. */
export function joinPath(base: string, ...keys: (string | number)[]): string {
  let path = base;
  for (const key of keys) path += typeof key === 'number' ? `[${key}]` : path ? `.${key}` : key;
  return path;
}

/**
 * @module Classification codes: functional (支出功能分类, 类/款/项 = 3/5/7 digits) and
 * economic (支出经济分类, 类/款 = 3/5 digits). Canonical form is the joined digit string;
 * a code's parent is its prefix.
 */

export type CodeScheme = 'functional' | 'economic';
export type CodeLevel = 'class' | 'section' | 'item'; // 类 / 款 / 项

const LEVEL_BY_LENGTH: Record<number, CodeLevel> = { 3: 'class', 5: 'section', 7: 'item' };

export function codeLevel(code: string): CodeLevel | null {
  return LEVEL_BY_LENGTH[code.length] ?? null;
}

/** 2040223 → 20402 → 204 → null. */
export function parentCode(code: string): string | null {
  if (code.length === 7) return code.slice(0, 5);
  if (code.length === 5) return code.slice(0, 3);
  return null;
}

/**
 * Joins a printed code ("204 02 23", "2040223", "301 02") into canonical form, or null
 * when the text is not a code. Functional classes start with 2, economic with 3 or 5.
 */
export function joinCode(printed: string): string | null {
  const parts = printed.trim().split(/\s+/);
  const [head, ...rest] = parts;
  if (!head || !/^[2-5]\d{2}(\d{2}){0,2}$/.test(head)) return null;
  if (rest.length > 0 && (head.length !== 3 || rest.some((p) => !/^\d{2}$/.test(p)) || rest.length > 2)) return null;
  return head + rest.join('');
}

/** A code with all its ancestors, class first: 2040223 → [204, 20402, 2040223]. */
export function codeLineage(code: string): string[] {
  const out: string[] = [];
  for (let c: string | null = code; c; c = parentCode(c)) out.unshift(c);
  return out;
}

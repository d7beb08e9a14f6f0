/**
 * @module The ways a run of printed values can stand in a row's columns when empty cells
 * vanished from the text: every order-preserving placement of k values into n columns.
 */

/** Column index of each value, increasing. */
export type Candidate = readonly number[];

/** Placements beyond this many are not enumerated (the row is reported as unreadable). */
export const MAX_CANDIDATES = 20000;

export function candidates(values: number, columns: number): Candidate[] {
  const k = `${values}/${columns}`;
  let list = enumerated.get(k);
  if (!list) enumerated.set(k, (list = enumerate(values, columns)));
  return list;
}

/** Placements depend only on the counts, and rows repeat them: each list is built once, shared read-only. */
const enumerated = new Map<string, Candidate[]>();

function enumerate(values: number, columns: number): Candidate[] {
  if (values > columns) return [];
  if (binomial(columns, values) > MAX_CANDIDATES) return [];
  const out: Candidate[] = [];
  const pick: number[] = [];
  const walk = (start: number) => {
    if (pick.length === values) { out.push([...pick]); return; }
    for (let c = start; c <= columns - (values - pick.length); c++) {
      pick.push(c);
      walk(c + 1);
      pick.pop();
    }
  };
  walk(0);
  return out;
}

function binomial(n: number, k: number): number {
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
}

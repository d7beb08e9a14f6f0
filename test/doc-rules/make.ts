/**
 * Small hand-made disclosures for the document-level rule tests: only what a rule reads.
 */
import type { Disclosure, PrintedLine, Row, Section, Table } from '../../src/model/index.js';
import type { Finding } from '../../src/model/index.js';
import { parseNumber } from '../../src/model/index.js';

type Parts = Partial<Omit<Disclosure, 'document'>> & { document?: Partial<Disclosure['document']> };

export function disclosure(parts: Parts = {}): Disclosure {
  return {
    source: { file: 'hand-made', sha256: '', format: 'text', pages: null },
    tables: [],
    performance: [],
    sections: [],
    warnings: [],
    ...parts,
    document: {
      department: '吉林省外事办公室', fiscalYear: 2024, kind: 'final', scope: 'department', level: 'provincial',
      currencyUnit: '万元', title: null, ...parts.document,
    },
  };
}

export function row(code: string | null, name: string, line: number, values: Record<string, string> = {}): Row {
  const cells = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { ...parseNumber(v)!, at: { page: null, line } }]));
  return { key: code ? null : name, code, name, values: cells, text: `${code ?? ''} ${name}`.trim(), at: { page: null, line } };
}

export function table(kind: string, rows: Row[], extra: Partial<Table> = {}): Table {
  return { kind, title: kind, number: null, pages: null, empty: false, note: null, columns: [], rows, at: { page: null, line: rows[0]?.at.line ?? 1 }, ...extra };
}

export function section(key: string | null, heading: string, text: string, line: number): Section {
  return { key, heading, text, at: { page: null, line } };
}

/** Printed lines from text, numbered from 1. */
export function lines(text: string): PrintedLine[] {
  return text.split('\n').map((t, i) => ({ text: t, at: { page: null, line: i + 1 } }));
}

/** "severity rule where@line rowCode": one line per finding, for exact comparison. */
export function brief(findings: readonly Finding[]): string[] {
  return findings.map((f) => {
    const l = f.locations[0];
    return `${f.severity} ${f.rule} ${l?.table ?? l?.section ?? ''}@${l?.line ?? ''}${l?.rowCode ? ` ${l.rowCode}` : ''}`;
  });
}

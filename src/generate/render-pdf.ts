/**
 * @module HTML → PDF through a real typesetting path: headless Chromium (the Debian package,
 * driven by playwright-core) prints each page with the CJK fonts installed on the system.
 * One browser serves a whole batch; each document gets a fresh page. The only file in the
 * project that touches playwright.
 */
import { execFile } from 'node:child_process';
import { access, constants, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import type { BrowserContext } from 'playwright-core';
import { CJK_FONTS } from './render-html.js';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** A system package the PDF path needs is not installed (the CLI exits 69, EX_UNAVAILABLE). */
export class MissingDependencyError extends Error {
  readonly code = 'MISSING_DEPENDENCY';
  constructor(readonly packageName: string, what: string) {
    super(`缺少系统软件包 ${packageName}（${what}）：请运行 scripts/install-debian.sh `
      + `(missing system package ${packageName}: ${what}; run scripts/install-debian.sh)`);
    this.name = 'MissingDependencyError';
  }
}

export interface PrinterOptions {
  readonly executablePath?: string;
}

export interface Printer {
  /** The HTML document printed as PDF bytes (page size and orientation from its CSS @page rules). */
  print(html: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

/** Starts one headless Chromium with a fresh profile; throws MissingDependencyError when it or the fonts are absent. */
export async function openPrinter(o: PrinterOptions = {}): Promise<Printer> {
  const executablePath = o.executablePath ?? CHROMIUM_PATH;
  await access(executablePath, constants.X_OK).catch(() => {
    throw new MissingDependencyError('chromium', `${executablePath} not found`);
  });
  await requireFonts();
  const profile = await mkdtemp(join(tmpdir(), 'budgetlens-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args: FLAGS });
  } catch (err) {
    await rm(profile, { recursive: true, force: true });
    throw err;
  }
  return {
    async print(html) {
      const page = await context.newPage();
      try {
        await page.setContent(html, { waitUntil: 'load' });
        return new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      } finally {
        await page.close();
      }
    },
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Prints documents one after another with one browser, closed at the end (also when the
 * consumer stops early). Yields each item with its PDF.
 */
export async function* renderPdf<T extends { readonly html: string }>(items: Iterable<T> | AsyncIterable<T>,
  o: PrinterOptions = {}): AsyncGenerator<T & { readonly pdf: Uint8Array }> {
  const printer = await openPrinter(o);
  try {
    for await (const item of items) yield { ...item, pdf: await printer.print(item.html) };
  } finally {
    await printer.close();
  }
}

const FONT_PACKAGES: Readonly<Record<(typeof CJK_FONTS)[number], string>> = {
  'Noto Sans CJK SC': 'fonts-noto-cjk', 'Noto Serif CJK SC': 'fonts-noto-cjk', 'WenQuanYi Zen Hei': 'fonts-wqy-zenhei',
};

/** Without the fonts Chromium falls back silently to whatever it finds: the variety would be gone. */
async function requireFonts(): Promise<void> {
  const { stdout } = await promisify(execFile)('fc-list', [':', 'family']).catch(() => ({ stdout: '' }));
  for (const font of CJK_FONTS) {
    if (!stdout.includes(font)) throw new MissingDependencyError(FONT_PACKAGES[font], `font ${font} not installed`);
  }
}

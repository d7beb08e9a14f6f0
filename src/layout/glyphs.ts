/**
 * @module Character-level helpers. PDF readers give one position per text run, not per
 * glyph, so where a run has to be cut (a ruling crosses it) the glyph positions are
 * estimated from the run's width: CJK characters are one em wide, Latin letters and digits
 * about half, spaces take what is left. Also the text clean-up every run gets.
 */

/** Full-width: CJK ideographs, kana, hangul, CJK punctuation and full-width forms. */
const FULL_WIDTH = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/** Nominal advance of one character, in ems. */
export function charEms(ch: string): number {
  if (ch === ' ') return 0.3;
  return FULL_WIDTH.test(ch) ? 1 : 0.5;
}

/**
 * Estimated x of each character boundary of `text` printed from x0 to x1: n+1 values for
 * n characters (code points). Nominal widths are scaled to the run's real width.
 */
export function charBoundaries(chars: readonly string[], x0: number, x1: number): number[] {
  const nominal = chars.map(charEms);
  const total = nominal.reduce((s, w) => s + w, 0);
  const scale = total > 0 ? (x1 - x0) / total : 0;
  const out = [x0];
  let x = x0;
  for (const w of nominal) {
    x += w * scale;
    out.push(x);
  }
  return out;
}

/**
 * Kangxi radicals (U+2F00…) and CJK compatibility ideographs (U+F900…) look exactly like
 * ordinary ideographs, and some Chinese office exports emit them (⾦ for 金), so searching
 * for 金额 would miss the text. NFKC maps each to its unified ideograph. Other
 * compatibility forms (full-width digits, ①) are left as printed for later stages.
 */
const LOOKALIKE_IDEOGRAPHS = /[\u2e80-\u2fdf\uf900-\ufaff\u{2f800}-\u{2fa1f}]/gu;

/** Non-breaking and ideographic spaces print as blanks: treat them as spaces. */
const ODD_SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;

/** Zero-width characters carry no visible text and only break matching. */
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;

/**
 * CJK Radicals Supplement characters (U+2E80…) have no NFKC mapping, yet fonts such as Noto
 * CJK and WenQuanYi draw ⻔ and 门 with one glyph, so a PDF writer that maps glyphs back to
 * the lowest code point (Chromium/Skia does) prints 部⻔ for 部门. Pairs of radical and its
 * equivalent unified ideograph (Unicode EquivalentUnifiedIdeograph.txt), those the common
 * CJK fonts share a glyph for.
 */
const RADICAL_EQUIVALENTS = new Map([...'⺂乛⺃乚⺅亻⺉刂⺎兀⺏尣⺐尢⺒巳⺓幺⺔彑⺕彐⺖忄⺘扌⺙攵⺛旡⺞歺⺟母⺠民⺡氵⺣灬⺤爫⺦丬⺨犭⺫罒⺭礻⺯糹⺰纟⺱罓⺲罒⺹耂⺺肀⺾艹⺿艹⻁虎⻂衤⻃覀⻄西⻅见⻆角⻈讠⻉贝⻋车⻌辶⻍辶⻎辶⻐钅⻑長⻒镸⻓长⻔门⻖阝⻘青⻙韦⻚页⻛风⻜飞⻝食⻟飠⻠饣⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻫斉⻬齐⻭歯⻮齿⻯竜⻰龙⻱龜⻲亀⻳龟']
  .flatMap((ch, i, all) => (i % 2 === 0 ? [[ch, all[i + 1]!] as const] : [])));

export function cleanText(text: string): string {
  return text
    .replace(LOOKALIKE_IDEOGRAPHS, (ch) => RADICAL_EQUIVALENTS.get(ch) ?? ch.normalize('NFKC'))
    .replace(ODD_SPACES, ' ')
    .replace(ZERO_WIDTH, '');
}

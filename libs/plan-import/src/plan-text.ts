/**
 * Cell text as the clerk meant it. Spreadsheets carry what the eye does not see: NBSP and
 * full-width spaces (U+3000) from Word, zero-width characters from web pages, control
 * characters from old systems, full-width letters and digits typed with a Chinese input method.
 * Control characters other than tab and line breaks are removed, not refused: nobody typed them
 * on purpose and the dry run shows the cleaned text.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200D\u2060\uFEFF]/g;
const ODD_SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;
const FULL_WIDTH_ALNUM = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g;
const FULL_WIDTH_ASCII = /[\uFF01-\uFF5E]/g;
const WORD = /[A-Za-z0-9]/;
const NEEDS_CLEANING = /[\s\u0000-\u001F\u007F-\u00A0\u2000-\u206F\u3000\uFEFF\uFF10-\uFF5A]/;

const toHalf = (ch: string) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0);

/**
 * Trimmed text with full-width letters and digits made half-width (ＡＢＣ１２３ → ABC123) and
 * Chinese punctuation kept (，（）are right in a Chinese sentence). Multi-line text keeps its line
 * breaks; single-line text joins its lines (with a space only between two Latin words).
 */
export function cleanText(raw: string, { multiline = false } = {}): string {
  if (!NEEDS_CLEANING.test(raw)) return raw; // most cells: nothing to trim, join or convert
  const lines = raw
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, '')
    .replace(ODD_SPACES, ' ')
    .replace(FULL_WIDTH_ALNUM, toHalf)
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim());
  if (multiline)
    return lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  // A line break inside Chinese text is only the cell's wrapping; between two Latin words it was a space.
  return lines
    .filter(Boolean)
    .reduce(
      (text, line) => (!text ? line : WORD.test(text.at(-1)!) && WORD.test(line[0]) ? `${text} ${line}` : text + line),
      '',
    );
}

/** Every full-width ASCII character made half-width: for phrases read by rule (dates, cadences, names). */
export function halfWidth(text: string): string {
  return text.replace(FULL_WIDTH_ASCII, toHalf).replace(ODD_SPACES, ' ');
}

/** The form two names are compared in: half-width, no spaces at all, lower case. */
export function lookupKey(text: string): string {
  return halfWidth(cleanText(text)).replace(/\s+/g, '').toLowerCase();
}

const CN_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** A Chinese numeral up to 99 (三, 十二, 二十五, 三十一) as a number, or null. */
export function chineseNumber(text: string): number | null {
  const match = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (text === '〇' || text === '零') return 0;
  if (!match || !text) return null;
  const [, tens, ten, ones] = match;
  if (!ten) return tens && !ones ? CN_DIGITS[tens] : null;
  return (tens ? CN_DIGITS[tens] : 1) * 10 + (ones ? CN_DIGITS[ones] : 0);
}

/** Chinese numerals written before 月, 日, 号, 季度, 周 and 个 made digits: 三月底 → 3月底, 第三季度 → 第3季度. */
export function digitsForChineseNumerals(text: string): string {
  return text.replace(/[〇零一二两三四五六七八九十]+(?=月|日|号|季度|个|周|天)/g, (numeral) => {
    const value = chineseNumber(numeral);
    return value === null ? numeral : String(value);
  });
}

/** A 1-based column number as its letters: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** What separates names in one cell: 、，,;； / and line breaks. */
export const NAME_SEPARATORS = /[、,，;；\n/／]+/;

import { chineseNumber, cleanText, columnLetter, digitsForChineseNumerals, halfWidth, lookupKey } from './plan-text';

describe('cleanText', () => {
  it('trims spaces, full-width spaces and NBSP, and drops control and zero-width characters', () => {
    expect(cleanText('\u3000\u00A0 经济发展局\u200B\u0007 \u3000')).toBe('经济发展局');
  });

  it('makes full-width letters and digits half-width and keeps Chinese punctuation', () => {
    expect(cleanText('完成ＡＢＣ项目１２３个（含续建），共计１００亿元')).toBe(
      '完成ABC项目123个（含续建），共计100亿元',
    );
  });

  it('joins a single-line cell’s lines, without a space between Chinese characters', () => {
    expect(cleanText('一季度固定资产\n投资实现\r\n“开门红”')).toBe('一季度固定资产投资实现“开门红”');
    expect(cleanText('Phase\nOne')).toBe('Phase One');
  });

  it('keeps a multi-line cell’s line breaks', () => {
    expect(cleanText(' 1.推进\r\n\r\n\r\n2.落实 ', { multiline: true })).toBe('1.推进\n\n2.落实');
  });
});

describe('lookup forms', () => {
  it('compares names without spaces, case or full-width forms', () => {
    expect(lookupKey(' 科技和产业促进局（知识产权局） ')).toBe(lookupKey('科技和产业促进局(知识产权局)'));
    expect(lookupKey('Ｑ３')).toBe('q3');
    expect(halfWidth('２０２４／３／３１')).toBe('2024/3/31');
  });

  it('reads Chinese numerals', () => {
    expect([
      chineseNumber('三'),
      chineseNumber('十'),
      chineseNumber('十二'),
      chineseNumber('二十五'),
      chineseNumber('三十一'),
    ]).toEqual([3, 10, 12, 25, 31]);
    expect(chineseNumber('百')).toBeNull();
    expect(digitsForChineseNumerals('十二月三十一日前，第三季度末，一事一报')).toBe('12月31日前，第3季度末，一事一报');
  });

  it('names columns by letters', () => {
    expect([1, 9, 26, 27, 52, 703].map(columnLetter)).toEqual(['A', 'I', 'Z', 'AA', 'AZ', 'AAA']);
  });
});

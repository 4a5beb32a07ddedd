import { attachmentDisposition, extensionOf, sanitizeFileName, withExtension } from './file-name';

describe('sanitizeFileName', () => {
  it('keeps a Chinese name as it is', () => {
    expect(sanitizeFileName('2024年一季度固定资产投资佐证材料.pdf')).toBe('2024年一季度固定资产投资佐证材料.pdf');
  });

  it('drops every folder part, Windows and POSIX alike', () => {
    expect(sanitizeFileName('../../etc/passwd')).toBe('passwd');
    expect(sanitizeFileName('C:\\Users\\赵磊\\Desktop\\报告.docx')).toBe('报告.docx');
  });

  it('removes control characters and the direction marks that disguise an extension', () => {
    expect(sanitizeFileName('a\u0000b\r\n\u0007c.pdf')).toBe('abc.pdf');
    // "invoice\u202Efdp.exe" displays as "invoiceexe.pdf"
    expect(sanitizeFileName('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
  });

  it('replaces what Windows refuses in a name, and strips leading dots and trailing dots and blanks', () => {
    expect(sanitizeFileName('a<b>c:d"e|f?g*h.txt')).toBe('a_b_c_d_e_f_g_h.txt');
    expect(sanitizeFileName('..hidden. . ')).toBe('hidden');
  });

  it('falls back when nothing is left', () => {
    expect(sanitizeFileName('..')).toBe('file');
    expect(sanitizeFileName('/', '附件')).toBe('附件');
  });

  it('cuts a long name to 200 characters, keeping the extension and never half a character', () => {
    const name = sanitizeFileName(`${'督'.repeat(150)}${'😀'.repeat(100)}.xlsx`);
    expect([...name]).toHaveLength(200);
    expect(name.endsWith('😀.xlsx')).toBe(true);
    expect(Buffer.from(name).toString()).toBe(name); // no lone surrogate (it would become U+FFFD)
  });

  it('NFC-normalises, so the same name typed on two systems is one', () => {
    expect(sanitizeFileName('Cafe\u0301.txt')).toBe('Caf\u00e9.txt');
  });
});

describe('extensionOf and withExtension', () => {
  it('reads the extension in lower case, none for a dot file or a name without one', () => {
    expect(extensionOf('报告.PDF')).toBe('pdf');
    expect(extensionOf('README')).toBe('');
    expect(extensionOf('a.tar.gz')).toBe('gz');
  });

  it('adds an extension within the limit', () => {
    expect(withExtension('报告', 'pdf')).toBe('报告.pdf');
    expect([...withExtension('字'.repeat(200), 'pdf')]).toHaveLength(200);
  });
});

describe('attachmentDisposition', () => {
  it('offers a Chinese name exactly (RFC 5987) with an ASCII stand-in for old clients', () => {
    expect(attachmentDisposition('佐证材料 (1).pdf')).toBe(
      `attachment; filename="____ (1).pdf"; filename*=UTF-8''%E4%BD%90%E8%AF%81%E6%9D%90%E6%96%99%20%281%29.pdf`,
    );
  });

  it('cannot be broken out of by quotes or backslashes', () => {
    expect(attachmentDisposition('a"b\\c.txt')).toBe(
      `attachment; filename="a_b_c.txt"; filename*=UTF-8''a%22b%5Cc.txt`,
    );
  });
});

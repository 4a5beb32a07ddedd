import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import { buffer } from 'node:stream/consumers';
import { crc32 } from 'node:zlib';
import type { ContentSample } from './file-store';
import { admitFile, FILE_TYPE_NAMES, UnsupportedFileTypeError, type FileTypeName } from './file-type';

const ALL = FILE_TYPE_NAMES;

/** What a put would have seen of these bytes. */
const sampleOf = (bytes: Buffer): ContentSample => ({
  sha256: '',
  size: bytes.length,
  head: bytes.subarray(0, 64 * 1024),
  tail: bytes.subarray(-128 * 1024),
});

const admit = (bytes: Buffer, name: string, allowed: readonly FileTypeName[] = ALL) =>
  admitFile(sampleOf(bytes), name, allowed);

const refusal = (bytes: Buffer, name: string, allowed: readonly FileTypeName[] = ALL) => {
  try {
    admit(bytes, name, allowed);
  } catch (error) {
    if (error instanceof UnsupportedFileTypeError) return { message: error.message, found: error.found };
    throw error;
  }
  throw new Error(`${name} was admitted`);
};

/** A ZIP archive of stored (uncompressed) entries, with local headers and a central directory. */
function zipOf(entries: [string, Buffer | string][]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const data = Buffer.from(content);
    const fileName = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt32LE(crc32(data), 16);
    header.writeUInt32LE(data.length, 20);
    header.writeUInt32LE(data.length, 24);
    header.writeUInt16LE(fileName.length, 28);
    header.writeUInt32LE(offset, 42);
    parts.push(local, fileName, data);
    central.push(header, fileName);
    offset += 30 + fileName.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

const CONTENT_TYPES: [string, string] = ['[Content_Types].xml', '<?xml version="1.0"?><Types/>'];
const docx = zipOf([CONTENT_TYPES, ['word/document.xml', '<w:document/>']]);
const pptx = zipOf([CONTENT_TYPES, ['ppt/presentation.xml', '<p:presentation/>']]);
const plainZip = zipOf([['照片/现场1.jpg', 'not really a jpeg']]);
const ole2 = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504)]);
const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(58), Buffer.from('PE\0\0'), Buffer.alloc(400, 0x90)]);
const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), Buffer.alloc(200)]);
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

function pdf(): Promise<Buffer> {
  const doc = new PDFDocument();
  doc.text('Evidence');
  doc.end();
  return buffer(doc);
}

async function xlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('进度').addRow(['项目', '完成投资']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('admitFile: the type decided by the content', () => {
  it('knows a real PDF, image, workbook and the Office Open XML kinds, and serves each as what it is', async () => {
    expect(admit(await pdf(), '佐证材料.pdf')).toEqual({
      type: 'pdf',
      contentType: 'application/pdf',
      name: '佐证材料.pdf',
    });
    expect(admit(png, '现场照片.png').type).toBe('png');
    expect(admit(Buffer.from('ffd8ffe000104a464946', 'hex'), 'a.JPG').type).toBe('jpeg');
    expect(admit(Buffer.from('GIF89a\x01\x00\x01\x00'), 'a.gif').type).toBe('gif');
    expect(admit(Buffer.from('RIFF\x24\x00\x00\x00WEBPVP8 '), 'a.webp').type).toBe('webp');
    expect(admit(await xlsx(), '台账.xlsx')).toMatchObject({
      type: 'xlsx',
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    expect(admit(docx, '报告.docx').type).toBe('docx');
    expect(admit(pptx, '汇报.pptx').type).toBe('pptx');
    expect(admit(plainZip, '照片.zip').type).toBe('zip');
  });

  it('finds a Word part named only in the central directory, past a large first entry', () => {
    const large = zipOf([
      CONTENT_TYPES,
      ['docProps/thumbnail.bin', Buffer.alloc(200 * 1024, 1)],
      ['word/document.xml', '<w/>'],
    ]);
    expect(admit(large, '报告.docx').type).toBe('docx');
  });

  it('tells the old Office and WPS formats apart by the name, the container being the same', () => {
    expect(admit(ole2, '通知.doc')).toMatchObject({ type: 'doc', contentType: 'application/msword' });
    expect(admit(ole2, '台账.et')).toMatchObject({ type: 'et', contentType: 'application/kset' });
    expect(admit(ole2, '汇报.DPS').type).toBe('dps');
    expect(refusal(ole2, '未命名').message).toMatch(/name it \.doc, \.xls, \.ppt, \.wps, \.et or \.dps/);
  });

  it('refuses an executable named .pdf, naming what it really is', () => {
    expect(refusal(exe, '佐证材料.pdf')).toEqual({
      found: 'a Windows program (MZ/PE)',
      message: expect.stringMatching(
        /^佐证材料\.pdf: the content is a Windows program \(MZ\/PE\), which is not accepted/,
      ),
    });
    expect(refusal(elf, 'report.pdf').found).toBe('a Linux program (ELF)');
  });

  it('refuses a name that claims another type than the content', async () => {
    expect(refusal(Buffer.from('#!/bin/sh\nrm -rf /\n'), '报告.pdf').message).toBe(
      '报告.pdf: the content is plain text, not a PDF document as its name says',
    );
    expect(refusal(plainZip, '报告.docx').message).toMatch(/a ZIP archive, not a Word document/);
    expect(refusal(await pdf(), '照片.png').message).toMatch(/a PDF document, not a PNG image/);
    expect(refusal(docx, '台账.xlsx').message).toMatch(/a Word document, not an Excel workbook/);
  });

  it('gives a name without a known extension the one its content has', async () => {
    expect(admit(await pdf(), '报告').name).toBe('报告.pdf');
    expect(admit(Buffer.from('echo hi\n'), 'run.sh').name).toBe('run.sh.txt');
  });

  it('takes a Word document named .zip as the ZIP archive it also is', () => {
    expect(admit(docx, '材料.zip').type).toBe('zip');
  });

  it('keeps to the allowed types, and says which are', () => {
    expect(refusal(plainZip, '照片.zip', ['pdf', 'png']).message).toBe(
      '照片.zip: the content is a ZIP archive, which is not accepted; accepted: pdf, png',
    );
  });

  it('refuses an empty file and binary data of an unknown kind', () => {
    expect(refusal(Buffer.alloc(0), 'a.txt').found).toBe('nothing (the file is empty)');
    expect(refusal(Buffer.from([0, 1, 2, 3, 250, 251]), 'a.bin').found).toBe('binary data of an unknown kind');
  });

  it('labels UTF-8 text as such, so Chinese shows right, and leaves other text to the reader', () => {
    expect(admit(Buffer.from('进度说明：已完成 40%\n'), '说明.txt').contentType).toBe('text/plain; charset=utf-8');
    // "进度" in GBK
    expect(admit(Buffer.from([0xbd, 0xf8, 0xb6, 0xc8, 0x0a]), '说明.txt').contentType).toBe('text/plain');
    expect(admit(Buffer.from('\ufeffhi', 'utf16le'), '说明.txt').contentType).toBe('text/plain; charset=utf-16le');
  });
});

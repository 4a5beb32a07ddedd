import type { ContentSample } from './file-store';
import { extensionOf, withExtension } from './file-name';

/** The kinds of file the office accepts as evidence (佐证材料), each known by its content. */
export const FILE_TYPES = {
  pdf: { label: 'a PDF document', contentType: 'application/pdf', extensions: ['pdf'] },
  png: { label: 'a PNG image', contentType: 'image/png', extensions: ['png'] },
  jpeg: { label: 'a JPEG image', contentType: 'image/jpeg', extensions: ['jpg', 'jpeg', 'jpe', 'jfif'] },
  gif: { label: 'a GIF image', contentType: 'image/gif', extensions: ['gif'] },
  webp: { label: 'a WebP image', contentType: 'image/webp', extensions: ['webp'] },
  doc: { label: 'a Word 97-2003 document', contentType: 'application/msword', extensions: ['doc'] },
  xls: { label: 'an Excel 97-2003 workbook', contentType: 'application/vnd.ms-excel', extensions: ['xls'] },
  ppt: { label: 'a PowerPoint 97-2003 deck', contentType: 'application/vnd.ms-powerpoint', extensions: ['ppt'] },
  // WPS Office's own formats (文字, 表格, 演示) share the old Office container.
  wps: { label: 'a WPS Writer document', contentType: 'application/kswps', extensions: ['wps'] },
  et: { label: 'a WPS Spreadsheets workbook', contentType: 'application/kset', extensions: ['et'] },
  dps: { label: 'a WPS Presentation deck', contentType: 'application/ksdps', extensions: ['dps'] },
  docx: {
    label: 'a Word document',
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
  },
  xlsx: {
    label: 'an Excel workbook',
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
  },
  pptx: {
    label: 'a PowerPoint deck',
    contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    extensions: ['pptx'],
  },
  txt: { label: 'plain text', contentType: 'text/plain', extensions: ['txt'] },
  zip: { label: 'a ZIP archive', contentType: 'application/zip', extensions: ['zip'] },
} as const;
export type FileTypeName = keyof typeof FILE_TYPES;
export const FILE_TYPE_NAMES = Object.keys(FILE_TYPES) as FileTypeName[];

/** A file let in: its type by content, the content type it is served with, and the name it is offered under. */
export interface AdmittedFile {
  type: FileTypeName;
  contentType: string;
  name: string;
}

/** Refused for what it is: `found` says what the content turned out to be. */
export class UnsupportedFileTypeError extends Error {
  constructor(
    message: string,
    readonly found: string,
  ) {
    super(message);
    this.name = 'UnsupportedFileTypeError';
  }
}

const OLE2_TYPES: FileTypeName[] = ['doc', 'xls', 'ppt', 'wps', 'et', 'dps'];
const OOXML_TYPES: FileTypeName[] = ['docx', 'xlsx', 'pptx'];

/**
 * Decides by the bytes, not by the name or the client's word, what a file is and whether it may
 * be kept. The name must not claim another known type (an executable named .pdf is refused); a
 * name without a known extension gets the one its content has, so it opens as what it is.
 */
export function admitFile(sample: ContentSample, name: string, allowed: readonly FileTypeName[]): AdmittedFile {
  const found = detectContent(sample);
  const extension = extensionOf(name);
  const accepted = `accepted: ${allowed.join(', ')}`;
  let type: FileTypeName;
  if (typeof found === 'object') {
    throw new UnsupportedFileTypeError(
      `${name}: the content is ${found.refused}, which is not accepted; ${accepted}`,
      found.refused,
    );
  } else if (found === 'ole2') {
    // The old Office container says which program made it only deep inside: the name decides.
    const named = OLE2_TYPES.find((t) => (FILE_TYPES[t].extensions as readonly string[]).includes(extension));
    if (!named) {
      throw new UnsupportedFileTypeError(
        `${name}: the content is an old-format Office or WPS document, but its name does not say which; name it .doc, .xls, .ppt, .wps, .et or .dps`,
        'an old-format Office or WPS document',
      );
    }
    type = named;
  } else {
    // A Word, Excel or PowerPoint file is a ZIP archive too: named .zip, it is one.
    type = OOXML_TYPES.includes(found) && extension === 'zip' ? 'zip' : found;
  }
  const { label, contentType, extensions } = FILE_TYPES[type];
  const claimed = FILE_TYPE_NAMES.find((t) => (FILE_TYPES[t].extensions as readonly string[]).includes(extension));
  if (claimed && claimed !== type) {
    throw new UnsupportedFileTypeError(
      `${name}: the content is ${label}, not ${FILE_TYPES[claimed].label} as its name says`,
      label,
    );
  }
  if (!allowed.includes(type)) {
    throw new UnsupportedFileTypeError(`${name}: the content is ${label}, which is not accepted; ${accepted}`, label);
  }
  return {
    type,
    contentType: type === 'txt' ? textContentType(sample.head) : contentType,
    name: claimed ? name : withExtension(name, extensions[0]),
  };
}

type Detected = FileTypeName | 'ole2' | { refused: string };

// What some common refused files are, so the message can say so.
const REFUSED_SIGNATURES: [number[], string][] = [
  [[0x4d, 0x5a], 'a Windows program (MZ/PE)'],
  [[0x7f, 0x45, 0x4c, 0x46], 'a Linux program (ELF)'],
  [[0xcf, 0xfa, 0xed, 0xfe], 'a macOS program (Mach-O)'],
  [[0xca, 0xfe, 0xba, 0xbe], 'a macOS program or Java class'],
  [[0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], 'a RAR archive'],
  [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], 'a 7z archive'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x49, 0x49, 0x2a, 0x00], 'a TIFF image'],
  [[0x4d, 0x4d, 0x00, 0x2a], 'a TIFF image'],
];

/** What the bytes are, from their signature (magic number) and, for ZIP archives, their entries. */
export function detectContent({ head, tail, size }: ContentSample): Detected {
  const startsWith = (...bytes: number[]) => bytes.every((b, i) => head[i] === b);
  if (size === 0) return { refused: 'nothing (the file is empty)' };
  // PDF readers accept the header anywhere in the first kilobyte.
  if (head.subarray(0, 1024).includes('%PDF-')) return 'pdf';
  if (startsWith(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (startsWith(0xff, 0xd8, 0xff)) return 'jpeg';
  if (
    head
      .subarray(0, 6)
      .toString('latin1')
      .match(/^GIF8[79]a$/)
  )
    return 'gif';
  if (head.toString('latin1', 0, 4) === 'RIFF' && head.toString('latin1', 8, 12) === 'WEBP') return 'webp';
  if (startsWith(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'ole2';
  if (startsWith(0x50, 0x4b, 0x03, 0x04) || startsWith(0x50, 0x4b, 0x05, 0x06)) return zipKind(head, tail, size);
  const refused = REFUSED_SIGNATURES.find(([signature]) => startsWith(...signature));
  if (refused) return { refused: refused[1] };
  if (isText(head)) return 'txt';
  return { refused: 'binary data of an unknown kind' };
}

/** An Office Open XML file is a ZIP archive with [Content_Types].xml and a word/, xl/ or ppt/ part. */
function zipKind(head: Buffer, tail: Buffer, size: number): FileTypeName {
  const names = [...localEntryNames(head), ...centralEntryNames(tail, size)];
  if (!names.includes('[Content_Types].xml')) return 'zip';
  if (names.some((n) => n.startsWith('word/'))) return 'docx';
  if (names.some((n) => n.startsWith('xl/'))) return 'xlsx';
  if (names.some((n) => n.startsWith('ppt/'))) return 'pptx';
  return 'zip';
}

/** Entry names from the local headers at the start, as far as the head reaches. */
function localEntryNames(head: Buffer): string[] {
  const names: string[] = [];
  let at = 0;
  while (at + 30 <= head.length && head.readUInt32LE(at) === 0x04034b50) {
    const nameLength = head.readUInt16LE(at + 26);
    names.push(head.toString('utf8', at + 30, Math.min(head.length, at + 30 + nameLength)));
    // A streamed entry (flag bit 3) tells its size only after its data: the walk ends there.
    if (head.readUInt16LE(at + 6) & 0x08) break;
    at += 30 + nameLength + head.readUInt16LE(at + 28) + head.readUInt32LE(at + 18);
  }
  return names;
}

/** Entry names from the central directory at the end, when the tail holds it. */
function centralEntryNames(tail: Buffer, size: number): string[] {
  const end = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || end + 22 > tail.length) return [];
  const tailStart = size - tail.length;
  let at = tail.readUInt32LE(end + 16) - tailStart;
  const names: string[] = [];
  while (at >= 0 && at + 46 <= end && tail.readUInt32LE(at) === 0x02014b50) {
    const nameLength = tail.readUInt16LE(at + 28);
    names.push(tail.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + tail.readUInt16LE(at + 30) + tail.readUInt16LE(at + 32);
  }
  return names;
}

/** Text has no control bytes but tab, line breaks, form feed and escape (or is UTF-16 with its mark). */
function isText(head: Buffer): boolean {
  if (startsWithBom16(head)) return true;
  return !head.some((b) => (b < 0x20 && ![0x09, 0x0a, 0x0c, 0x0d, 0x1b].includes(b)) || b === 0x7f);
}

function startsWithBom16(head: Buffer): 'utf-16le' | 'utf-16be' | null {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return null;
}

/** UTF-8 text says so, so a browser shows Chinese right; other text (e.g. GBK) is left to the reader. */
function textContentType(head: Buffer): string {
  const utf16 = startsWithBom16(head);
  if (utf16) return `text/plain; charset=${utf16}`;
  try {
    // stream: true lets the head end in the middle of a character.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return 'text/plain; charset=utf-8';
  } catch {
    return 'text/plain';
  }
}

const MAX_NAME_LENGTH = 200;
const MAX_EXTENSION_LENGTH = 16;
// Control characters (C0, DEL, C1) and the bidirectional controls that make "fdp.exe" display as
// "exe.pdf"; then what Windows refuses in a name, so a downloaded file can be saved as named.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const WINDOWS_RESERVED = /[<>:"|?*]/g;

/**
 * A client's file name made safe to keep and to offer for download: no folder part, no control
 * or direction characters, no leading dots, at most 200 characters (the extension kept).
 */
export function sanitizeFileName(raw: string, fallback = 'file'): string {
  const base = raw.split(/[/\\]/).pop() ?? '';
  const cleaned = base
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(WINDOWS_RESERVED, '_')
    .trim()
    .replace(/^\.+/, '')
    .replace(/[. ]+$/, '');
  return fitName(cleaned || fallback);
}

/** The extension, lower case, without the dot ('' when there is none). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 && name.length - dot - 1 <= MAX_EXTENSION_LENGTH ? name.slice(dot + 1).toLowerCase() : '';
}

/** The name with this extension added, still within the length limit. */
export function withExtension(name: string, extension: string): string {
  return fitName(`${name}.${extension}`);
}

/** Cuts the stem, by characters (never half a surrogate pair), so the whole fits; the extension stays. */
function fitName(name: string): string {
  const characters = [...name];
  if (characters.length <= MAX_NAME_LENGTH) return name;
  const extension = extensionOf(name) ? name.slice(name.lastIndexOf('.')) : '';
  const stem = characters.slice(0, MAX_NAME_LENGTH - [...extension].length).join('');
  return stem.trimEnd() + extension;
}

/**
 * Content-Disposition for a download under its original name (RFC 6266): an ASCII stand-in for old
 * clients, and the exact name in UTF-8 per RFC 5987, which browsers use (Chinese names included).
 */
export function attachmentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/**
 * Saves a Blob as a file through an <a download> placed next to the button
 * that asked for it (inside our shadow root, so the page's listeners never
 * see it). The object URL is revoked shortly after.
 */
export function saveBlob(blob: Blob, fileName: string, near: Element): void {
  const url = URL.createObjectURL(blob);
  const a = near.ownerDocument.createElement('a');
  a.href = url;
  a.download = fileName;
  (near.parentElement ?? near).append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** "users.csv" → "users-fixed.csv" (the stem of a name without its extension). */
export function derivedName(original: string, suffix: string): string {
  const stem = original.replace(/\.[^./\\]{1,8}$/, '') || 'users';
  return `${stem}-${suffix}.csv`;
}

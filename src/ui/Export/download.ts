/** Saves a Blob as a file through a temporary link (the browser's own download). */
export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** `Lost final ACK 0.000-1.250s.svg`: the title and the time range, safe on every file system. */
export function exportName(title: string, rangeText: string, ext: string): string {
  const printable = [...`${title} ${rangeText}`].filter((c) => c.charCodeAt(0) >= 32).join('');
  const safe = printable
    .replace(/[\\/:*?"<>|]+/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
  return `${safe.slice(0, 120)}.${ext}`;
}

/** Draws an SVG on a canvas (2× for slides) and returns it as PNG. */
export async function svgToPng(svg: string, width: number, height: number): Promise<Blob> {
  const img = new Image();
  // A data: URL, not a blob: one: the app's Content-Security-Policy allows images from data:.
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await new Promise<void>((resolve, reject) => {
    img.onload = () => resolve();
    img.onerror = () => reject(new Error('the SVG could not be drawn'));
    img.src = url;
  });
  const canvas = document.createElement('canvas');
  canvas.width = width * 2;
  canvas.height = height * 2;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.scale(2, 2);
  ctx.drawImage(img, 0, 0, width, height);
  return await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob gave nothing'))), 'image/png'),
  );
}

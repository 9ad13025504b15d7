/**
 * The preview page: loads the engine bundle and the bundled fonts, then draws every example label
 * in the browser, at 1:1 dots, with the hash of its bits (the same hash `inkless render` computes).
 */
export function previewPage(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Inkless preview</title>
<style>
  body { font: 15px/1.4 system-ui, sans-serif; margin: 0; background: #f3f2ef; color: #1d1d1b; }
  header { padding: 16px 24px; background: #1d1d1b; color: #fff; }
  header h1 { margin: 0; font-size: 20px; }
  header p { margin: 4px 0 0; opacity: .8; }
  #status { padding: 12px 24px; }
  main { display: flex; flex-wrap: wrap; gap: 20px; padding: 0 24px 24px; align-items: flex-start; }
  figure { margin: 0; background: #fff; padding: 12px; border-radius: 8px; box-shadow: 0 1px 3px #0002; max-width: 100%; overflow: auto; }
  /* 1:1 dots: scaling a 1-bit image by a fraction drops or doubles whole rows and columns. */
  canvas { display: block; image-rendering: pixelated; outline: 1px solid #ccc; }
  figcaption { margin-top: 8px; font-size: 13px; }
  code { font-size: 12px; color: #555; }
  .error { color: #b00020; white-space: pre-wrap; }
</style>
</head>
<body>
<header><h1>Inkless</h1><p>Every label below is drawn in this browser by the same engine that prints: what you see is what prints. <a href="/" style="color:#fff">Open the studio</a></p></header>
<div id="status" role="status">Loading the engine and fonts…</div>
<main id="labels" aria-live="polite"></main>
<script src="/preview/inkless-label.js"></script>
<script>
(async () => {
  const L = globalThis.InklessLabel;
  const status = document.getElementById('status');
  const fonts = new L.FontSet();
  const bytes = new Map();
  await Promise.all(L.bundledFonts.faces.map(async (face) => {
    const res = await fetch('/fonts/' + face.packageName + '/' + face.file);
    bytes.set(face, new Uint8Array(await res.arrayBuffer()));
  }));
  L.bundledFonts.register(fonts, (face) => ({ family: face.family, bold: face.bold, italic: face.italic, data: bytes.get(face) }));
  const examples = await (await fetch('/preview/examples.json')).json();
  const main = document.getElementById('labels');
  for (const ex of examples) {
    const fig = document.createElement('figure');
    const caption = document.createElement('figcaption');
    const parsed = L.validateDocument(ex.document);
    if (!parsed.ok) {
      caption.className = 'error';
      caption.textContent = ex.name + ': ' + parsed.issues.map(L.formatIssue).join('\\n');
      fig.append(caption); main.append(fig); continue;
    }
    const started = performance.now();
    const result = L.renderLabel(parsed.value, { fonts }, { row: ex.row, nowMs: Date.now(), tzOffsetMinutes: -new Date().getTimezoneOffset() });
    const ms = performance.now() - started;
    if (!result.ok) {
      caption.className = 'error';
      caption.textContent = ex.name + ': ' + result.issues.map(L.formatIssue).join('\\n');
      fig.append(caption); main.append(fig); continue;
    }
    const bmp = result.value.bitmap;
    const canvas = document.createElement('canvas');
    canvas.width = bmp.width; canvas.height = bmp.height;
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', (parsed.value.name || ex.name) + ' label preview');
    const ctx = canvas.getContext('2d');
    const image = ctx.createImageData(bmp.width, bmp.height);
    for (let y = 0; y < bmp.height; y++) for (let x = 0; x < bmp.width; x++) {
      const ink = bmp.data[y * bmp.stride + (x >> 3)] & (0x80 >> (x & 7));
      const i = (y * bmp.width + x) * 4;
      image.data[i] = image.data[i + 1] = image.data[i + 2] = ink ? 0 : 255; image.data[i + 3] = 255;
    }
    ctx.putImageData(image, 0, 0);
    caption.innerHTML = '<strong></strong><br><code></code>';
    caption.querySelector('strong').textContent = parsed.value.name || ex.name;
    caption.querySelector('code').textContent = bmp.width + '×' + bmp.height + ' dots · ' + ms.toFixed(1) + ' ms · bits ' + L.hashBitmap(bmp);
    fig.append(canvas, caption); main.append(fig);
  }
  status.textContent = examples.length + ' example labels rendered in the browser.';
})().catch((e) => { document.getElementById('status').textContent = 'Preview failed: ' + e.message; });
</script>
</body>
</html>`;
}

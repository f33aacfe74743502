import { PDFDocument, StandardFonts, type PDFFont } from 'pdf-lib';
import type { Practice } from '../../messaging/storage-keys';
import { isWinAnsi, toWinAnsi } from '../../sites/forms/pdf/win-ansi';

// A drafted letter as an A4 PDF, the practice's header on top, to save or print. Made in the panel
// (pdf-lib loaded on demand), with the standard fonts: French is written as typed; a letter the
// fonts lack is written as its closest, a character with none as « ? ».

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;

function winAnsi(text: string): string {
  return [...text].map((ch) => (isWinAnsi(ch) ? ch : toWinAnsi(ch).text || '?')).join('');
}

/** The line's words, broken where they would pass the width. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  if (text === '') return [''];
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    const next = current ? `${current} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) <= width || !current) current = next;
    else {
      lines.push(current);
      current = word;
    }
  }
  lines.push(current);
  return lines;
}

export async function letterPdf(text: string, header: Practice, title: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(winAnsi(title));
  doc.setCreator('Préconsult');
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  let page = doc.addPage(A4);
  let y = A4[1] - MARGIN;
  const width = A4[0] - 2 * MARGIN;
  const write = (line: string, font: PDFFont, size: number) => {
    if (y < MARGIN + size) {
      page = doc.addPage(A4);
      y = A4[1] - MARGIN;
    }
    page.drawText(line, { x: MARGIN, y, size, font });
    y -= size * 1.35;
  };
  if (header.name) for (const l of wrap(winAnsi(header.name), bold, 13, width)) write(l, bold, 13);
  for (const part of [header.address, header.doctor]) {
    for (const raw of part.split('\n').filter(Boolean)) for (const l of wrap(winAnsi(raw), regular, 10, width)) write(l, regular, 10);
  }
  if (header.name || header.address || header.doctor) {
    page.drawLine({ start: { x: MARGIN, y: y + 4 }, end: { x: A4[0] - MARGIN, y: y + 4 }, thickness: 0.5 });
    y -= 18;
  }
  for (const raw of text.split('\n')) for (const l of wrap(winAnsi(raw), regular, 11, width)) write(l, regular, 11);
  return doc.save();
}

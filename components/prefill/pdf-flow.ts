import { PDFDocument } from 'pdf-lib';
import type { FillValues } from '../../clinical/admin/field-keys';
import { proposeMapping } from '../../sites/forms/plan-fill';
import { readPdfFields, type PdfFormField } from '../../sites/forms/pdf/pdf-fields';
import { readPdfValue, writePdfFields, type PdfWrite } from '../../sites/forms/pdf/pdf-fill';
import { toWinAnsi } from '../../sites/forms/pdf/win-ansi';
import { resolveValue, withNotes } from '../../sites/forms/value-fit';
import { fillReport, plannedRows, refit, type PreviewRow, type ReportRow } from './fill-flow';

// An official PDF form (cerfa) filled on the workstation: read its fields, classify them with the
// same classifier as web forms, preview (same rows, same warnings, plus what the form's font cannot
// write), then write a filled copy and read it back. Nothing leaves the panel. Loaded on demand
// (pdf-lib is large): the panel's start does not pay for it.

export interface PdfPreview {
  patientKey: string;
  fileName: string;
  bytes: Uint8Array;
  fields: PdfFormField[];
  rows: PreviewRow[];
  values: FillValues;
}

export type PdfOpenError = 'notPdf' | 'encrypted' | 'noFields';

export async function openPdf(bytes: Uint8Array, fileName: string, patientKey: string, values: FillValues): Promise<PdfPreview | { error: PdfOpenError }> {
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { updateMetadata: false });
  } catch (e) {
    return { error: e instanceof Error && /encrypt/i.test(`${e.name} ${e.message}`) ? 'encrypted' : 'notPdf' };
  }
  const fields = readPdfFields(doc);
  if (fields.length === 0) return { error: 'noFields' };
  const proposal = proposeMapping(fields.map((f) => ({ descriptor: f.descriptor, elements: [] })));
  const rows: PreviewRow[] = proposal.map((p, index) => ({
    index, descriptor: p.field.descriptor, fieldSignature: p.signature, key: p.key, include: p.key !== null,
    confidence: p.classification.confidence, evidence: p.classification.evidence, remembered: false, fit: null,
  }));
  return { patientKey, fileName, bytes, fields, rows: pdfRefit(rows, values, true), values };
}

const isText = (r: PreviewRow) => r.descriptor.kind === 'text' || r.descriptor.kind === 'textarea';

/** refit(), then what the form's font can write: close letters flagged, impossible ones left out. */
export function pdfRefit(rows: readonly PreviewRow[], values: FillValues, retick = false): PreviewRow[] {
  return refit(rows, values, retick).map((r) => {
    if (!r.fit || !isText(r)) return r;
    const encoded = toWinAnsi(r.fit.text);
    if (encoded.impossible.length) return { ...r, fit: withNotes(r.fit, '', ['unencodable']), include: false };
    if (encoded.replaced.length) {
      const fit = withNotes(r.fit, encoded.text, ['transliterated']);
      return { ...r, fit, include: retick ? false : r.include };
    }
    return r;
  });
}

export interface PdfFilled {
  bytes: Uint8Array;
  fileName: string;
  planned: number;
  filled: number;
  report: ReportRow[];
}

/** « cerfa_15692-DUPONT-Jeanne-rempli.pdf »: the form's name, the patient's, plain letters only. */
export function filledFileName(original: string, patientName: string): string {
  const safe = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9_]+/g, '-').replace(/^-+|-+$/g, '');
  return `${safe(original.replace(/\.pdf$/i, '')) || 'formulaire'}-${safe(patientName)}-rempli.pdf`;
}

export async function fillPdf(preview: PdfPreview, patientName: string): Promise<PdfFilled> {
  const doc = await PDFDocument.load(preview.bytes, { updateMetadata: false });
  const planned = plannedRows(preview);
  const writes: PdfWrite[] = planned.map((r) => ({
    field: preview.fields[r.index]!,
    key: r.key!,
    text: isText(r) ? r.fit!.text : (resolveValue(r.key!, preview.values) ?? r.fit!.text),
  }));
  const { failed } = writePdfFields(doc, writes);
  // A form that also carries an XFA version would show that one, empty, in some readers.
  doc.getForm().deleteXFA();
  const bytes = await doc.save();
  // Read the saved copy back, as the recipient's reader will.
  const saved = await PDFDocument.load(bytes, { updateMetadata: false });
  const written = planned.map((r) => ({ index: r.index, text: readPdfValue(saved, preview.fields[r.index]!) }));
  const skipped = failed.map((f) => ({ index: preview.fields.indexOf(f.field), reason: f.reason }));
  const report = fillReport(preview, { skipped, written });
  return {
    bytes, fileName: filledFileName(preview.fileName, patientName), planned: planned.length,
    filled: report.filter((r) => r.status === 'ok' || r.status === 'cut' || r.status === 'differs').length, report,
  };
}

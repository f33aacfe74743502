import type { PDFDocument } from 'pdf-lib';
import type { ProfileFieldKey } from '../../../clinical/admin/field-keys';
import { findOptionIndex } from '../option-match';
import type { PdfFormField } from './pdf-fields';

// Step 3 for a PDF form: write the confirmed values into the document's fields, then read every
// field back as a person would see it (text, the choice ticked, yes/no), to compare with the file.

export interface PdfWrite {
  field: PdfFormField;
  key: ProfileFieldKey;
  /** For text fields: the fitted text (already in the form's font). For the others: the file's value. */
  text: string;
}

export interface PdfWriteResult {
  /** Fields that could not be written, with why (French words are the panel's job). */
  failed: { field: PdfFormField; reason: 'noMatchingOption' | 'notYesNo' | 'error' }[];
}

export function writePdfFields(doc: PDFDocument, writes: readonly PdfWrite[]): PdfWriteResult {
  const form = doc.getForm();
  const failed: PdfWriteResult['failed'] = [];
  for (const w of writes) {
    const { target, descriptor } = w.field;
    try {
      switch (target.kind) {
        case 'text':
          form.getTextField(target.name).setText(w.text);
          break;
        case 'check': {
          if (w.text !== 'true' && w.text !== 'false') {
            failed.push({ field: w.field, reason: 'notYesNo' });
            break;
          }
          const box = form.getCheckBox(target.name);
          if (w.text === 'true') box.check(); else box.uncheck();
          break;
        }
        case 'radio':
        case 'select': {
          const i = findOptionIndex(descriptor.options, w.key, w.text);
          if (i < 0) {
            failed.push({ field: w.field, reason: 'noMatchingOption' });
            break;
          }
          const option = descriptor.options[i]!.value;
          if (target.kind === 'radio') form.getRadioGroup(target.name).select(option);
          else form.getDropdown(target.name).select(option);
          break;
        }
        case 'boxes': {
          const i = findOptionIndex(descriptor.options, w.key, w.text);
          if (i < 0) {
            failed.push({ field: w.field, reason: 'noMatchingOption' });
            break;
          }
          target.names.forEach((name, j) => (j === i ? form.getCheckBox(name).check() : form.getCheckBox(name).uncheck()));
          break;
        }
      }
    } catch {
      failed.push({ field: w.field, reason: 'error' });
    }
  }
  return { failed };
}

/** What a field holds, as read: its text, the text of the choice ticked, 'true'/'false' for a box. */
export function readPdfValue(doc: PDFDocument, field: PdfFormField): string {
  const form = doc.getForm();
  const { target, descriptor } = field;
  switch (target.kind) {
    case 'text': return form.getTextField(target.name).getText() ?? '';
    case 'check': return String(form.getCheckBox(target.name).isChecked());
    case 'radio': {
      const selected = form.getRadioGroup(target.name).getSelected();
      return descriptor.options.find((o) => o.value === selected)?.text ?? '';
    }
    case 'select': {
      const selected = form.getDropdown(target.name).getSelected()[0];
      return descriptor.options.find((o) => o.value === selected)?.text ?? '';
    }
    case 'boxes': {
      const i = target.names.findIndex((name) => form.getCheckBox(name).isChecked());
      return i >= 0 ? descriptor.options[i]!.text : '';
    }
  }
}

// Word files (.docx): checked as an archive first (macros, encryption, zip bombs), then converted by mammoth, which
// reads the document's XML only: headers, footers and fields are not part of its output, and no macro is ever run.
import mammoth from 'mammoth';
import { compoundFileRefusal, inspectArchive, isCompoundFile, isZip, Refusal } from '../safety.js';
import { htmlToMarkdown } from './markdown.js';

export async function docxToMarkdown(buffer: Buffer, name: string): Promise<string> {
  if (/\.(docm|dotm)$/i.test(name)) {
    throw new Refusal(
      'it is a macro-enabled Word file (.docm). Macro-enabled files are never opened; save a copy as .docx and import that.',
    );
  }
  if (isCompoundFile(buffer)) throw compoundFileRefusal(buffer, 'Word');
  if (!isZip(buffer))
    throw new Refusal(
      'it is not a Word file, whatever its name says (a .docx file is a zip archive). Open it in Word and save it as .docx.',
    );
  await inspectArchive(buffer, 'Word');
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer }, { includeDefaultStyleMap: true, ignoreEmptyParagraphs: true })).value;
  } catch (error) {
    throw new Refusal(
      `it could not be read as a Word document (${(error as Error).message.split('\n')[0]}). Open it in Word and save it again.`,
    );
  }
  return htmlToMarkdown(html);
}

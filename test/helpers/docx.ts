// A minimal DOCX writer for tests (ECMA-376 WordprocessingML): paragraphs of
// runs with hidden, coloured or sized text, heading styles and hyperlinks,
// zipped with the shared test zip writer.
import { buildZip } from './zip.js';

export interface DocxRun {
  text: string;
  /** w:vanish */
  vanish?: boolean;
  /** RRGGBB */
  color?: string;
  /** Half-points (w:sz). */
  size?: number;
  bold?: boolean;
  /** Makes the run a hyperlink to this URL. */
  link?: string;
}

export interface DocxParagraphSpec {
  runs: DocxRun[];
  /** Paragraph style id, e.g. Heading1. */
  style?: string;
}

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function runXml(run: DocxRun): string {
  const props = [
    run.bold ? '<w:b/>' : '',
    run.vanish ? '<w:vanish/>' : '',
    run.color ? `<w:color w:val="${run.color}"/>` : '',
    run.size ? `<w:sz w:val="${run.size}"/>` : '',
  ].join('');
  const text = run.text
    .split('\t')
    .map((t) => `<w:t xml:space="preserve">${xml(t)}</w:t>`)
    .join('<w:tab/>');
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}${text}</w:r>`;
}

/** A paragraph of plain runs: `para('Skills')`, `para('Python, ', { text: 'SQL', vanish: true })`. */
export function para(...runs: (string | DocxRun)[]): DocxParagraphSpec {
  return { runs: runs.map((r) => (typeof r === 'string' ? { text: r } : r)) };
}

/** Builds a .docx file from paragraphs. */
export function buildDocx(paragraphs: DocxParagraphSpec[], options: { modified?: string } = {}): Buffer {
  const links: string[] = [];
  const body = paragraphs
    .map((p) => {
      const style = p.style ? `<w:pPr><w:pStyle w:val="${p.style}"/></w:pPr>` : '';
      const runs = p.runs
        .map((r) => {
          if (!r.link) return runXml(r);
          links.push(r.link);
          return `<w:hyperlink r:id="rIdLink${links.length}">${runXml(r)}</w:hyperlink>`;
        })
        .join('');
      return `<w:p>${style}${runs}</w:p>`;
    })
    .join('');
  const ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const documentXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${ns}><w:body>${body}</w:body></w:document>`;
  const stylesXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${ns}><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style></w:styles>`;
  const rels = links
    .map((url, i) => `<Relationship Id="rIdLink${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${xml(url)}" TargetMode="External"/>`)
    .join('');
  const relsNs = 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"';
  const entries = [
    {
      name: '[Content_Types].xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    },
    {
      name: '_rels/.rels',
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships ${relsNs}><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    },
    { name: 'word/document.xml', data: documentXml },
    { name: 'word/styles.xml', data: stylesXml },
    { name: 'word/_rels/document.xml.rels', data: `<?xml version="1.0" encoding="UTF-8"?><Relationships ${relsNs}>${rels}</Relationships>` },
  ];
  if (options.modified) {
    entries.push({
      name: 'docProps/core.xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dcterms="http://purl.org/dc/terms/"><dcterms:modified>${options.modified}</dcterms:modified></cp:coreProperties>`,
    });
  }
  return buildZip(entries);
}

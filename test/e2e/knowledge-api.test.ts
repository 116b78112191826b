// The knowledge API end to end: articles written through /v1/knowledge are answered from at once.
import { rm } from 'node:fs/promises';
import type { ReplyData } from '@frontdesk/core';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyDemoKnowledge } from './demo-knowledge.js';
import { OWNER_TOKEN, startTestServer, type TestServer } from './harness.js';

let server: TestServer;
let dir: string;

beforeAll(async () => {
  dir = await copyDemoKnowledge('frontdesk-knowledge-api-');
  server = await startTestServer({ env: { FRONTDESK_KNOWLEDGE_DIR: dir } });
});
afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${path}`, {
    method,
    headers: { Authorization: `Bearer ${OWNER_TOKEN}`, 'Content-Type': 'application/json', ...headers },
    ...(body === undefined
      ? {}
      : {
          body: (body instanceof Uint8Array || typeof body === 'string'
            ? body
            : JSON.stringify(body)) as BodyInit,
        }),
  });
const askDemo = async (text: string) => {
  const response = await server.post('/v1/bots/demo/message', { message: { text } });
  return ((await response.json()) as { data: ReplyData }).data;
};

describe('/v1/knowledge/articles', () => {
  it('creates an article the bot answers from, then replaces and deletes it', async () => {
    const created = await call('POST', '/v1/knowledge/demo/articles', {
      slug: 'overtime-rules',
      title: 'Overtime rules',
      markdown: '## Track overtime\n\nTurn on **Settings → Time → Overtime** to flag hours beyond 40 a week.',
      tags: ['overtime'],
    });
    expect(created.status).toBe(201);
    expect(((await created.json()) as { data: { slug: string } }).data.slug).toBe('overtime-rules');
    expect((await askDemo('how do i track overtime hours')).sources[0]?.url).toContain('/kb/overtime-rules');

    const list = (await (await call('GET', '/v1/knowledge/demo/articles')).json()) as {
      data: { slug: string }[];
    };
    expect(list.data.map((article) => article.slug)).toContain('overtime-rules');

    const replaced = await call('PUT', '/v1/knowledge/demo/articles/overtime-rules', {
      title: 'Overtime and night shifts',
      markdown: '## Night shifts\n\nNight shifts between 22:00 and 06:00 are tracked with the **Night** tag.',
    });
    expect(replaced.status).toBe(200);
    expect((await askDemo('how are night shifts tracked')).sources[0]?.url).toContain('/kb/overtime-rules');

    expect((await call('DELETE', '/v1/knowledge/demo/articles/overtime-rules')).status).toBe(200);
    expect((await call('GET', '/v1/knowledge/demo/articles/overtime-rules')).status).toBe(404);
    expect((await call('DELETE', '/v1/knowledge/demo/articles/overtime-rules')).status).toBe(404);
  });

  it('refuses unknown fields, bad slugs and a slug that exists, naming what is wrong', async () => {
    const unknown = await call('POST', '/v1/knowledge/demo/articles', {
      slug: 'a-b',
      title: 'A',
      markdown: 'x',
      colour: 'red',
    });
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(await unknown.json())).toContain('colour');
    const badSlug = await call('POST', '/v1/knowledge/demo/articles', {
      slug: '../etc',
      title: 'A',
      markdown: 'x',
    });
    expect(badSlug.status).toBe(400);
    const exists = await call('POST', '/v1/knowledge/demo/articles', {
      slug: 'refund-policy',
      title: 'A',
      markdown: 'x',
    });
    expect(exists.status).toBe(409);
    expect((await call('GET', '/v1/knowledge/nobody/articles')).status).toBe(404);
  });

  it('reads one article with its markdown', async () => {
    const response = await call('GET', '/v1/knowledge/demo/articles/de/refund-policy');
    const body = (await response.json()) as {
      data: { lang: string; translationOf: string; markdown: string };
    };
    expect(body.data).toMatchObject({ lang: 'de', translationOf: 'refund-policy' });
    expect(body.data.markdown).toContain('Erstattung');
  });
});

describe('/v1/knowledge/uploads', () => {
  const upload = (query: string, type: string, body: Uint8Array | string) =>
    call('POST', `/v1/knowledge/demo/uploads?${query}`, body, { 'Content-Type': type });

  it('turns HTML, PDF and DOCX files into articles the bot answers from', async () => {
    const html = await upload(
      'slug=holiday-calendar',
      'text/html',
      '<html><head><title>Holiday calendar</title></head><body><h2>Public holidays</h2><p>Import public holidays under <b>Settings → Calendar</b>.</p></body></html>',
    );
    expect(html.status).toBe(201);
    expect(((await html.json()) as { data: { title: string } }).data.title).toBe('Holiday calendar');

    const pdf = await upload(
      'slug=expense-receipts',
      'application/pdf',
      pdfWithText('Scan expense receipts with the mobile camera button.'),
    );
    expect(pdf.status).toBe(201);
    expect((await askDemo('scan expense receipts camera')).sources[0]?.url).toContain('/kb/expense-receipts');

    const docx = await upload(
      'slug=mileage-log&lang=en',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      await docxWithText('Mileage log', 'Log business mileage per trip in the Mileage tab.'),
    );
    expect(docx.status).toBe(201);
    expect((await askDemo('where do i log business mileage')).sources[0]?.url).toContain('/kb/mileage-log');
  });

  it('refuses unreadable files, unknown types and unknown parameters clearly', async () => {
    const broken = await upload(
      'slug=broken-pdf',
      'application/pdf',
      new TextEncoder().encode('not a pdf at all'),
    );
    expect(broken.status).toBe(400);
    expect(JSON.stringify(await broken.json())).toContain('not a readable PDF');
    expect((await upload('slug=image', 'image/png', new Uint8Array([1, 2, 3]))).status).toBe(415);
    const extra = await upload('slug=x&colour=red', 'text/markdown', '# X\n\ntext');
    expect(extra.status).toBe(400);
    expect(JSON.stringify(await extra.json())).toContain('colour');
  });
});

/** A one-page PDF showing `text` in Helvetica, with a correct cross-reference table. */
function pdfWithText(text: string): Uint8Array {
  const stream = `BT /F1 12 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(pdf.length);
    pdf += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

/** A minimal Word document: a Title-styled heading and one paragraph. */
async function docxWithText(title: string, paragraph: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>${title}</w:t></w:r></w:p><w:p><w:r><w:t>${paragraph}</w:t></w:r></w:p></w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'uint8array' });
}

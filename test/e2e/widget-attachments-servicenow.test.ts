// biome-ignore-all lint/suspicious/noExplicitAny: these tests read loosely shaped JSON responses
// A visitor's attachments travel to ServiceNow: the widget uploads files, asks for a person, and the
// new incident (a fake on 127.0.0.1) gets each file through the Attachment API. A failing upload is
// tried again; one that still fails leaves the incident (and the ticket) in place with a work note.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeServiceNow, startFakeServiceNow } from '../fakes/servicenow-server.js';
import { PDF, PNG } from './attachment-files.js';
import { readSse, startTestServer, type TestServer } from './harness.js';
import { SITE, siteWidget } from './site-widget.js';
import { sendDemoTicketsTo, serviceNowIntegration } from './ticket-integration.js';

describe('widget attachments in ServiceNow', () => {
  let servicenow: FakeServiceNow;
  let server: TestServer;

  /** A new visitor uploads the files and asks for a human; returns the created ticket. */
  async function askWith(files: { name: string; body: Buffer }[]): Promise<any> {
    const { call, visitor } = siteWidget(server);
    const token = await visitor();
    const attachments = [];
    for (const file of files) {
      const uploaded = await call(`/attachments?name=${encodeURIComponent(file.name)}`, {
        method: 'POST',
        token,
        body: file.body as Uint8Array<ArrayBuffer>,
      });
      expect(uploaded.status).toBe(201);
      attachments.push({ id: ((await uploaded.json()) as any).data.id, name: file.name });
    }
    const reply = await call('/messages', {
      method: 'POST',
      token,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: 'I want to talk to a human, checkout fails', attachments }),
    });
    const events = await readSse(reply);
    return (events.find((event) => event.event === 'ticket-created')?.data as any)?.ticket;
  }

  beforeAll(async () => {
    servicenow = await startFakeServiceNow();
    server = await startTestServer();
    await sendDemoTicketsTo(server, serviceNowIntegration(servicenow), { allowedOrigins: [SITE] });
  });

  afterAll(async () => {
    await server?.close();
    await servicenow?.close();
  });

  it('uploads each file to the new incident with its name, type and exact bytes', async () => {
    const ticket = await askWith([
      { name: 'checkout-error.png', body: PNG },
      { name: 'receipt.pdf', body: PDF },
    ]);
    expect(ticket.id).toMatch(/^INC\d{7}$/);
    const incident = servicenow.incidents.find((item) => item.number === ticket.id)!;
    expect(servicenow.attachments.map(({ content: _content, sysId: _sysId, ...rest }) => rest)).toEqual([
      {
        tableName: 'incident',
        tableSysId: incident.sys_id,
        fileName: 'checkout-error.png',
        contentType: 'image/png',
      },
      {
        tableName: 'incident',
        tableSysId: incident.sys_id,
        fileName: 'receipt.pdf',
        contentType: 'application/pdf',
      },
    ]);
    expect(servicenow.attachments[0]!.content.equals(PNG)).toBe(true);
    expect(servicenow.attachments[1]!.content.equals(PDF)).toBe(true);
    expect(incident.work_notes).toBeUndefined();
  });

  it('tries a failed upload once more, and the file arrives', async () => {
    const before = servicenow.attachments.length;
    servicenow.failUploads(1, 503);
    const ticket = await askWith([{ name: 'retry.png', body: PNG }]);
    const incident = servicenow.incidents.find((item) => item.number === ticket.id)!;
    expect(servicenow.attachments.slice(before).map((file) => [file.fileName, file.tableSysId])).toEqual([
      ['retry.png', incident.sys_id],
    ]);
    expect(incident.work_notes).toBeUndefined();
  });

  it('keeps the ticket when an upload keeps failing, and notes the file on the incident', async () => {
    const before = servicenow.attachments.length;
    servicenow.failUploads(2, 500);
    const ticket = await askWith([{ name: 'lost.png', body: PNG }]);
    expect(ticket.id).toMatch(/^INC\d{7}$/);
    const incident = servicenow.incidents.find((item) => item.number === ticket.id)!;
    expect(servicenow.attachments.length).toBe(before);
    expect(incident.work_notes).toEqual([
      'Frontdesk could not upload this attachment: lost.png. Open the conversation in Frontdesk to see it.',
    ]);
  });

  it('does not try again a file ServiceNow refuses for good (413), and names it on the incident', async () => {
    servicenow.failUploads(1, 413);
    const ticket = await askWith([
      { name: 'huge.png', body: PNG },
      { name: 'fine.pdf', body: PDF },
    ]);
    const incident = servicenow.incidents.find((item) => item.number === ticket.id)!;
    const mine = servicenow.attachments.filter((file) => file.tableSysId === incident.sys_id);
    expect(mine.map((file) => file.fileName)).toEqual(['fine.pdf']);
    const tries = servicenow.requests.filter((request) => request.path.includes(incident.sys_id));
    expect(tries.filter((request) => request.path.includes('file_name=huge.png'))).toHaveLength(1);
    expect(incident.work_notes).toEqual([
      'Frontdesk could not upload this attachment: huge.png. Open the conversation in Frontdesk to see it.',
    ]);
  });
});

// A fake website on 127.0.0.1: a few HTML pages with navigation around the main content, a
// robots.txt that disallows /private/, and a sitemap. Records the paths and user agents it served.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeWebsite {
  url: string;
  /** `path user-agent` of every request, in order. */
  served: string[];
  /** Replaces (or with null removes) a page. */
  setPage(path: string, html: string | null): void;
  close(): Promise<void>;
}

const layout = (title: string, body: string, links: string[]) =>
  `<!doctype html><html><head><title>${title}</title></head><body>
  <nav>${links.map((link) => `<a href="${link}">${link}</a>`).join(' ')} <a href="https://elsewhere.example/">Elsewhere</a></nav>
  <main><article><h1>${title}</h1>${body}</article></main>
  <footer>© Example Ltd. All rights reserved. Imprint and cookie settings.</footer></body></html>`;

/** Starts the site with its default pages. */
export async function startFakeWebsite(): Promise<FakeWebsite> {
  const nav = ['/', '/guides/timesheets.html', '/guides/approvals.html', '/private/salaries.html'];
  const pages = new Map<string, string>([
    [
      '/',
      layout(
        'Example help',
        '<p>Welcome to the Example help pages. Browse the guides below for timesheets and approvals.</p>',
        nav,
      ),
    ],
    [
      '/guides/timesheets.html',
      layout(
        'Submitting timesheets',
        '<p>Submit your weekly timesheet every Friday from the <strong>Timesheet</strong> tab. Managers get a reminder on Monday when a timesheet is missing, and late timesheets are flagged in red in the weekly report.</p>',
        nav,
      ),
    ],
    [
      '/guides/approvals.html',
      layout(
        'Approving timesheets',
        '<p>Managers approve submitted timesheets from the <strong>Approvals</strong> queue. Rejecting a timesheet sends it back to its author with your comment, and approved timesheets are locked for editing.</p>',
        nav,
      ),
    ],
    [
      '/private/salaries.html',
      layout('Salaries', '<p>Confidential salary bands for every role in the company.</p>', nav),
    ],
  ]);
  const served: string[] = [];
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    served.push(`${path} ${request.headers['user-agent'] ?? ''}`);
    if (path === '/robots.txt') {
      response.writeHead(200, { 'Content-Type': 'text/plain' });
      return response.end('User-agent: *\nDisallow: /private/\n');
    }
    if (path === '/sitemap.xml') {
      response.writeHead(200, { 'Content-Type': 'application/xml' });
      const { port } = server.address() as AddressInfo;
      const locations = [...pages.keys()].map(
        (page) => `<url><loc>http://127.0.0.1:${port}${page}</loc></url>`,
      );
      return response.end(
        `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${locations.join('')}</urlset>`,
      );
    }
    const page = pages.get(path);
    if (!page) {
      response.writeHead(404, { 'Content-Type': 'text/html' });
      return response.end('<html><body>Not found</body></html>');
    }
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    served,
    setPage: (path, html) =>
      html === null ? pages.delete(path) : pages.set(path, layout('Page', html, nav)),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The HTML pages: `/` (how to use the API) and the knowledge base under `/kb`. */
import { NotFoundError } from '@frontdesk/core';
import { RESUME_PARAMETER } from '@frontdesk/services/email/resume-link';
import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppDependencies } from '../app-dependencies.js';
import type { AppEnv } from '../app-env.js';
import { errorResponse } from '../error-response.js';
import { describe, publicGet } from '../openapi/helpers.js';
import { HOME_PAGE_HEADERS, renderHomePage } from '../pages/home-page.js';
import { htmlResponse } from '../pages/html.js';
import { renderArticle, renderArticleNotFound, renderKbIndex } from '../pages/kb-pages.js';

export function pageRoutes(deps: Pick<AppDependencies, 'settings' | 'knowledge'>): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  // The page only depends on settings, so it is rendered once.
  const home = renderHomePage({ publicUrl: deps.settings.publicUrl, botId: deps.settings.defaultBot });

  routes.get('/', describe(publicGet('homePage', 'The home page', 'text/html')), (context) => {
    const fromLink = context.req.query(RESUME_PARAMETER);
    if (fromLink) {
      // A staff-reply e-mail's link: the token leaves the address bar (and every Referer) at once;
      // a short-lived cookie carries it to the page, which hands it to the widget.
      setCookie(context, RESUME_PARAMETER, fromLink, {
        httpOnly: true,
        sameSite: 'Lax',
        path: '/',
        maxAge: 300,
        secure: deps.settings.publicUrl.startsWith('https:'),
      });
      return context.redirect('/', 303);
    }
    const resume = getCookie(context, RESUME_PARAMETER);
    if (!resume) return new Response(home, { headers: HOME_PAGE_HEADERS });
    deleteCookie(context, RESUME_PARAMETER, { path: '/' });
    const page = renderHomePage({
      publicUrl: deps.settings.publicUrl,
      botId: deps.settings.defaultBot,
      resume,
    });
    return context.body(page, 200, { ...HOME_PAGE_HEADERS, 'Cache-Control': 'no-store' });
  });
  routes.get(
    '/kb',
    describe(
      publicGet(
        'knowledgeBase',
        'The demo knowledge base: a list of its articles (`/kb/` redirects here)',
        'text/html',
      ),
    ),
    () => htmlResponse(renderKbIndex(deps.knowledge.articles())),
  );
  routes.get('/kb/', describeKbSlash, (context) => context.redirect('/kb', 301));
  // `{.+}`: the article's path may hold slashes.
  routes.get('/kb/:article{.+}', describeArticle, (context) => {
    const slug = decodeSlug(context.req.path.slice('/kb/'.length));
    const article =
      slug === undefined ? undefined : deps.knowledge.articles().find((item) => item.slug === slug);
    if (article) return htmlResponse(renderArticle(article));
    // People follow source links in a browser; API clients get the usual envelope.
    if ((context.req.header('accept') ?? '').includes('text/html')) {
      return htmlResponse(renderArticleNotFound(slug ?? ''), 404);
    }
    return errorResponse(new NotFoundError('No such article.'));
  });
  return routes;
}

function decodeSlug(path: string): string | undefined {
  try {
    return decodeURIComponent(path).replace(/\/+$/, '');
  } catch {
    return undefined;
  }
}

/** `/kb/` only redirects to `/kb`: left out of the document, whose paths have no trailing slash. */
const describeKbSlash = describe({
  operationId: 'knowledgeBaseSlash',
  summary: 'Redirects to `/kb`',
  hide: true,
  security: [],
  responses: { '301': { description: 'To `/kb`.' } },
});

const describeArticle = describe({
  ...publicGet('knowledgeBaseArticle', 'A knowledge base article (the path may hold slashes)', 'text/html'),
  parameters: [
    { name: 'article', in: 'path', required: true, schema: { type: 'string' }, example: 'billing/refunds' },
  ],
  responses: {
    '200': { description: 'The article.', content: { 'text/html': { schema: { type: 'string' } } } },
    '404': { description: 'No such article: a page for browsers, the error envelope otherwise.' },
  },
});

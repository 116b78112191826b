/** The HTML pages: `/` (how to use the API) and the knowledge base under `/kb`. */
import { NotFoundError } from '@frontdesk/core';
import { RESUME_PARAMETER } from '@frontdesk/services/email/resume-link';
import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppDependencies } from '../app-dependencies.js';
import type { AppEnv } from '../app-env.js';
import { errorResponse } from '../error-response.js';
import { HOME_PAGE_HEADERS, renderHomePage } from '../pages/home-page.js';
import { htmlResponse } from '../pages/html.js';
import { renderArticle, renderArticleNotFound, renderKbIndex } from '../pages/kb-pages.js';

export function pageRoutes(deps: Pick<AppDependencies, 'settings' | 'knowledge'>): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  // The page only depends on settings, so it is rendered once.
  const home = renderHomePage({ publicUrl: deps.settings.publicUrl, botId: deps.settings.defaultBot });

  routes.get('/', (context) => {
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
  routes.get('/kb', () => htmlResponse(renderKbIndex(deps.knowledge.articles())));
  routes.get('/kb/', (context) => context.redirect('/kb', 301));
  routes.get('/kb/*', (context) => {
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

// A fake Jira Cloud REST v3 on 127.0.0.1: create issue (checks fields and ADF), JQL search by label, get issue, user search, myself, project.
import type { ServerResponse } from 'node:http';
import { type HttpFake, type RecordedRequest, sendJson, startHttpFake } from './http-fake.js';

export interface FakeIssue {
  id: string;
  key: string;
  fields: Record<string, unknown> & {
    labels: string[];
    status: { name: string; statusCategory: { key: string } };
  };
}

/** A file uploaded to an issue: its name and type as the multipart part named them. */
export interface FakeAttachment {
  issueKey: string;
  filename: string;
  type: string;
  /** The part's bytes, read as text (enough to recognise a PNG's signature). */
  content: string;
}

export interface FakeJira extends HttpFake {
  issues: FakeIssue[];
  attachments: FakeAttachment[];
  /** How many POST /rest/api/3/issue calls created an issue. */
  created(): number;
  /** Moves the issue to a status of a category (`new`, `indeterminate`, `done`). */
  setStatus(key: string, name: string, category: string): void;
}

const AUTH = `Basic ${Buffer.from('bot@example.com:jira-token').toString('base64')}`;
export const JIRA_CREDENTIALS = { email: 'bot@example.com', apiToken: 'jira-token', projectKey: 'SUP' };

function isAdf(value: unknown): boolean {
  const doc = value as {
    type?: string;
    version?: number;
    content?: { type?: string; content?: unknown[] }[];
  };
  return (
    doc?.type === 'doc' &&
    doc.version === 1 &&
    Array.isArray(doc.content) &&
    doc.content.every((node) => node.type === 'paragraph' && Array.isArray(node.content))
  );
}

/** Answers 400 like Jira does, with `errors` naming the field. */
function invalid(response: ServerResponse, field: string, message: string) {
  sendJson(response, 400, { errorMessages: [], errors: { [field]: message } });
}

export async function startFakeJira(): Promise<FakeJira> {
  const issues: FakeIssue[] = [];
  const attachments: FakeAttachment[] = [];
  let created = 0;
  const fake = await startHttpFake((request: RecordedRequest, response) => {
    if (request.headers.authorization !== AUTH)
      return sendJson(response, 401, { errorMessages: ['Unauthorized'] });
    const path = request.path.split('?')[0];
    const upload = /^\/rest\/api\/3\/issue\/([^/]+)\/attachments$/.exec(path ?? '');
    if (request.method === 'POST' && upload) {
      // Jira refuses uploads without this header (its XSRF check).
      if (request.headers['x-atlassian-token'] !== 'no-check')
        return sendJson(response, 403, { message: 'XSRF check failed' });
      const body = String(request.body ?? '');
      const part = /name="file"; filename="([^"]*)"\r\nContent-Type: ([^\r]*)\r\n\r\n([\s\S]*?)\r\n--/.exec(
        body,
      );
      if (!part) return invalid(response, 'file', 'No file in the request.');
      const issueKey = decodeURIComponent(upload[1] as string);
      attachments.push({
        issueKey,
        filename: part[1] as string,
        type: part[2] as string,
        content: part[3] as string,
      });
      return sendJson(response, 200, [{ filename: part[1] }]);
    }
    if (request.method === 'POST' && path === '/rest/api/3/issue') {
      const fields = (request.body as { fields?: Record<string, unknown> })?.fields ?? {};
      if ((fields.project as { key?: string })?.key !== 'SUP')
        return invalid(response, 'project', 'valid project is required');
      if (!(fields.issuetype as { name?: string })?.name)
        return invalid(response, 'issuetype', 'Specify an issue type');
      if (typeof fields.summary !== 'string' || !fields.summary || fields.summary.length > 255)
        return invalid(response, 'summary', 'You must specify a summary of the issue.');
      if (!isAdf(fields.description))
        return invalid(response, 'description', 'Operation value must be an Atlassian Document');
      const labels = (fields.labels ?? []) as string[];
      if (labels.some((label) => /\s/.test(label)))
        return invalid(response, 'labels', 'The label cannot contain spaces.');
      created += 1;
      const id = String(10_000 + created);
      const issue = {
        id,
        key: `SUP-${created}`,
        fields: { ...fields, labels, status: { name: 'To Do', statusCategory: { key: 'new' } } },
      };
      issues.push(issue);
      return sendJson(response, 201, { id, key: issue.key, self: `${fake.url}/rest/api/3/issue/${id}` });
    }
    if (request.method === 'POST' && path === '/rest/api/3/search/jql') {
      const jql = (request.body as { jql?: string })?.jql ?? '';
      const label = /labels = "([^"]+)"/.exec(jql)?.[1];
      const found = issues.filter((issue) => label && issue.fields.labels.includes(label));
      return sendJson(response, 200, {
        issues: found.map((issue) => ({
          id: issue.id,
          key: issue.key,
          fields: { status: issue.fields.status },
        })),
        isLast: true,
      });
    }
    const issuePath = /^\/rest\/api\/3\/issue\/([^/]+)$/.exec(path ?? '');
    if (request.method === 'GET' && issuePath) {
      const issue = issues.find((item) => item.key === issuePath[1] || item.id === issuePath[1]);
      if (!issue) return sendJson(response, 404, { errorMessages: ['Issue does not exist'] });
      return sendJson(response, 200, {
        id: issue.id,
        key: issue.key,
        fields: { status: issue.fields.status },
      });
    }
    if (request.method === 'GET' && path === '/rest/api/3/myself') {
      return sendJson(response, 200, {
        accountId: 'acc-bot',
        emailAddress: 'bot@example.com',
        displayName: 'Frontdesk Bot',
      });
    }
    const project = /^\/rest\/api\/3\/project\/([^/]+)$/.exec(path ?? '');
    if (request.method === 'GET' && project) {
      if (decodeURIComponent(project[1] as string) !== 'SUP')
        return sendJson(response, 404, { errorMessages: ['No project could be found with key.'] });
      return sendJson(response, 200, { id: '10000', key: 'SUP', name: 'Support' });
    }
    if (request.method === 'GET' && path === '/rest/api/3/user/search') {
      const query = new URL(request.path, fake.url).searchParams.get('query');
      return sendJson(response, 200, query === 'ada@example.com' ? [{ accountId: 'acc-ada' }] : []);
    }
    sendJson(response, 404, { errorMessages: ['No such route in the fake'] });
  });
  return {
    ...fake,
    issues,
    attachments,
    created: () => created,
    setStatus(key, name, category) {
      const issue = issues.find((item) => item.key === key);
      if (issue) issue.fields.status = { name, statusCategory: { key: category } };
    },
  };
}

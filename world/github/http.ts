/**
 * The HTTP conventions of api.github.com the stub reproduces: JSON bodies, error bodies
 * with a `message`, and `Link` header pagination driven by `per_page` and `page`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export const DOCUMENTATION_URL = 'https://docs.github.com/rest';

export type ParsedBody = { ok: true; value: unknown } | { ok: false; raw: string };

export async function readBody(request: IncomingMessage): Promise<ParsedBody> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  if (raw === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(raw) as unknown };
  } catch {
    return { ok: false, raw };
  }
}

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
): void {
  const text = body === undefined ? '' : JSON.stringify(body);
  response.writeHead(status, {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text)
  });
  response.end(text);
}

/** GitHub's error body: a message, where to read more, and (since 2023) the status as a string. */
export function errorBody(status: number, message: string, extra: Record<string, unknown> = {}): object {
  return { message, ...extra, documentation_url: DOCUMENTATION_URL, status: String(status) };
}

export interface Page<T> {
  items: T[];
  /** The `Link` header value, or undefined when everything fits on one page (GitHub then omits it). */
  link: string | undefined;
}

const DEFAULT_PER_PAGE = 30;
const MAX_PER_PAGE = 100;

function positiveInteger(text: string | null, fallback: number): number {
  const value = Number.parseInt(text ?? '', 10);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/**
 * Cuts one page out of `items` the way GitHub does and builds the `Link` header, whose
 * URLs keep every other query parameter so a client can follow `rel="next"` verbatim.
 */
export function paginate<T>(items: readonly T[], pageUrl: URL): Page<T> {
  const perPage = Math.min(
    positiveInteger(pageUrl.searchParams.get('per_page'), DEFAULT_PER_PAGE),
    MAX_PER_PAGE
  );
  const page = positiveInteger(pageUrl.searchParams.get('page'), 1);
  const lastPage = Math.max(1, Math.ceil(items.length / perPage));
  const start = (page - 1) * perPage;
  const pageItems = items.slice(start, start + perPage);
  if (lastPage === 1) return { items: pageItems, link: undefined };

  const urlFor = (target: number): string => {
    const url = new URL(pageUrl);
    url.searchParams.set('per_page', String(perPage));
    url.searchParams.set('page', String(target));
    return url.toString();
  };
  const relations: string[] = [];
  if (page > 1) relations.push(`<${urlFor(Math.min(page - 1, lastPage))}>; rel="prev"`);
  if (page < lastPage)
    relations.push(`<${urlFor(page + 1)}>; rel="next"`, `<${urlFor(lastPage)}>; rel="last"`);
  if (page > 1) relations.push(`<${urlFor(1)}>; rel="first"`);
  return { items: pageItems, link: relations.join(', ') };
}

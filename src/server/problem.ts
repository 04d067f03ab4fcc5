/**
 * Errors as RFC 9457 problem details (application/problem+json). A 400 names each bad parameter;
 * a 500 says only that something failed: no database message, no stack reaches the client.
 */
import type { Context } from 'hono';
import type { ZodError } from 'zod';

export interface ParameterError {
  parameter: string;
  message: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: ParameterError[];
}

const TITLES: Record<number, string> = {
  400: 'Bad request',
  404: 'Not found',
  405: 'Method not allowed',
  414: 'URI too long',
  500: 'Internal server error',
  503: 'Service unavailable',
};

/** Problem types are relative URIs documented in docs/server.md. */
export function problem(status: number, detail?: string, errors?: ParameterError[]): Problem {
  const slug = (TITLES[status] ?? 'error').toLowerCase().replace(/\s+/g, '-');
  return {
    type: `/problems/${slug}`,
    title: TITLES[status] ?? 'Error',
    status,
    ...(detail ? { detail } : {}),
    ...(errors?.length ? { errors } : {}),
  };
}

export function sendProblem(c: Context, p: Problem): Response {
  const body: Problem = { ...p, instance: new URL(c.req.url).pathname };
  return new Response(JSON.stringify(body), {
    status: p.status,
    headers: { 'content-type': 'application/problem+json; charset=utf-8' },
  });
}

/** One entry per bad parameter, from a zod error over the query or path parameters. */
export function parameterErrors(error: ZodError): ParameterError[] {
  const out: ParameterError[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) out.push({ parameter: clip(key), message: 'unknown parameter' });
      continue;
    }
    const parameter = issue.path.length ? String(issue.path[0]) : '(query)';
    out.push({ parameter: clip(parameter), message: issue.message });
  }
  return out;
}

/** Parameter names come from the client: keep them short in the answer. */
const clip = (s: string): string => (s.length > 60 ? `${s.slice(0, 60)}…` : s);

export function badRequest(errors: ParameterError[]): Problem {
  const names = [...new Set(errors.map((e) => e.parameter))];
  return problem(400, `invalid parameter${names.length === 1 ? '' : 's'}: ${names.join(', ')}`, errors);
}

import type { Metadata } from "next";
import Link from "next/link";
import { QUICK_START } from "@/components/docs/quick-start";
import { buildOpenApiDocument } from "@/lib/api/openapi/build-document";
import { type Operation, operations } from "@/lib/api/openapi/operations";

export const metadata: Metadata = { title: "API reference · Minuta" };

const METHOD_COLORS: Record<Operation["method"], string> = {
  get: "bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-200",
  post: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200",
  patch: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
  delete: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200",
};

type PathItem = Record<
  string,
  {
    parameters: { name: string; in: string; required: boolean; schema: unknown }[];
    requestBody?: { content: Record<string, { schema: unknown }> };
  }
>;

function anchor(operation: Operation) {
  return `${operation.method}-${operation.path.replace(/[^a-z0-9]+/gi, "-")}`;
}

export default function DocsPage() {
  const document = buildOpenApiDocument();
  const paths = document.paths as Record<string, PathItem>;
  return (
    <div className="mx-auto max-w-5xl px-4 py-10">
      <header className="mb-10">
        <Link href="/meetings" className="text-sm text-muted-foreground hover:text-foreground">
          ← Minuta
        </Link>
        <h1 className="mt-2 text-3xl font-semibold tracking-tight">Minuta API v1</h1>
        <p className="mt-2 text-muted-foreground">
          Everything the app does, for scripts, browser extensions and meeting bots. Send{" "}
          <code>Authorization: Bearer &lt;api key&gt;</code>; errors are <code>application/problem+json</code>{" "}
          with a <code>requestId</code>; POST accepts <code>Idempotency-Key</code>; default rate limit 600
          requests/minute. The machine-readable document:{" "}
          <a className="text-primary underline-offset-4 hover:underline" href="/api/openapi.json">
            /api/openapi.json
          </a>{" "}
          (OpenAPI 3.1).
        </p>
      </header>
      <section aria-labelledby="quick-start" className="mb-12">
        <h2 id="quick-start" className="text-xl font-semibold">
          Quick start: a meeting&apos;s whole life with only an API key
        </h2>
        <pre className="mt-3 overflow-x-auto rounded-lg border bg-card p-4 text-xs leading-relaxed">
          <code>{QUICK_START}</code>
        </pre>
      </section>
      <nav aria-label="Endpoints" className="mb-10 rounded-lg border bg-card p-4">
        <ul className="grid gap-1 text-sm sm:grid-cols-2">
          {operations.map((operation) => (
            <li key={anchor(operation)}>
              <a href={`#${anchor(operation)}`} className="hover:underline">
                <span className="inline-block w-14 font-mono text-xs uppercase">{operation.method}</span>
                <code>{operation.path}</code>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="space-y-10">
        {operations.map((operation) => {
          const spec = paths[operation.path]?.[operation.method];
          const body = spec?.requestBody?.content;
          return (
            <section
              key={anchor(operation)}
              id={anchor(operation)}
              className="scroll-mt-6 rounded-lg border bg-card p-5"
              data-testid="operation"
            >
              <h2 className="flex flex-wrap items-center gap-3">
                <span
                  className={`rounded px-2 py-0.5 font-mono text-xs font-bold uppercase ${METHOD_COLORS[operation.method]}`}
                >
                  {operation.method}
                </span>
                <code className="text-base">{operation.path}</code>
                {operation.scope && (
                  <span className="rounded-full border px-2 py-0.5 text-xs text-muted-foreground">
                    scope: {operation.scope}
                  </span>
                )}
              </h2>
              <p className="mt-2 font-medium">{operation.summary}</p>
              {operation.description && (
                <p className="mt-1 text-sm text-muted-foreground">{operation.description}</p>
              )}
              {spec && spec.parameters.length > 0 && (
                <table className="mt-4 w-full text-left text-sm">
                  <thead className="text-xs uppercase text-muted-foreground">
                    <tr>
                      <th className="py-1">Parameter</th>
                      <th>In</th>
                      <th>Schema</th>
                    </tr>
                  </thead>
                  <tbody>
                    {spec.parameters.map((parameter) => (
                      <tr key={`${parameter.in}-${parameter.name}`} className="border-t">
                        <td className="py-1 font-mono">
                          {parameter.name}
                          {parameter.required && <span className="text-destructive">*</span>}
                        </td>
                        <td>{parameter.in}</td>
                        <td className="font-mono text-xs">{JSON.stringify(parameter.schema)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              {body &&
                Object.entries(body).map(([type, content]) => (
                  <details key={type} className="mt-4">
                    <summary className="cursor-pointer text-sm font-medium">Request body ({type})</summary>
                    <pre className="mt-2 overflow-x-auto rounded bg-muted p-3 text-xs">
                      {JSON.stringify(content.schema, null, 2)}
                    </pre>
                  </details>
                ))}
              <p className="mt-4 text-sm">
                Responses:{" "}
                {Object.entries(operation.responses).map(([status, response]) => (
                  <span key={status} className="mr-3">
                    <code>{status}</code> {response.description}
                  </span>
                ))}
                {operation.scope && (
                  <span className="text-muted-foreground">· 401 · 403 · 404 · 422 · 429</span>
                )}
              </p>
              {operation.example && (
                <pre className="mt-3 overflow-x-auto rounded bg-muted p-3 text-xs">
                  <code>{operation.example}</code>
                </pre>
              )}
            </section>
          );
        })}
      </div>
      <section id="errors-validation" className="mt-12 text-sm text-muted-foreground">
        Problem <code>type</code> values link here: <code>/docs#errors-&lt;reason&gt;</code> names why a
        request was refused (e.g. <code>validation</code>, <code>not_found</code>, <code>bad_timestamp</code>,{" "}
        <code>file_too_large</code>).
      </section>
    </div>
  );
}

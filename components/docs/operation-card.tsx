import type { Messages } from "@/lib/i18n/messages";
import { ScrollableCode } from "./scrollable-code";

export type OperationView = {
  method: string;
  path: string;
  summary: string;
  description?: string;
  "x-scope"?: string;
  security: unknown[];
  parameters: { name: string; in: string; required: boolean; schema: unknown }[];
  requestBody?: { required: boolean; content: Record<string, { schema?: unknown }> };
  responses: Record<string, { description: string }>;
  "x-codeSamples"?: { source: string }[];
};

const METHOD_COLORS: Record<string, string> = {
  get: "bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-200",
  post: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200",
  put: "bg-violet-100 text-violet-900 dark:bg-violet-950 dark:text-violet-200",
  patch: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
  delete: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200",
};

export const operationAnchor = (method: string, path: string) =>
  `${method}-${path.replace(/[^a-z0-9]+/gi, "-")}`;

export function MethodBadge({ method }: { method: string }) {
  return (
    <span
      className={`rounded px-2 py-0.5 font-mono text-xs font-bold uppercase ${METHOD_COLORS[method] ?? ""}`}
    >
      {method}
    </span>
  );
}

/** One operation of the OpenAPI document, as /docs shows it. */
export function OperationCard({ operation, t }: { operation: OperationView; t: Messages["docs"] }) {
  const anchor = operationAnchor(operation.method, operation.path);
  const example = operation["x-codeSamples"]?.[0]?.source;
  const scope = operation["x-scope"];
  const access = scope
    ? t.scope.replace("{scope}", scope)
    : operation.security.length === 0
      ? t.public
      : null;
  return (
    <section
      id={anchor}
      aria-labelledby={`${anchor}-title`}
      className="scroll-mt-6 rounded-lg border bg-card p-5"
      data-testid="operation"
      data-operation={`${operation.method.toUpperCase()} ${operation.path}`}
    >
      <h3 id={`${anchor}-title`} className="flex flex-wrap items-center gap-3">
        <MethodBadge method={operation.method} />
        <code className="min-w-0 text-base [overflow-wrap:anywhere]">{operation.path}</code>
        {access && (
          <span className="rounded-full border px-2 py-0.5 text-xs text-muted-foreground">{access}</span>
        )}
      </h3>
      <p className="mt-2 font-medium">{operation.summary}</p>
      {operation.description && <p className="mt-1 text-sm text-muted-foreground">{operation.description}</p>}
      {operation.parameters.length > 0 && (
        <table className="mt-4 w-full text-left text-sm">
          <thead className="text-xs uppercase text-muted-foreground">
            <tr>
              <th scope="col" className="py-1">
                {t.parameter}
              </th>
              <th scope="col">{t.location}</th>
              <th scope="col">{t.schema}</th>
            </tr>
          </thead>
          <tbody>
            {operation.parameters.map((parameter) => (
              <tr key={`${parameter.in}-${parameter.name}`} className="border-t">
                <td className="py-1 font-mono">
                  {parameter.name}
                  {parameter.required && (
                    <abbr title={t.required} className="text-destructive no-underline">
                      *
                    </abbr>
                  )}
                </td>
                <td>{parameter.in}</td>
                <td className="font-mono text-xs break-all">{JSON.stringify(parameter.schema)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {operation.requestBody &&
        Object.entries(operation.requestBody.content).map(([type, content]) => (
          <details key={type} className="mt-4">
            <summary className="cursor-pointer text-sm font-medium">
              {t.requestBody.replace("{type}", type)}
              {!operation.requestBody?.required && ` · ${t.optionalBody}`}
            </summary>
            <ScrollableCode
              label={t.requestBody.replace("{type}", type)}
              className="mt-2 rounded bg-muted p-3 text-xs"
            >
              {JSON.stringify(content.schema ?? {}, null, 2)}
            </ScrollableCode>
          </details>
        ))}
      <p className="mt-4 text-sm">
        {t.responses}:{" "}
        {Object.entries(operation.responses).map(([status, response]) => (
          <span key={status} className="mr-3 inline-block">
            <code>{status}</code> {response.description}
          </span>
        ))}
      </p>
      {example && (
        <figure className="mt-3">
          <figcaption className="text-xs font-medium text-muted-foreground">{t.example}</figcaption>
          <ScrollableCode
            label={`${t.example}: ${operation.method.toUpperCase()} ${operation.path}`}
            className="mt-1 rounded bg-muted p-3 text-xs"
          >
            <code>{example}</code>
          </ScrollableCode>
        </figure>
      )}
    </section>
  );
}

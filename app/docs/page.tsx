import type { Metadata } from "next";
import Link from "next/link";
import { API_ROUTES } from "@/app/api/openapi.json/api-routes";
import { CodeText } from "@/components/docs/code-text";
import { ErrorTypesTable } from "@/components/docs/error-types-table";
import {
  MethodBadge,
  OperationCard,
  type OperationView,
  operationAnchor,
} from "@/components/docs/operation-card";
import { QUICK_START } from "@/components/docs/quick-start";
import { ScrollableCode } from "@/components/docs/scrollable-code";
import { buildOpenApiDocument } from "@/lib/api/openapi/build-document";
import { getMessages } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: `${t.docs.title} · ${t.app.name}` };
}

/** Every operation of the OpenAPI document, in its order. */
function operationsOf(document: ReturnType<typeof buildOpenApiDocument>): OperationView[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({ ...(operation as OperationView), method, path })),
  );
}

export default async function DocsPage() {
  const { t } = await getMessages();
  const docs = t.docs;
  const operations = operationsOf(buildOpenApiDocument(API_ROUTES));
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-10">
      <header className="mb-10">
        <Link href="/meetings" className="text-sm text-muted-foreground hover:text-foreground">
          {docs.back}
        </Link>
        <h1 className="mt-2 text-3xl font-semibold tracking-tight">{docs.title}</h1>
        <p className="mt-2 text-muted-foreground">{docs.intro}</p>
        <ul className="mt-3 list-disc space-y-1 pl-5 text-sm text-muted-foreground">
          {docs.conventions.map((line) => (
            <li key={line}>
              <CodeText text={line} />
            </li>
          ))}
        </ul>
        <p className="mt-3 text-sm text-muted-foreground">
          {docs.document}{" "}
          <a className="text-primary underline underline-offset-4" href="/api/openapi.json">
            /api/openapi.json
          </a>
        </p>
      </header>
      <section aria-labelledby="quick-start" className="mb-12">
        <h2 id="quick-start" className="text-xl font-semibold">
          {docs.quickStart}
        </h2>
        <ScrollableCode
          label={docs.quickStart}
          className="mt-3 rounded-lg border bg-card p-4 text-xs leading-relaxed"
        >
          <code data-testid="quick-start">{QUICK_START}</code>
        </ScrollableCode>
      </section>
      <nav aria-labelledby="endpoints" className="mb-10 rounded-lg border bg-card p-4">
        <h2 id="endpoints" className="mb-2 text-sm font-semibold">
          {docs.endpoints}
        </h2>
        <ul className="grid gap-1 text-sm sm:grid-cols-2">
          {operations.map((operation) => (
            <li key={operationAnchor(operation.method, operation.path)}>
              <a
                href={`#${operationAnchor(operation.method, operation.path)}`}
                className="flex min-w-0 items-center gap-2 hover:underline"
              >
                <MethodBadge method={operation.method} />
                <code className="min-w-0 [overflow-wrap:anywhere]">{operation.path}</code>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="space-y-10">
        {operations.map((operation) => (
          <OperationCard
            key={operationAnchor(operation.method, operation.path)}
            operation={operation}
            t={docs}
          />
        ))}
      </div>
      <ErrorTypesTable t={docs} />
    </main>
  );
}

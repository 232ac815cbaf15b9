import { ERROR_TYPES, type ErrorTypeId, errorAnchor } from "@/lib/api/openapi/error-types";
import type { Messages } from "@/lib/i18n/messages";
import { CodeText } from "./code-text";

/** Every problem `type` with its status and meaning; each row is the anchor that `type` links to. */
export function ErrorTypesTable({ t }: { t: Messages["docs"] }) {
  const ids = Object.keys(ERROR_TYPES) as ErrorTypeId[];
  return (
    <section id="errors" aria-labelledby="errors-title" className="mt-12 scroll-mt-6">
      <h2 id="errors-title" className="text-xl font-semibold">
        {t.errorsTitle}
      </h2>
      <p className="mt-2 text-sm text-muted-foreground">
        <CodeText text={t.errorsIntro} />
      </p>
      <table className="mt-4 w-full text-left text-sm">
        <thead className="text-xs uppercase text-muted-foreground">
          <tr>
            <th scope="col" className="py-1">
              {t.errorType}
            </th>
            <th scope="col">{t.status}</th>
            <th scope="col">{t.meaning}</th>
          </tr>
        </thead>
        <tbody>
          {ids.map((id) => (
            <tr
              key={id}
              id={errorAnchor(id)}
              className="scroll-mt-6 border-t target:bg-accent"
              data-testid="error-type"
            >
              <td className="py-2 pr-3 align-top font-mono text-xs [overflow-wrap:anywhere]">
                <a href={`#${errorAnchor(id)}`} className="hover:underline">
                  {id}
                </a>
              </td>
              <td className="pr-3 align-top font-mono text-xs">{ERROR_TYPES[id]}</td>
              <td className="py-2 align-top">
                <CodeText text={t.errors[id]} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

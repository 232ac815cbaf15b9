"use client";

import { Select } from "@/components/ui/select";
import { useI18n } from "@/lib/i18n/context.client";
import type { TemplateId } from "@/lib/insights/types";

/** The notes templates, labelled in the reader's language. */
export function TemplateSelect({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: TemplateId;
  onChange: (template: TemplateId) => void;
}) {
  const { t } = useI18n();
  return (
    <>
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <Select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value as TemplateId)}
        className="h-8 w-44 text-xs"
        data-testid={id}
      >
        {(Object.keys(t.templates) as TemplateId[]).map((template) => (
          <option key={template} value={template}>
            {t.templates[template]}
          </option>
        ))}
      </Select>
    </>
  );
}

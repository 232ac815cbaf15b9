"use client";

import { useId } from "react";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { useI18n } from "@/lib/i18n/context.client";
import {
  MEETING_LANGUAGES,
  type MeetingLanguageOption,
  NOTE_TEMPLATES,
} from "@/lib/meetings/meeting-options";

export type UploadChoices = { template: (typeof NOTE_TEMPLATES)[number]; language: MeetingLanguageOption };

/** The notes template and spoken language the next upload is created with. */
export function UploadOptions({
  value,
  onChange,
  disabled,
}: {
  value: UploadChoices;
  onChange: (value: UploadChoices) => void;
  disabled: boolean;
}) {
  const { t } = useI18n();
  const id = useId();
  const labels = t.meetingsPage.upload;
  return (
    <fieldset className="mt-4 grid gap-3 sm:grid-cols-2" disabled={disabled}>
      <legend className="sr-only">{labels.options}</legend>
      <div className="space-y-1">
        <Label htmlFor={`${id}-template`}>{labels.template}</Label>
        <Select
          id={`${id}-template`}
          value={value.template}
          data-testid="upload-template"
          onChange={(event) =>
            onChange({ ...value, template: event.target.value as UploadChoices["template"] })
          }
        >
          {NOTE_TEMPLATES.map((template) => (
            <option key={template} value={template}>
              {t.templates[template]}
            </option>
          ))}
        </Select>
      </div>
      <div className="space-y-1">
        <Label htmlFor={`${id}-language`}>{labels.language}</Label>
        <Select
          id={`${id}-language`}
          value={value.language}
          aria-describedby={`${id}-language-help`}
          data-testid="upload-language"
          onChange={(event) => onChange({ ...value, language: event.target.value as MeetingLanguageOption })}
        >
          {MEETING_LANGUAGES.map((language) => (
            <option key={language} value={language}>
              {labels.languages[language]}
            </option>
          ))}
        </Select>
        <p id={`${id}-language-help`} className="text-xs text-muted-foreground">
          {labels.languageHelp}
        </p>
      </div>
    </fieldset>
  );
}

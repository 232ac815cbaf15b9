-- Failure reasons (meetings.error) and fallback notes (insights.note) become codes with their
-- values, { code, params?, cause? } (lib/kernel/reasons.ts), worded where they are read: the page
-- in its reader's language, the API in English. Rows written before hold English sentences; each
-- one Minuta wrote becomes its code, anything else `other` with the text kept as it is.

create function minuta_known_reason(message text) returns jsonb
language plpgsql immutable as $$
declare
  m text[];
  inner_reason jsonb;
begin
  m := regexp_match(message, '^The notes could not be written after several attempts\.(?: (.+))? Use Retry to run the analysis again\.$');
  if m is not null then
    if m[1] is null or m[1] = '' then return jsonb_build_object('code', 'analysisFailed'); end if;
    inner_reason := minuta_reason(m[1]);
    return jsonb_build_object('code', 'analysisFailed', 'cause', inner_reason);
  end if;
  m := regexp_match(message, '^The configured model could not write these notes \((.+)\), so they come from the built-in local engine\. Regenerate to try the model again\.$');
  if m is not null then
    return jsonb_build_object('code', 'llmFallback', 'cause', minuta_reason(m[1]));
  end if;
  m := regexp_match(message, '^The transcription service refused the recording \(HTTP (\d+)\)\. Check the transcription settings\.$');
  if m is not null then
    return jsonb_build_object('code', 'transcriptionRefused', 'params', jsonb_build_object('status', m[1]));
  end if;
  if message ~ '^No speech-to-text engine is configured\. ' then return '{"code":"noEngine"}'; end if;
  if message ~ '^The built-in offline transcriber only understands English\.' then return '{"code":"englishOnly"}'; end if;
  m := regexp_match(message, '^The model''s answer did not match the notes schema (\d+) times\.$');
  if m is not null then
    return jsonb_build_object('code', 'modelSchema', 'params', jsonb_build_object('count', m[1]));
  end if;
  m := regexp_match(message, '^(.{1,80}) is failing; calls are paused for (\d+) s\.$');
  if m is not null then
    return jsonb_build_object('code', 'circuitOpen', 'params', jsonb_build_object('provider', m[1], 'seconds', m[2]));
  end if;
  if message = 'The model provider failed (network error).' then return '{"code":"modelNetworkError"}'; end if;
  m := regexp_match(message, '^The model provider failed \((\d{3})\)\.$');
  if m is not null then
    return jsonb_build_object('code', 'modelFailed', 'params', jsonb_build_object('status', m[1]));
  end if;
  m := regexp_match(message, '^The model provider refused the request \(HTTP (\d{3})\)\.$');
  if m is not null then
    return jsonb_build_object('code', 'modelRefused', 'params', jsonb_build_object('status', m[1]));
  end if;
  return case message
    when 'an unexpected error.' then '{"code":"unexpectedError"}'
    when 'No speech was found in this recording.' then '{"code":"noSpeech"}'
    when 'Transcription failed after several attempts.' then '{"code":"transcriptionFailed"}'
    when 'The recording is missing from storage. Please upload it again.' then '{"code":"recordingMissing"}'
    when 'The recording is empty (0 bytes).' then '{"code":"recordingEmpty"}'
    when 'This recording could not be read: the file looks damaged, incomplete or is not audio. Please upload it again.' then '{"code":"unreadable"}'
    when 'This file has no audio track, so there is nothing to transcribe.' then '{"code":"noAudioTrack"}'
    when 'This recording uses an audio format Minuta cannot decode. Convert it to mp3, m4a or wav and upload it again.' then '{"code":"unsupportedCodec"}'
    when 'The recording contains no audio (its length is zero).' then '{"code":"zeroLength"}'
    when 'Converting the recording took too long.' then '{"code":"convertTimeout"}'
    when 'The recording could not be split for transcription.' then '{"code":"splitFailed"}'
    when 'The transcription service sent an answer Minuta cannot read.' then '{"code":"unreadableAnswer"}'
    when 'The offline transcriber (pocketsphinx) is not installed.' then '{"code":"pocketsphinxMissing"}'
    when 'The offline transcriber took too long on this recording.' then '{"code":"offlineTimeout"}'
    when 'The offline transcriber failed on this recording.' then '{"code":"offlineFailed"}'
    when 'The transcription service kept failing, so Minuta paused calls to it.' then '{"code":"transcriptionPaused"}'
    when 'The transcription service did not answer in time.' then '{"code":"transcriptionTimeout"}'
    when 'The transcription service is busy (rate limited).' then '{"code":"transcriptionBusy"}'
    when 'The transcription service failed.' then '{"code":"transcriptionServiceFailed"}'
    when 'The model did not answer in time.' then '{"code":"modelTimeout"}'
    when 'The model provider is rate limiting requests.' then '{"code":"modelRateLimited"}'
    when 'The model call failed.' then '{"code":"modelCallFailed"}'
    else null
  end;
end;
$$;

-- A sentence as stored: its code, else `other` with the text. Reasons inside others (a fallback's,
-- a circuit's) were stored without their final period, so a sentence is also tried with one.
create function minuta_reason(message text) returns jsonb
language plpgsql immutable as $$
declare
  trimmed text := btrim(message);
begin
  if message is null then return null; end if;
  return coalesce(
    minuta_known_reason(trimmed),
    case when trimmed not like '%.' then minuta_known_reason(trimmed || '.') end,
    jsonb_build_object('code', 'other', 'params', jsonb_build_object('text', message))
  );
end;
$$;

alter table meetings alter column error type jsonb using minuta_reason(error);
alter table insights alter column note type jsonb using minuta_reason(note);

drop function minuta_reason(text);
drop function minuta_known_reason(text);

// The meetings page: the upload form (its options, progress, every reason an upload can fail) and
// the history list around it.

const en = {
  upload: {
    options: "Upload options",
    template: "Notes template",
    language: "Language spoken",
    languages: { auto: "Detect automatically", es: "Spanish", en: "English" },
    languageHelp:
      "Recordings are transcribed in this language; without a speech-to-text service the built-in engine only understands English.",
    cancel: "Cancel",
    cancelLabel: "Cancel the upload of {name}",
    cancelled: "Upload cancelled. Nothing was kept.",
  },
  uploadErrors: {
    empty: "The file is empty.",
    not_text: "This file is neither a transcript (.txt, .vtt, .srt, .json) nor a recording we can read.",
    document:
      "This is a document (PDF, Word, RTF…), not a transcript. Save or export its text as .txt (or subtitles as .vtt or .srt) and upload that.",
    bad_timestamp: "A timestamp in the file is not valid. Fix it and try again.",
    bad_timestamp_line: "Line {line} has a timestamp that isn't valid. Fix that line and try again.",
    bad_timestamp_segment:
      "Segment {segment} of the JSON file has times that aren't valid. Fix that segment and try again.",
    invalid_json: "The file is not valid JSON.",
    invalid_structure:
      "The JSON file doesn't look like a transcript (expected a list of {speaker, text, start, end}).",
    invalid_structure_segment:
      "Segment {segment} of the JSON file isn't valid: each segment needs “text” and its start and end times.",
    no_segments: "The file has no transcript lines.",
    segment_too_long: "A line in the transcript is too long (20,000 characters at most).",
    segment_too_long_line:
      "Line {line} starts a passage too long to be one line of transcript (20,000 characters at most).",
    segment_too_long_segment: "Segment {segment} of the JSON file is too long (20,000 characters at most).",
    file_too_large: "The file is too large: transcripts up to 50 MB, recordings up to 2 GB.",
    transcript_too_large: "This file is {size}: transcripts can be up to 50 MB.",
    recording_too_large: "This recording is {size}: recordings can be up to 2 GB.",
    bad_file_name: "The file name contains characters we can't accept. Rename the file and try again.",
    meeting_has_content: "This meeting already has a transcript.",
    duplicate_seq: "The file repeats a line number.",
    network: "The connection dropped during the upload. Try again.",
    upload_too_slow:
      "The upload was too slow (under 4 KiB/s for 30 seconds) and was cut. Nothing was kept; try again on a faster connection.",
    bad_multipart: "The upload arrived incomplete or damaged. Try again.",
    bad_request: "The upload was interrupted. Try again.",
    upload_missing: "The file didn't reach storage. Try again.",
    storage_failed: "The storage service refused the file. Try again in a moment.",
    unreadable_audio: "This recording can't be read: it may be damaged or have no audio track.",
    unsupported_codec:
      "This recording uses an audio format we can't decode. Convert it to mp3, m4a or wav and try again.",
    conflict: "This meeting changed while the file was uploading. Try again.",
    not_found: "The meeting for this upload no longer exists (it may have been deleted). Try again.",
    unauthorized: "Your session has ended. Log in again and retry the upload.",
    forbidden: "You aren't allowed to upload files.",
    rate_limited: "Too many requests right now. Wait a moment and try again.",
    rate_limited_wait: "Too many requests right now. Wait {seconds} s and try again.",
    validation: "The file wasn't accepted. Check it and try again.",
    unsupported_media_type: "The file couldn't be sent as an upload. Reload the page and try again.",
    internal: "Something went wrong on our side. Try again in a moment.",
    internal_id:
      "Something went wrong on our side. Try again in a moment; if it keeps happening, quote request id {requestId}.",
    unavailable: "The service is unavailable right now. Try again in a moment.",
    failed: "The upload failed. Try again.",
  },
  history: {
    addedAt: "Added {date}",
    heldAt: "Held {date}",
    addedFrom: "Added from",
    addedTo: "Added until",
    loadFailed: "Your meetings couldn't be loaded right now.",
    searchFailed: "The search couldn't be run right now.",
    invalidFilters: "These filters aren't valid: check the dates.",
    invalidSearch: "This search can't be run: use 500 characters at most.",
    retry: "Try again",
  },
};

export const meetingsPageMessages: { en: typeof en; es: typeof en } = {
  en,
  es: {
    upload: {
      options: "Opciones de la subida",
      template: "Plantilla de notas",
      language: "Idioma hablado",
      languages: { auto: "Detectar automáticamente", es: "Español", en: "Inglés" },
      languageHelp:
        "Las grabaciones se transcriben en este idioma; sin un servicio de voz a texto, el motor integrado solo entiende inglés.",
      cancel: "Cancelar",
      cancelLabel: "Cancelar la subida de {name}",
      cancelled: "Subida cancelada. No se ha guardado nada.",
    },
    uploadErrors: {
      empty: "El archivo está vacío.",
      not_text:
        "Este archivo no es una transcripción (.txt, .vtt, .srt, .json) ni una grabación que podamos leer.",
      document:
        "Esto es un documento (PDF, Word, RTF…), no una transcripción. Guarda o exporta su texto como .txt (o los subtítulos como .vtt o .srt) y súbelo.",
      bad_timestamp: "Una marca de tiempo del archivo no es válida. Corrígela y vuelve a intentarlo.",
      bad_timestamp_line:
        "La línea {line} tiene una marca de tiempo no válida. Corrige esa línea y vuelve a intentarlo.",
      bad_timestamp_segment:
        "El segmento {segment} del archivo JSON tiene tiempos no válidos. Corrige ese segmento y vuelve a intentarlo.",
      invalid_json: "El archivo no es un JSON válido.",
      invalid_structure:
        "El JSON no parece una transcripción (se esperaba una lista de {speaker, text, start, end}).",
      invalid_structure_segment:
        "El segmento {segment} del archivo JSON no es válido: cada segmento necesita «text» y sus tiempos de inicio y fin.",
      no_segments: "El archivo no tiene líneas de transcripción.",
      segment_too_long: "Una línea de la transcripción es demasiado larga (20.000 caracteres como máximo).",
      segment_too_long_line:
        "La línea {line} empieza un fragmento demasiado largo para ser una sola línea de transcripción (20.000 caracteres como máximo).",
      segment_too_long_segment:
        "El segmento {segment} del archivo JSON es demasiado largo (20.000 caracteres como máximo).",
      file_too_large: "El archivo es demasiado grande: transcripciones hasta 50 MB, grabaciones hasta 2 GB.",
      transcript_too_large: "Este archivo ocupa {size}: las transcripciones pueden ocupar hasta 50 MB.",
      recording_too_large: "Esta grabación ocupa {size}: las grabaciones pueden ocupar hasta 2 GB.",
      bad_file_name:
        "El nombre del archivo contiene caracteres no admitidos. Cámbialo y vuelve a intentarlo.",
      meeting_has_content: "Esta reunión ya tiene una transcripción.",
      duplicate_seq: "El archivo repite un número de línea.",
      network: "Se cortó la conexión durante la subida. Vuelve a intentarlo.",
      upload_too_slow:
        "La subida era demasiado lenta (menos de 4 KiB/s durante 30 segundos) y se cortó. No se guardó nada; inténtalo con una conexión más rápida.",
      bad_multipart: "La subida llegó incompleta o dañada. Vuelve a intentarlo.",
      bad_request: "La subida se interrumpió. Vuelve a intentarlo.",
      upload_missing: "El archivo no llegó al almacenamiento. Vuelve a intentarlo.",
      storage_failed: "El servicio de almacenamiento rechazó el archivo. Vuelve a intentarlo en un momento.",
      unreadable_audio: "No se puede leer esta grabación: puede estar dañada o no tener pista de audio.",
      unsupported_codec:
        "Esta grabación usa un formato de audio que no podemos decodificar. Conviértela a mp3, m4a o wav y vuelve a intentarlo.",
      conflict: "La reunión cambió mientras se subía el archivo. Vuelve a intentarlo.",
      not_found: "La reunión de esta subida ya no existe (puede que se haya eliminado). Vuelve a intentarlo.",
      unauthorized: "Tu sesión ha terminado. Vuelve a iniciar sesión y repite la subida.",
      forbidden: "No tienes permiso para subir archivos.",
      rate_limited: "Demasiadas solicitudes ahora mismo. Espera un momento y vuelve a intentarlo.",
      rate_limited_wait: "Demasiadas solicitudes ahora mismo. Espera {seconds} s y vuelve a intentarlo.",
      validation: "El archivo no fue aceptado. Revísalo y vuelve a intentarlo.",
      unsupported_media_type:
        "No se pudo enviar el archivo como subida. Recarga la página y vuelve a intentarlo.",
      internal: "Algo falló por nuestra parte. Vuelve a intentarlo en un momento.",
      internal_id:
        "Algo falló por nuestra parte. Vuelve a intentarlo en un momento; si sigue pasando, indica el identificador de solicitud {requestId}.",
      unavailable: "El servicio no está disponible ahora mismo. Vuelve a intentarlo en un momento.",
      failed: "La subida falló. Vuelve a intentarlo.",
    },
    history: {
      addedAt: "Añadida el {date}",
      heldAt: "Celebrada el {date}",
      addedFrom: "Añadidas desde",
      addedTo: "Añadidas hasta",
      loadFailed: "No se pudieron cargar tus reuniones en este momento.",
      searchFailed: "No se pudo hacer la búsqueda en este momento.",
      invalidFilters: "Estos filtros no son válidos: revisa las fechas.",
      invalidSearch: "No se puede hacer esta búsqueda: usa 500 caracteres como máximo.",
      retry: "Reintentar",
    },
  },
};

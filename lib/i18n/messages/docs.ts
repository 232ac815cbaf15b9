// The API reference page (/docs). Operation summaries come from the OpenAPI document, in English;
// text between backticks is shown as code.

const en = {
  back: "← Minuta",
  title: "Minuta API v1",
  intro: "Everything the app does, for scripts, browser extensions and meeting bots.",
  conventions: [
    "Authenticate with `Authorization: Bearer <api key>` (Settings → API keys); each route needs one scope.",
    "Errors are `application/problem+json` with a `requestId`; their `type` links to the list of errors below.",
    "POST accepts `Idempotency-Key`: a repeated key returns the first response for 24 hours. Use a new key for each distinct request.",
    "Default rate limit: 600 requests a minute per key and per IP; past it, 429 with `Retry-After`.",
  ],
  document: "The machine-readable document (OpenAPI 3.1):",
  quickStart: "Quick start: a meeting's whole life with only an API key",
  endpoints: "Endpoints",
  scope: "scope: {scope}",
  public: "no authentication",
  parameter: "Parameter",
  location: "In",
  schema: "Schema",
  required: "required",
  requestBody: "Request body ({type})",
  optionalBody: "optional",
  responses: "Responses",
  example: "Example",
  errorsTitle: "Errors",
  errorsIntro:
    "Every error has the shape `{ type, title, status, detail, requestId, errors? }`; `errors` lists the fields that failed validation. `type` is one of:",
  errorType: "Type",
  status: "Status",
  meaning: "Meaning",
  errors: {
    bad_request: "The request is malformed: a body that isn't valid JSON, or a missing one.",
    bad_multipart: "The multipart upload is malformed or was cut off.",
    unauthorized: "No credentials, a bad or revoked API key, or a session whose account no longer exists.",
    forbidden:
      "The API key lacks the scope this route needs, or the route is for the signed-in web app only.",
    cross_site_request:
      "A change sent with the session cookie from another site; browser clients elsewhere use an API key.",
    not_found: "No such resource, or it belongs to someone else (the two are never told apart).",
    request_timeout: "The request took too long to arrive.",
    upload_too_slow:
      "The upload sent less than 4 KiB/s for 30 seconds and was cut; nothing was kept. Try again on a faster connection.",
    method_not_allowed: "The path exists but not with this method; `Allow` lists the ones it takes.",
    range: "The Range asks for bytes outside the recording; `Content-Range` gives its size.",
    conflict: "Not allowed in the resource's current state (e.g. appending to a meeting that ended).",
    meeting_has_content:
      "The meeting already has a transcript or recording; create a new meeting for another file.",
    not_retryable: "Only a meeting whose processing failed can be retried.",
    nothing_to_process: "The meeting has no transcript or recording to process; upload a file again.",
    direct_upload_unavailable:
      "This server keeps files itself: upload through `…/files` instead of a signed URL.",
    payload_too_large: "The body is larger than this route accepts.",
    file_too_large: "The file is over its limit: 50 MB for transcripts, 2 GB for recordings.",
    unsupported_media_type: "The body isn't in the format the route takes (uploads are multipart/form-data).",
    validation: "The body or query failed validation; `errors` says which fields and why.",
    idempotency_mismatch: "This Idempotency-Key was already used for a different request.",
    no_segments: "There is no transcript to work with: append segments or upload a file first.",
    duplicate_seq: "A segment number (seq) appears twice.",
    upload_missing: "Nothing was uploaded under this key; send the file to the upload URL first.",
    bad_file_name: "The file name contains control characters or path separators.",
    empty: "The file is empty.",
    not_text: "The file is neither a transcript (txt, vtt, srt, json) nor a recording Minuta can read.",
    document:
      "The file is a document, archive or image (PDF, Word, RTF, ZIP…), told by its content: send its text as txt, vtt or srt.",
    bad_timestamp: "A timestamp in the transcript file is not valid.",
    invalid_json: "The JSON transcript file is not valid JSON.",
    invalid_structure: "The JSON file doesn't have the shape of a transcript.",
    segment_too_long: "A transcript line is longer than 20,000 characters.",
    unreadable_audio: "The recording is damaged or has no audio.",
    unsupported_codec: "The recording uses a codec Minuta can't decode.",
    unconfigured: "No speech-to-text engine is configured for recordings.",
    provider_error: "The speech-to-text provider refused the recording.",
    timeout: "Reading the recording took too long.",
    rate_limited: "Too many requests; wait for the seconds in `Retry-After`.",
    internal: "Something failed on the server; quote the `requestId` if you report it.",
    unavailable: "A provider Minuta depends on failed; try again later.",
    "service-unavailable":
      "The database is restarting or unreachable for a moment; retry after the seconds in `Retry-After`.",
  } satisfies Record<string, string>,
};

const es: typeof en = {
  back: "← Minuta",
  title: "API de Minuta v1",
  intro: "Todo lo que hace la aplicación, para scripts, extensiones del navegador y bots de reuniones.",
  conventions: [
    "Autentícate con `Authorization: Bearer <api key>` (Ajustes → Claves de API); cada ruta necesita un permiso (scope).",
    "Los errores son `application/problem+json` con un `requestId`; su `type` enlaza con la lista de errores de abajo.",
    "POST acepta `Idempotency-Key`: una clave repetida devuelve la primera respuesta durante 24 horas. Usa una clave nueva para cada petición distinta.",
    "Límite por defecto: 600 peticiones por minuto por clave y por IP; al superarlo, 429 con `Retry-After`.",
  ],
  document: "El documento legible por máquinas (OpenAPI 3.1):",
  quickStart: "Inicio rápido: la vida entera de una reunión con solo una clave de API",
  endpoints: "Rutas",
  scope: "permiso: {scope}",
  public: "sin autenticación",
  parameter: "Parámetro",
  location: "En",
  schema: "Esquema",
  required: "obligatorio",
  requestBody: "Cuerpo de la petición ({type})",
  optionalBody: "opcional",
  responses: "Respuestas",
  example: "Ejemplo",
  errorsTitle: "Errores",
  errorsIntro:
    "Todo error tiene la forma `{ type, title, status, detail, requestId, errors? }`; `errors` enumera los campos que no pasaron la validación. `type` es uno de:",
  errorType: "Tipo",
  status: "Estado",
  meaning: "Significado",
  errors: {
    bad_request: "La petición está mal formada: un cuerpo que no es JSON válido, o que falta.",
    bad_multipart: "La subida multipart está mal formada o llegó cortada.",
    unauthorized:
      "Sin credenciales, con una clave de API incorrecta o revocada, o con una sesión cuya cuenta ya no existe.",
    forbidden:
      "La clave de API no tiene el permiso que pide esta ruta, o la ruta es solo para la aplicación web con sesión iniciada.",
    cross_site_request:
      "Un cambio enviado con la cookie de sesión desde otro sitio; los clientes de navegador de otros sitios usan una clave de API.",
    not_found: "No existe, o es de otra persona (nunca se distingue un caso del otro).",
    request_timeout: "La petición tardó demasiado en llegar.",
    upload_too_slow:
      "La subida envió menos de 4 KiB/s durante 30 segundos y se cortó; no se guardó nada. Inténtalo con una conexión más rápida.",
    method_not_allowed: "La ruta existe, pero no con este método; `Allow` enumera los que acepta.",
    range: "El Range pide bytes fuera de la grabación; `Content-Range` indica su tamaño.",
    conflict: "No se permite en el estado actual del recurso (p. ej., añadir a una reunión que ya terminó).",
    meeting_has_content:
      "La reunión ya tiene una transcripción o una grabación; crea una reunión nueva para otro archivo.",
    not_retryable: "Solo se puede reintentar una reunión cuyo procesamiento falló.",
    nothing_to_process:
      "La reunión no tiene transcripción ni grabación que procesar; vuelve a subir un archivo.",
    direct_upload_unavailable:
      "Este servidor guarda los archivos él mismo: súbelos con `…/files` en lugar de con una URL firmada.",
    payload_too_large: "El cuerpo es más grande de lo que acepta esta ruta.",
    file_too_large: "El archivo supera su límite: 50 MB para transcripciones, 2 GB para grabaciones.",
    unsupported_media_type:
      "El cuerpo no está en el formato que acepta la ruta (las subidas son multipart/form-data).",
    validation: "El cuerpo o la consulta no pasaron la validación; `errors` indica qué campos y por qué.",
    idempotency_mismatch: "Esta Idempotency-Key ya se usó para una petición distinta.",
    no_segments: "No hay transcripción con la que trabajar: añade segmentos o sube un archivo antes.",
    duplicate_seq: "Un número de segmento (seq) aparece dos veces.",
    upload_missing: "No se subió nada con esta clave; envía antes el archivo a la URL de subida.",
    bad_file_name: "El nombre del archivo contiene caracteres de control o separadores de ruta.",
    empty: "El archivo está vacío.",
    not_text:
      "El archivo no es una transcripción (txt, vtt, srt, json) ni una grabación que Minuta pueda leer.",
    document:
      "El archivo es un documento, un archivo comprimido o una imagen (PDF, Word, RTF, ZIP…), según su contenido: envía su texto como txt, vtt o srt.",
    bad_timestamp: "Una marca de tiempo del archivo de transcripción no es válida.",
    invalid_json: "El archivo de transcripción JSON no es JSON válido.",
    invalid_structure: "El archivo JSON no tiene la forma de una transcripción.",
    segment_too_long: "Una línea de la transcripción tiene más de 20.000 caracteres.",
    unreadable_audio: "La grabación está dañada o no tiene audio.",
    unsupported_codec: "La grabación usa un códec que Minuta no puede decodificar.",
    unconfigured: "No hay ningún motor de voz a texto configurado para las grabaciones.",
    provider_error: "El proveedor de voz a texto rechazó la grabación.",
    timeout: "Leer la grabación tardó demasiado.",
    rate_limited: "Demasiadas peticiones; espera los segundos que indica `Retry-After`.",
    internal: "Algo falló en el servidor; menciona el `requestId` si lo comunicas.",
    unavailable: "Falló un proveedor del que depende Minuta; inténtalo más tarde.",
    "service-unavailable":
      "La base de datos se está reiniciando o no responde por un momento; reintenta pasados los segundos que indica `Retry-After`.",
  },
};

export const docsMessages = { en, es };

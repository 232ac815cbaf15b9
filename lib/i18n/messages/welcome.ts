/** The landing page, the first run after sign-up, the 404 and error pages, and page titles. */
export const welcomeMessages = {
  en: {
    landing: {
      title: "Minuta · Meeting notes and answers you can trust",
      headline: "Every meeting, searchable and quotable",
      lead: "Upload a recording or a transcript, or stream live captions. Minuta keeps a speaker-labelled transcript, writes notes and action items, and answers your questions with citations to the exact moment — in Spanish and English.",
      signUp: "Create a free account",
      logIn: "Log in",
      screenshotAlt:
        "A meeting in Minuta: its notes and key points with times, the transcript with speakers, and a chat answer that cites the lines it comes from.",
      features: [
        {
          title: "Transcripts you can search",
          text: "Recordings and transcript files become one searchable history, each line with its speaker and time.",
        },
        {
          title: "Notes and action items",
          text: "A summary, key points, decisions and who does what by when, each linked to the line it came from.",
        },
        {
          title: "Answers with citations",
          text: "Ask across your meetings; every answer links to the moment it was said, and says so when the meetings don't.",
        },
        {
          title: "Yours to run",
          text: "Works offline on your laptop with no setup, or on your own server; connect any OpenAI-compatible model when you want one.",
        },
      ],
      api: "API reference",
    },
    firstRun: {
      title: "New here? Start with a sample meeting",
      text: "Add a short sample meeting to see the transcript, the notes and the chat before you upload your own.",
      add: "Add a sample meeting",
      adding: "Adding…",
      failed: "The sample meeting could not be added. Try again.",
      modelTitle: "Better notes with a model",
      modelText:
        "Notes and answers come from a built-in offline engine. For notes that read better, connect any OpenAI-compatible model: set OPENAI_API_KEY (or OPENAI_BASE_URL and AI_MODEL for Ollama, LM Studio or vLLM) in the server's environment and restart Minuta.",
    },
    notFound: {
      title: "Page not found",
      text: "There is nothing at this address. It may have been deleted, or the link may be mistyped.",
      home: "Go to your meetings",
    },
    error: {
      title: "Something went wrong",
      text: "This page could not be shown. Nothing you saved was lost; try again, and if it keeps happening, reload the page.",
      retry: "Try again",
      home: "Go to your meetings",
    },
    unavailable: {
      title: "Minuta is unavailable for a moment",
      text: "We can't reach our database right now. Nothing you saved was lost. This page tries again by itself in a few seconds.",
      retry: "Try again now",
    },
    titles: {
      meetings: "Meetings",
      meeting: "Meeting",
      chat: "Chat",
      settings: "Settings",
      sentEmails: "Sent emails",
      signUp: "Sign up",
      logIn: "Log in",
      forgotPassword: "Forgot password",
      resetPassword: "Reset password",
      magicLink: "Email sign-in link",
      notFound: "Page not found",
    },
  },
  es: {
    landing: {
      title: "Minuta · Notas de reuniones y respuestas fiables",
      headline: "Cada reunión, fácil de buscar y de citar",
      lead: "Sube una grabación o una transcripción, o envía subtítulos en directo. Minuta guarda una transcripción con cada hablante, escribe notas y tareas, y responde a tus preguntas citando el momento exacto, en español y en inglés.",
      signUp: "Crear una cuenta gratis",
      logIn: "Iniciar sesión",
      screenshotAlt:
        "Una reunión en Minuta: sus notas y puntos clave con la hora, la transcripción con los hablantes y una respuesta del chat que cita las líneas de donde sale.",
      features: [
        {
          title: "Transcripciones en las que buscar",
          text: "Las grabaciones y los archivos de transcripción forman un historial en el que buscar, cada línea con su hablante y su hora.",
        },
        {
          title: "Notas y tareas",
          text: "Un resumen, puntos clave, decisiones y quién hace qué y para cuándo, cada cosa enlazada a la línea de la que sale.",
        },
        {
          title: "Respuestas con citas",
          text: "Pregunta sobre tus reuniones; cada respuesta enlaza al momento en que se dijo, y lo avisa cuando las reuniones no lo dicen.",
        },
        {
          title: "Tuyo",
          text: "Funciona sin conexión en tu portátil sin configurar nada, o en tu propio servidor; conecta cualquier modelo compatible con OpenAI cuando quieras.",
        },
      ],
      api: "Referencia de la API",
    },
    firstRun: {
      title: "¿Eres nuevo? Empieza con una reunión de ejemplo",
      text: "Añade una reunión de ejemplo corta para ver la transcripción, las notas y el chat antes de subir las tuyas.",
      add: "Añadir una reunión de ejemplo",
      adding: "Añadiendo…",
      failed: "No se pudo añadir la reunión de ejemplo. Inténtalo de nuevo.",
      modelTitle: "Mejores notas con un modelo",
      modelText:
        "Las notas y las respuestas salen de un motor integrado que funciona sin conexión. Para notas mejor redactadas, conecta cualquier modelo compatible con OpenAI: define OPENAI_API_KEY (u OPENAI_BASE_URL y AI_MODEL para Ollama, LM Studio o vLLM) en el entorno del servidor y reinicia Minuta.",
    },
    notFound: {
      title: "Página no encontrada",
      text: "No hay nada en esta dirección. Puede que se haya borrado o que el enlace esté mal escrito.",
      home: "Ir a tus reuniones",
    },
    error: {
      title: "Algo ha fallado",
      text: "No se pudo mostrar esta página. No se ha perdido nada de lo que guardaste; inténtalo de nuevo y, si sigue pasando, recarga la página.",
      retry: "Intentar de nuevo",
      home: "Ir a tus reuniones",
    },
    unavailable: {
      title: "Minuta no está disponible por un momento",
      text: "Ahora mismo no podemos conectar con nuestra base de datos. No se ha perdido nada de lo que guardaste. Esta página lo vuelve a intentar sola en unos segundos.",
      retry: "Intentar ahora",
    },
    titles: {
      meetings: "Reuniones",
      meeting: "Reunión",
      chat: "Chat",
      settings: "Ajustes",
      sentEmails: "Correos enviados",
      signUp: "Crear cuenta",
      logIn: "Iniciar sesión",
      forgotPassword: "Contraseña olvidada",
      resetPassword: "Restablecer la contraseña",
      magicLink: "Enlace de acceso por correo",
      notFound: "Página no encontrada",
    },
  },
};

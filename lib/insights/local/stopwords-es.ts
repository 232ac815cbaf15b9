import { fold } from "./fold";

const FUNCTION_WORDS = `a al algo algun alguna algunas alguno algunos ante antes aquel aquella aquellas aquello aquellos
aqui asi aun aunque bajo cada como con contra cual cuales cualquier cuando cuanto de del desde donde dos durante e el
ella ellas ello ellos en entre era erais eramos eran eras eres es esa esas ese eso esos esta estaba estabais estabamos
estaban estabas estad estada estadas estado estados estais estamos estan estar estas este esto estos estoy fue fueron
fui fuimos ha habeis haber habia habian habiamos habias han has hasta hay haya he hemos hube hubo la las le les lo los
mas me mi mia mias mientras mio mios mis mucho muchos muy nada ni no nos nosotras nosotros nuestra nuestras nuestro
nuestros o os otra otras otro otros para pero poco por porque que quien quienes se sea sean ser si sido siempre sin
sino sobre sois somos son soy su sus suya suyas suyo suyos tal tambien tampoco tan tanto te tenemos tener tengo ti
tiene tienen toda todas todo todos tu tus tuya tuyo u un una unas uno unos usted ustedes vosotras vosotros vuestra
vuestro y ya yo`;

// Talk that carries no topic: keywords and summary scoring skip these words too.
const CONVERSATIONAL = `si vale bueno pues entonces claro eh em este osea sea digamos vamos venga oye mira mire bien
vale hola gracias adios perdon perdona cosa cosas algo tema poquito poco bastante verdad creo creemos parece puede
pueden puedo podemos podria podriamos hacer hace hacemos hago hecho decir dice digo dicho ver veo vemos ir voy va van
vamos tener tiene tengo estar esta estamos igual luego ahora hoy manana ayer semana dia dias vez veces momento minuto
minutos segundo parte punto pregunta preguntas idea ideas caso sentido gente persona personas favor senor senora
primero segundo tercero uno dos tres cuatro cinco seis siete ocho nueve diez cien mil ciento tipo forma manera
realmente simplemente basicamente obviamente exactamente quiza quizas tal
encargo encarga encargas encargar encargarse enviar envio envia mandar mando manda revisar reviso llamar llamo
hablar hablamos pasar paso poner pongo quedar queda quedamos acordar acordamos decidir decidimos hacemos saber
sabemos se tenemos tienes dar damos llevar seguimos seguir mirar miramos reunion reuniones importante diferente
ademas todavia despues aqui alli ahi casi solo bien mal mejor peor aun incluso asi mismo misma mismos mismas
cierto cierta pronto tarde temprano mientras segun hacia
once doce quince veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa millon millones medio`;

// When, not what: calendar words and time of day say when something happens, never the topic.
const CALENDAR = `lunes martes miércoles jueves viernes sábado domingo enero febrero marzo abril mayo junio julio
agosto septiembre setiembre octubre noviembre diciembre mes meses año años semanas fecha fechas hora horas noche
noches finde sinceramente francamente honestamente hombre tío alguien nadie`;

export const STOPWORDS_ES: ReadonlySet<string> = new Set(
  `${FUNCTION_WORDS} ${CONVERSATIONAL} ${CALENDAR}`.split(/\s+/).filter(Boolean).map(fold),
);

import { fold } from "./fold";

// The Snowball Spanish stop list in full, then pronouns, adverbs and greetings it lacks.
const SNOWBALL = `de la que el en y a los del se las por un para con no una su al lo como más pero sus le ya o este sí porque esta entre cuando muy sin sobre también me hasta hay donde quien desde todo nos durante todos uno les ni contra otros ese eso ante ellos e esto mí antes algunos qué unos yo otro otras otra él tanto esa estos mucho quienes nada muchos cual poco ella estar estas algunas algo nosotros mi mis tú te ti tu tus ellas nosotras vosotros vosotras os mío mía míos mías tuyo tuya tuyos tuyas suyo suya suyos suyas nuestro nuestra nuestros nuestras vuestro vuestra vuestros vuestras esos esas estoy estás está estamos estáis están esté estés estemos estéis estén estaré estarás estará estaremos estaréis estarán estaría estarías estaríamos estaríais estarían estaba estabas estábamos estabais estaban estuve estuviste estuvo estuvimos estuvisteis estuvieron estuviera estuvieras estuviéramos estuvierais estuvieran estuviese estuvieses estuviésemos estuvieseis estuviesen estando estado estada estados estadas estad he has ha hemos habéis han haya hayas hayamos hayáis hayan habré habrás habrá habremos habréis habrán habría habrías habríamos habríais habrían había habías habíamos habíais habían hube hubiste hubo hubimos hubisteis hubieron hubiera hubieras hubiéramos hubierais hubieran hubiese hubieses hubiésemos hubieseis hubiesen habiendo habido habida habidos habidas soy eres es somos sois son sea seas seamos seáis sean seré serás será seremos seréis serán sería serías seríamos seríais serían era eras éramos erais eran fui fuiste fue fuimos fuisteis fueron fuera fueras fuéramos fuerais fueran fuese fueses fuésemos fueseis fuesen siendo sido tengo tienes tiene tenemos tenéis tienen tenga tengas tengamos tengáis tengan tendré tendrás tendrá tendremos tendréis tendrán tendría tendrías tendríamos tendríais tendrían tenía tenías teníamos teníais tenían tuve tuviste tuvo tuvimos tuvisteis tuvieron tuviera tuvieras tuviéramos tuvierais tuvieran tuviese tuvieses tuviésemos tuvieseis tuviesen teniendo tenido tenida tenidos tenidas tened
aquí allí ahí allá acá cada cuál cuáles cuánto cuánta cuántos cuántas cuyo cuya cuyos cuyas dónde adónde según tras vía mediante salvo excepto demás demasiado demasiada demasiados demasiadas varios varias ambos ambas cualquiera cualesquiera quienquiera mismo nadie ningún ninguno ninguna ningunos ningunas jamás nunca apenas luego pues aún aunque ahora antes después encima debajo delante detrás dentro fuera cerca lejos arriba abajo alrededor quizá quizás sí no tal vez
buenos buenas buen buena bueno malo mala malos malas días tardes noches hola gracias muchas muchos mucha
puedo puedes puede podemos podéis pueden podía podías podíamos podían pude pudo podré podrá podría podrías
podríamos quiero quieres quiere queremos queréis quieren quería querías queríamos voy vas va vamos vais van iba ibas
íbamos iban iré irá hago haces hace hacemos hacéis hacen hice hizo haré hará digo dices dice decimos dicen dije dijo
sé sabes sabe sabemos saben creo crees cree creemos creen perfecto perfecta genial vale claro exacto exactamente dale
venga oye mira mire oiga vaya
usted ustedes vos conmigo contigo consigo ésta éste ésa ése aquél aquélla`;

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
  `${SNOWBALL} ${FUNCTION_WORDS} ${CONVERSATIONAL} ${CALENDAR}`.split(/\s+/).filter(Boolean).map(fold),
);

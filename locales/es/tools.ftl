# Las herramientas para quien enseña y para quien aprende. Ver locales/en/tools.ftl.

## El planificador de sesiones (/workshop/)

builder-heading = Planifica un taller
builder-title = Planifica un taller · { -brand }
builder-lede = Elige las lecciones, ordénalas y di cuánto tiempo tienes. Los enlaces del final llevan el plan: el modo presentación, la vista de orador y el folleto lo siguen.
builder-budget = Tiempo disponible, en minutos{" "}
builder-session-heading = Esta sesión
builder-session-label = Lecciones de esta sesión
builder-more-heading = Más lecciones
builder-links-heading = Tus enlaces
builder-links-none = Elige al menos una lección para tener los enlaces.
builder-link-present = Modo presentación
builder-link-present-note = {" "}— proyecta esta ventana.
builder-link-speaker-note = {" "}— en tu propia pantalla; desde ella controlas el modo presentación.
builder-link-handout = Folleto
builder-link-handout-note = {" "}— una página impresa por lección, con las respuestas al final.
builder-copy = Copiar el enlace a este plan
builder-copied = {" "}Copiado.
builder-row-time = unos { $minutes } min
builder-row-planned = {" "}· previstos { $minutes } min
builder-row-short = {" "}(recortada)
builder-move-earlier = Adelantar { $lesson }
builder-move-later = Retrasar { $lesson }
builder-remove-label = Quitar { $lesson }
builder-remove = Quitar
builder-add-label = Añadir { $lesson }
builder-add = + Añadir
builder-summary-empty = Aún no has elegido ninguna lección: añade alguna más abajo.
builder-lessons = { $count ->
    [0] Ninguna lección
    [1] Una lección
    [2] Dos lecciones
    [3] Tres lecciones
    [4] Cuatro lecciones
    [5] Cinco lecciones
    [6] Seis lecciones
    [7] Siete lecciones
    [8] Ocho lecciones
    [9] Nueve lecciones
    [10] Diez lecciones
    [11] Once lecciones
    [12] Doce lecciones
   *[other] { $count } lecciones
}
builder-summary-open = { $lessons }, unos { $total } según lo que estima cada una. Indica el tiempo disponible para repartirlo.
builder-summary-over = { $lessons }: unos { $total } según lo que estima cada una, { $over } más de los { $budget } que tienes, así que todas reciben menos de lo estimado. Quita una lección o amplía el tiempo.
builder-summary-fits = { $lessons }, unos { $total } según lo que estima cada una, repartidos en { $budget }.

## El modo presentación y la vista de orador

deck-session-position = Lección { $number } de { $count } de esta sesión
deck-toolbar = Presentación
deck-back = ← Atrás
deck-next = Siguiente →
deck-notes = Notas
deck-speaker-view = Vista de orador

present-title = Presentando { $number }. { $title } · { -brand }
present-missing-title = No existe esa lección para presentarla
present-keys = → siguiente · ← atrás · Espacio reproducir/pausa · R empezar de nuevo · F pantalla completa · N notas
present-next-lesson = Siguiente lección →
present-full-screen = Pantalla completa
present-leave = Salir del modo presentación

speaker-title = Vista de orador: { $number }. { $title } · { -brand }
speaker-heading = Vista de orador: { $number }. { $title }
speaker-missing-title = No existe esa lección
speaker-missing-text = La vista de orador acompaña a una lección, y esta dirección no corresponde a ninguna.
speaker-in-short = En pocas palabras
speaker-sim = La simulación.
speaker-sim-text = {" "}Ejecútala a la manera twelve-factor y luego rómpela.
speaker-prediction = Predicción:{" "}
speaker-challenge = Reto:{" "}
speaker-option = Opción { $n }:{" "}
speaker-hints = Pistas, en orden:
speaker-solution = Solución:
speaker-planned = Previsto: del minuto { $from } al { $to }
speaker-planned-budget = Previsto: del minuto { $from } al { $to } de { $budget }
speaker-behind = { $time } de retraso
speaker-ahead = { $time } de adelanto
speaker-on-time = A tiempo
speaker-lesson-minutes = Esta lección dura unos { $minutes } minutos
speaker-next-lesson = Siguiente lección:{" "}
speaker-end = Fin de la lección.
speaker-asks-nothing = Esta pantalla no pregunta nada.
speaker-elapsed = Tiempo transcurrido
speaker-restart-clock = Reiniciar el reloj
speaker-linked = ✓ La ventana proyectada te sigue.
speaker-unlinked = Todavía no ha respondido ninguna ventana en modo presentación.
speaker-open-present = Abrir el modo presentación
speaker-now-label = En pantalla ahora
speaker-now = Ahora
speaker-next-label = Pantalla siguiente
speaker-next = Después
speaker-answer = Respuesta
speaker-no-notes = Esta lección no tiene notas.

## El folleto para imprimir

handout-title = Folleto para imprimir · { -brand }
handout-lessons = { $count ->
    [0] ninguna lección
    [1] una lección
    [2] dos lecciones
    [3] tres lecciones
    [4] cuatro lecciones
    [5] cinco lecciones
    [6] seis lecciones
    [7] siete lecciones
    [8] ocho lecciones
    [9] nueve lecciones
    [10] diez lecciones
    [11] once lecciones
    [12] doce lecciones
   *[other] { $count } lecciones
}
handout-session = Este folleto sigue tu sesión: { $lessons }.
handout-session-timed = Este folleto sigue tu sesión: { $lessons } en { $time }.
handout-all = Este folleto trae las { $lessons }.
handout-print = 🖨 Imprimir o guardar como PDF
handout-with-notes = {" "}Añadir las notas para quien facilita a las respuestas
handout-choose = Elegir las lecciones
handout-loopback = Los enlaces y los códigos QR apuntan a { $host }, que solo puede abrir este ordenador. Para un aula, arranca el servidor del taller con HOST=0.0.0.0 y abre esta página en la dirección que te muestre.
handout-load-failed = El folleto no ha podido cargar todas las lecciones ({ $why }). Comprueba la conexión y vuelve a cargar la página.
handout-loading = Cargando las lecciones…
handout-heading = La Twelve-Factor App: un folleto
handout-lede = De { -brand }, donde aprendes cada factor rompiendo un despliegue simulado y viendo por qué falla.
handout-contents = En este folleto
handout-how-heading = Cómo usarlo
handout-how = Cada lección tiene su página: la idea, el dibujo de la simulación con el factor roto, una pregunta para predecir antes de ejecutarla y un reto. Escanea el código o abre el enlace para probar la simulación. Las respuestas están al final: piensa primero y luego mira.
handout-key = Respuestas
handout-qr = Código QR de { $link }
handout-predict = Predice
handout-challenge = Reto
handout-figure = Con el factor incumplido
handout-try = Pruébalo:{" "}
handout-key-predict = Predice:{" "}
handout-key-answer = Respuesta: opción { $n }.
handout-key-solution = Reto, una solución:

## La página de progreso (/progress/)

progress-page-title = Tu progreso · { -brand }
progress-page-heading = Tu progreso
progress-page-lede = { $done } de { $total } lecciones completadas. El progreso se guarda solo en este navegador.
progress-page-imported = Importado. Lecciones completadas: { $before } antes, { $after } ahora (el progreso importado se suma al que había; no se borra nada).
progress-page-import-failed = No se ha podido importar ese código: { $why }. No se ha cambiado nada.
progress-page-saved = Guardado como { $file }. Ábrelo en el otro dispositivo y pega su contenido aquí abajo.
progress-page-copied = Código de progreso copiado.
progress-page-copy-failed = Selecciona el código y cópialo; este navegador no ha dejado copiarlo automáticamente.
progress-page-reset-done = Se ha borrado todo el progreso de este dispositivo.
progress-page-export-heading = Llévatelo a otro dispositivo
progress-page-code = Tu código de progreso
progress-page-copy = Copiar el código
progress-page-save = Guardarlo en un fichero
progress-page-import-heading = Tráelo aquí
progress-page-paste = Pega un código de progreso (o el contenido de un fichero guardado)
progress-page-import = Importar
progress-page-reset-heading = Empezar de cero
progress-page-confirm = ¿Borrar todo el progreso de este dispositivo? No se puede deshacer (si crees que querrás recuperarlo, copia antes tu código de arriba).
progress-page-erase = Borrar mi progreso
progress-page-keep = Conservarlo
progress-page-reset = Borrar todo el progreso…
progress-page-aside-heading = Datos ilegibles apartados
progress-page-aside = No se pudieron leer unos datos guardados antes, así que se han apartado aquí en lugar de tirarlos:
progress-decode-too-large = es demasiado grande para ser nuestro
progress-decode-malformed = no tiene ningún formato que escriba esta app
progress-decode-version = se escribió con la versión { $found } del formato, y esta app lee la versión { $reads }

## Contenido insertado (/embed/<lección>/)

embed-title = { $title } · { -brand } (insertado)
embed-no-lesson = Este contenido insertado no corresponde a ninguna lección del curso.
embed-open = Abrir { -brand }
embed-reading = Esta lección es para leer: no tiene ninguna simulación que ejecutar aquí.{" "}
embed-read-link = Léela en { -brand }
embed-load = ▶ Cargar la simulación interactiva
embed-full-lesson = Lección completa ↗

## El título de la página no encontrada

not-found-page-title = Página no encontrada · { -brand }

## Enlaces compartidos: lo que se ha ignorado

share-too-long = Este enlace es demasiado largo para ser uno de los nuestros, así que se han ignorado sus ajustes.
share-bad-seed = Se ha ignorado la semilla “{ $value }”: no es un número entero.
share-bad-way = Se ha ignorado el modo “{ $value }”: tiene que ser twelve-factor o violating.
share-bad-switches = Se han ignorado los interruptores “{ $value }”: tienen que ser tres dígitos hexadecimales.
share-time-too-late = Se ha ignorado el tiempo “{ $value }”: un enlace llega como mucho a { $minutes } minutos simulados.
share-bad-time = Se ha ignorado el tiempo “{ $value }”: no es un número entero.
share-too-many-events = Se han ignorado los eventos a partir de “{ $value }”: un enlace admite como mucho { $max } eventos.
share-bad-event = Se ha ignorado el evento “{ $value }”: no es un evento conocido en un momento válido.
share-unknown-setting = Se ha ignorado el ajuste “{ $value }”: esta página no lo usa.

## El panel de error

crash-title = Lo sentimos, el playground ha dejado de funcionar
crash-text = Algo ha fallado dentro de la app. Tu progreso guardado está a salvo. Si vuelves a cargar esta lección, empezará de cero.
crash-reset = Empezar esta lección de nuevo
crash-report = Para avisar del fallo, copia los detalles de abajo y envíaselos a quien mantenga este sitio, junto con lo que hiciste justo antes.
crash-details = Detalles del error

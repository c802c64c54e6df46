# Las partes interactivas de una lección. Ver locales/en/lesson.ftl.

facilitator-notes = Notas para quien facilita
sidebar-kicker = Desde entonces:{" "}
outcome-note = {" "}(se abre cuando hayas ejecutado la simulación incumpliendo el factor; ábrela ya si quieres)

predict-heading = Primero, predice
predict-mark = {" "}✓ la respuesta
predict-hint = Elige una respuesta y ejecuta la simulación de abajo; la respuesta aparece cuando la hayas ejecutado incumpliendo el factor.{" "}
predict-show = Enséñame la respuesta sin más
predict-right = Acertaste.{" "}
predict-wrong = No es lo que predijiste.{" "}
predict-why = La respuesta está marcada arriba; lee por qué
predict-noscript = La respuesta, sin la simulación

challenge-heading = Tu reto
challenge-note = Se comprueba en vivo con la simulación de arriba, sobre la ejecución actual (cambiar el interruptor o empezar de nuevo inicia otra). El objetivo se cumple cuando todas las condiciones se han mantenido durante { $seconds } segundos simulados.
challenge-met = ✓ Reto superado en esta ejecución: lección completada. ¡Bien hecho!
challenge-holding = { $seconds ->
    [one] Todas las condiciones se cumplen: mantenlas así { $seconds } segundo simulado más.
   *[other] Todas las condiciones se cumplen: mantenlas así { $seconds } segundos simulados más.
}
challenge-met-before = ✓ Ya superaste este reto. Vuelve a intentarlo cuando quieras.
challenge-not-met = Aún no se cumple.
condition-holds = {" "}(se cumple)
condition-not-yet = {" "}(aún no)

hints-label = Pistas
hint-number = Pista { $n } de { $total }
hint-first = Mostrar una pista (1 de { $total })
hint-next = Mostrar la siguiente pista ({ $n } de { $total })

solution-show = Mostrar la solución
solution-replay = ▶ Reproducir la solución en la simulación

sim-heading = Simulación: { $factor }
sim-compliant = A la manera twelve-factor:{" "}
sim-violating = Incumpliendo el factor:{" "}
sim-starting = Iniciando la simulación…
sim-noscript = La simulación se ejecuta en tu navegador y necesita JavaScript y WebAssembly; el resto de esta página se lee sin ellos.
sim-failed = No se pudo iniciar la simulación: { $why }.

lesson-load-failed = No se pudo cargar esta lección: { $why }.
lesson-retry = Reintentar
lesson-shared-run = Esta es una ejecución compartida, reconstruida tal como estaba en t = { $seconds } s. Pulsa Reproducir para continuarla o Empezar de nuevo para partir de cero.

progress-unreadable = No se pudo leer tu progreso guardado ({ $why }), así que el playground empezó de cero. Los datos antiguos se guardan en el almacenamiento de este navegador con la clave “{ $key }”.
progress-unsaved = No se pudo guardar tu progreso: el almacenamiento de este navegador está lleno o desactivado.

load-offline = no se pudo contactar con el sitio; revisa la conexión y vuelve a intentarlo
load-status = el servidor respondió { $status } para { $url }
load-damaged = el fichero de la lección está dañado ({ $why })

session-bad-budget = El tiempo disponible “{ $value }” no es un número de minutos entre 1 y { $max }, así que la sesión va sin límite de tiempo.
session-unknown = { $more ->
    [0] El enlace de la sesión incluye lecciones que este sitio no tiene ({ $names }); se han dejado fuera.
   *[other] El enlace de la sesión incluye lecciones que este sitio no tiene ({ $names } y { $more } más); se han dejado fuera.
}
session-none = El enlace de la sesión no incluye ninguna lección de este sitio, así que no hay sesión.

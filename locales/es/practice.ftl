# Las páginas de práctica: el sandbox del caos, las misiones y los simulacros de incidencias.
# Ver locales/en/practice.ftl.

## Comunes a las páginas de práctica

practice-switch-compliant = ✓ a la manera twelve-factor
practice-switch-violated = ✕ incumplido
practice-time = t = { $seconds } s

## El sandbox del caos

sandbox-kicker = Después de las doce lecciones
sandbox-title = Sandbox del caos
sandbox-lede = Una app con los doce interruptores. Empieza como una típica app heredada con cinco atajos. Lánzale problemas, mira qué se rompe y arréglala factor a factor hasta que lo aguante todo.
sandbox-starting = Iniciando el sandbox…
sandbox-noscript = El sandbox se ejecuta en tu navegador y necesita JavaScript y WebAssembly; esta introducción se lee sin ellos.
sandbox-trouble-intro = Los problemas que puedes lanzarle:{" "}
sandbox-sim-title = La app y su plataforma
sandbox-presets = Puntos de partida
sandbox-preset-good = Todo bien
sandbox-preset-legacy = App heredada
sandbox-preset-random = Al azar
sandbox-switches = Doce interruptores (marcado: a la manera twelve-factor). Al cambiar uno empieza una ejecución nueva.
sandbox-trouble = Problemas
sandbox-monkey-start = 🐒 Soltar al mono del caos
sandbox-monkey-stop = 🐒 Parar al mono del caos
sandbox-deployment = El despliegue del sandbox: usuarios, router, instancias web y worker, servicios de respaldo, staging y portátiles; lo mismo en palabras en la tabla de abajo.

sandbox-scorecard = Marcador
sandbox-scorecard-table = Tabla del marcador
sandbox-score-none = Todavía no hay problemas. Pulsa un botón de evento o suelta al mono del caos.
sandbox-score-survived = { $events ->
    [one] Por ahora la app ha aguantado el único evento.
   *[other] Por ahora la app ha aguantado los { $events } eventos.
}
sandbox-score-broke = Eventos que han roto algo por ahora: { $breaking } de { $events }. Factores rotos: { $factors }.
sandbox-col-factor = Factor
sandbox-col-run = En esta ejecución
sandbox-col-survived = Eventos aguantados
sandbox-col-broken-by = Roto por
sandbox-way-compliant = ✓ twelve-factor
sandbox-events-survived = { $survived } de { $events }
sandbox-broke-nothing = nada

sandbox-timeline = Cronología de incidencias
sandbox-timeline-label = Eventos y fallos, los más recientes primero
sandbox-timeline-you = Tú:
sandbox-timeline-failure = ✕ tras “{ $event }”: { $reason }, { $count }×
sandbox-timeline-failure-factor = ✕ tras “{ $event }”: { $reason } ({ $factor }), { $count }×

## Misiones

mission-list-kicker = Después de las lecciones
mission-list-title = Misiones
mission-list-lede = Cada misión es una app con atajos y un pronóstico de lo que producción le va a lanzar. Solo puedes arreglar unos pocos interruptores antes de que empiece la ejecución: elige los que el pronóstico pondrá a prueba. El mismo plan da siempre la misma ejecución.
mission-meta = { $violated ->
    [one] { $violated } incumplido
   *[other] { $violated } incumplidos
} · { $budget ->
    [one] { $budget } cambio permitido
   *[other] { $budget } cambios permitidos
}
mission-stars-label = tu mejor resultado: { $stars } de 3 estrellas
mission-plan-heading = Tu plan
mission-goal = Objetivo:{" "}
mission-forecast = Pronóstico:{" "}
mission-forecast-line = a los { $seconds } s: { $event }
mission-starting = Iniciando la misión…
mission-noscript = La misión se ejecuta en tu navegador y necesita JavaScript y WebAssembly; esta introducción se lee sin ellos.
mission-missing = esta versión de la app no tiene esa misión; recarga la página
mission-plan-unknown-factor = El plan de este enlace nombra un factor que no existe, así que la misión empieza sin cambios.
mission-plan-refused = El plan de este enlace no se puede jugar ({ $why }), así que la misión empieza sin cambios.
mission-switches = Interruptores (marcado: a la manera twelve-factor). Cambios: { $changes } de { $budget }.
mission-switch-locked = 🔒 bloqueado: incumplido
mission-run-title = La ejecución
mission-start = Empezar la ejecución
mission-start-again = Volver a empezar
mission-rewind = Volver al último evento
mission-clock = Duración: { $length } s · t = { $seconds } s
mission-deployment = El despliegue de la misión: usuarios, router, instancias web y worker, servicios de respaldo; lo mismo en palabras en la tabla de abajo.
mission-restart = Repetir el intento

mission-complete = {" "}Misión cumplida: { $stars } de 3 estrellas.
mission-won-detail = { $changes ->
    [one] { $changes } cambio
   *[other] { $changes } cambios
} (el plan de referencia necesita { $reference }), { $failed ->
    [one] { $failed } petición fallida
   *[other] { $failed } peticiones fallidas
} (el plan de referencia: { $reference_failed }).
mission-link = Enlace a este intento
mission-all = Todas las misiones
mission-not-this-time = ✕ Esta vez no.{" "}
mission-broke-at = Se rompió en t = { $seconds } s: { $reason }.
mission-lost-items = { $lost ->
    [one] Se perdió { $lost } carrito, tarea o línea de log.
   *[other] Se perdieron { $lost } carritos, tareas o líneas de log.
}
mission-failed-other = Algo falló por un motivo que un factor habría evitado; mira el log.
mission-which-factor = ¿Qué factor? Lo explica la lección { $link }.
mission-try-again = Cambia el plan y vuelve a intentarlo; el pronóstico será el mismo.

## Simulacros de incidencias

drill-kicker = Practica estar de guardia
drill-title = Simulacros de incidencias
drill-lede = Algo va mal en un despliegue: se incumplen uno, dos o tres de los doce factores, y los interruptores están ocultos. Mira el dibujo, los contadores y el log; lanza unas cuantas pruebas: cada una repite la incidencia sobre una copia, desde el momento en que llegaste, y le lanza un evento. Después, nombra los factores.
drill-opening = Abriendo una incidencia…
drill-starting = Iniciando el simulacro…
drill-noscript = El simulacro se ejecuta en tu navegador y necesita JavaScript y WebAssembly; esta introducción se lee sin ellos.
drill-sim-label = La incidencia
drill-bad-level = El nivel de este enlace ({ $level }) no es 1, 2 ni 3, así que este simulacro es de nivel 1.
drill-bad-seed = El número de incidencia de este enlace no es un número, así que esta es una incidencia nueva.
drill-brief = En esta incidencia { $count ->
    [1] se incumple uno de los doce factores
    [2] se incumplen dos de los doce factores
    [3] se incumplen tres de los doce factores
   *[other] se incumplen { $count } de los doce factores
}, y puedes lanzar { $probes ->
    [one] una prueba
   *[other] { $probes } pruebas
}. Después, nombra { $count ->
    [one] el factor
   *[other] los factores
}.
drill-record-none = Todavía no has respondido ningún simulacro.
drill-record = { $right } de { $answered } simulacros acertados · racha de { $streak } (mejor: { $best })
drill-levels-label = Niveles de simulacro
drill-level = Nivel { $level }: { $level ->
    [1] un factor oculto
    [2] dos factores ocultos
    [3] tres factores ocultos
   *[other] { $level } factores ocultos
}
drill-sim-title = Incidencia { $seed } (nivel { $level })
drill-viewing-incident = Estás viendo la incidencia tal como la encontraste.
drill-viewing-probe = Estás viendo una copia de la incidencia tras “{ $probe }”.
drill-probes-label = Pruebas
drill-probe-run = {" "}(hecha)
drill-probes-left = Pruebas que te quedan: { $left } de { $max }
drill-back = Volver a la incidencia
drill-deployment = El despliegue con problemas: usuarios, router, instancias web y worker, servicios de respaldo; lo mismo en palabras en la tabla de abajo.
drill-diagnosis = Tu diagnóstico
drill-which = { $count ->
    [one] ¿Qué factor se incumple? Nombra { $count }.
   *[other] ¿Qué factores se incumplen? Nombra { $count }.
}
drill-submit = Enviar el diagnóstico
drill-name-exactly = Nombra exactamente { $count ->
    [one] { $count } factor
   *[other] { $count } factores
} (llevas { $named }).
drill-next = Siguiente incidencia

drill-right = ✓ Correcto.
drill-wrong = ✕ No del todo.
drill-violated = { $count ->
    [one] El factor incumplido era: { $factors }.
   *[other] Los factores incumplidos eran: { $factors }.
}
drill-named-right = ✓ Lo nombraste, y acertaste.
drill-missed = ✕ Se te escapó.
drill-named-wrong = ✕ Aquí se cumplía: nada apuntaba a él.
drill-no-evidence = {" "}Ninguna de las vistas que abriste mostraba su síntoma; otra prueba lo habría mostrado.
drill-evidence = {" "}Lo que apuntaba a él: { $evidence }.
drill-evidence-incident = “{ $reason }” en la propia incidencia
drill-evidence-probe = “{ $reason }” tras “{ $probe }”

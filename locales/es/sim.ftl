# El panel de la simulación. Ver locales/en/sim.ftl.

sim-how-built = Cómo está hecha la app
sim-picture-label = El despliegue de { $factor }: usuarios, router, instancias y servicios de respaldo; lo mismo en palabras en la tabla de abajo.
sim-playback = Reproducción
sim-play = ▶ Reproducir
sim-pause = ❚❚ Pausa
sim-step = Avanzar ¼ s
sim-step-title = Pausar y avanzar un cuarto de segundo simulado
sim-next-event = Siguiente evento
sim-next-event-title = Pausar y avanzar hasta que pase algo distinto del tráfico normal
sim-reset = ↺ Empezar de nuevo
sim-events = Eventos
sim-speed = Velocidad
sim-why-label = Por qué se rompió
sim-reasons-label = Por qué fallaron partes del dibujo
sim-log-title = Flujo de logs
sim-log-show = Mostrar
sim-log-lines-label = Líneas de log, las más recientes primero
sim-log-every-source = todas las fuentes
sim-table-summary = El despliegue en forma de tabla
sim-table-part = Parte
sim-table-status = Estado
sim-table-doing = Qué hace
sim-table-problem = Problema

status-healthy = sano
status-degraded = degradado
status-broken = roto
status-running = en marcha
status-paused-off-screen = en pausa mientras no se ve
status-paused-start = en pausa: pulsa un evento o Reproducir
status-paused = en pausa
announce-healthy = Estado: sano.
announce-degraded = Estado: degradado; algunas peticiones fallan o van lentas.
announce-broken = Estado: roto.

incident-none = Ninguna incidencia en esta ejecución.
incident-broken = Roto: { $what }
incident-at = en t = { $seconds } s
incident-blind = {" "}· ¿Qué factor? Eso te toca averiguarlo a ti.
incident-factor = {" "}· Factor incumplido: { $factor } · { $link }
incident-how-to-fix = Cómo arreglarlo
incident-no-factor = {" "}· No hay ningún factor al que culpar: esto le puede pasar a cualquier app.
why-symptoms = Síntomas vistos:
why-no-failures = Aún no se ha visto ningún fallo.
why-waiting = Cuando algo se rompa, aquí aparecerá por qué.
why-label = Por qué:
why-also = También visto en esta ejecución: { $reasons }

counter-served = Servidas
counter-failed = Fallidas
counter-dropped = Descartadas
counter-in-flight = En curso
counter-latency = Latencia p50 / p95
counter-latency-value = { $p50 } / { $p95 } ms
counter-carts-lost = Carritos perdidos
counter-jobs-twice = Tareas ejecutadas dos veces
counter-logs-lost = Líneas de log perdidas

node-users = usuarios
node-router = router
node-database = base de datos
node-session-store = almacén de sesiones
node-job-queue = cola de tareas
node-log-sink = destino de logs
node-staging = staging
node-laptops = portátiles
phase-waiting-for-port = esperando a $PORT
phase-booting = arrancando
phase-running = en marcha
phase-failed = fallida
phase-draining = vaciándose
phase-crashed = caída
phase-gone = desaparecida
detail-carts-lost = { $count ->
    [one] { $count } carrito perdido
   *[other] { $count } carritos perdidos
}
detail-shopping = comprando
detail-in-flight = { $count } en curso
detail-no-commit = {" "}· sin commit
detail-edited = {" "}· editada
detail-old-server = {" "}· servidor antiguo
detail-fresh-host = {" "}· host nuevo
detail-threads = {" "}· { $busy }/8 hilos
detail-disk = {" "}· disco { $percent }%
detail-db-down = db-{ $db } CAÍDA
detail-db-standby = {" "}· db-{ $db } lista
detail-unused-carts = sin uso: carritos en memoria
detail-holds-carts = guarda todos los carritos
detail-jobs-waiting = { $count ->
    [one] { $count } tarea en espera
   *[other] { $count } tareas en espera
}
detail-sink-nothing = { $count ->
    [one] no recibe nada · { $count } perdida
   *[other] no recibe nada · { $count } perdidas
}
detail-sink-lines = { $count ->
    [one] { $count } línea
   *[other] { $count } líneas
}
detail-not-deployed = aún sin desplegar
detail-wrote-prod = { $count ->
    [one] escribió { $count } pedido en PROD
   *[other] escribió { $count } pedidos en PROD
}
detail-wrote-own = { $count ->
    [one] { $count } pedido en su propia db
   *[other] { $count } pedidos en su propia db
}
detail-no-laptops = ninguno configurado aún
detail-photos-fail = las fotos fallan
detail-test-failed = test fallido: corrigiendo
detail-runs-sqlite = funciona · SQLite
detail-runs-postgres = funciona · postgres

share-copy = Copiar el enlace a esta ejecución
share-made = Enlace creado. Copiándolo…
share-copied = Enlace copiado. Quien lo abra verá exactamente esta ejecución.
share-copy-by-hand = Copia el enlace de abajo; este navegador no permitió copiarlo automáticamente.
share-link-label = Enlace a esta ejecución
share-embed = </> Insertar
share-embed-help = Pega esto en una entrada de blog o una página. El script es opcional: ajusta el marco a su contenido.
share-embed-title = { -brand }: { $number }. { $title }

section-fix-id = cómo-arreglarlo

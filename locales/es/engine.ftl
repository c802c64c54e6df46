# Las palabras de la simulación. Ver locales/en/engine.ftl.

factor-codebase = Código base
factor-dependencies = Dependencias
factor-config = Configuración
factor-backing-services = Servicios de respaldo
factor-build-release-run = Build, release, run
factor-processes = Procesos
factor-port-binding = Asignación de puertos
factor-concurrency = Concurrencia
factor-disposability = Desechabilidad
factor-dev-prod-parity = Paridad entre desarrollo y producción
factor-logs = Logs
factor-admin-processes = Procesos de administración

# Por qué fallan las cosas (crates/engine/src/diagnosis.rs): el titular corto de cada motivo,
# para un distintivo o una línea de log, y una frase que lo explica.
reason-hotfix-lost = Vuelve el bug: el arreglo no estaba en ningún commit
reason-hotfix-lost-why = El arreglo se escribió a mano en los ficheros de los servidores de producción y nunca llegó a un commit, así que un despliegue construido desde el repositorio ejecutó código sin él y el bug volvió.
reason-missing-binary = Falló la subida de la foto: no se encuentra `convert`
reason-missing-binary-why = Las subidas de fotos llaman al `convert` de ImageMagick, que alguien instaló a mano en los servidores antiguos; como nada lo declaraba, en los servidores nuevos esas peticiones fallan mientras las compras siguen funcionando.
reason-wrote-to-prod-database = Staging escribió en la base de datos de producción
reason-wrote-to-prod-database-why = La URL de la base de datos de producción está escrita en el código, así que el despliegue de staging, que ejecuta ese mismo código, mandó sus pedidos de prueba a producción.
reason-credential-rejected = Acceso rechazado: la contraseña nueva necesita un cambio de código
reason-credential-rejected-why = La contraseña está escrita en el código, así que, en cuanto se revocó la antigua, la base de datos rechazó cada conexión nueva hasta que alguien cambió el código, hizo el build y lo desplegó; las conexiones que ya estaban abiertas siguieron funcionando hasta que se reciclaron.
reason-database-unreachable = Réplica lista, pero su dirección está en el código
reason-database-unreachable-why = La réplica en espera estaba lista, pero la dirección de la base de datos está escrita en el código, así que llegar a ella exige un cambio de código, un build y un despliegue mientras las compras fallan.
reason-no-release-to-roll-back = El código defectuoso sigue en producción: no hay release a la que volver
reason-no-release-to-roll-back-why = El cambio se copió directamente en los servidores en marcha y sobrescribió el código antiguo, así que no hay ninguna release a la que volver y el código defectuoso sigue en producción hasta que alguien vuelva a escribir el antiguo a mano.
reason-cart-lost = Carritos de compra perdidos
reason-cart-lost-why = Los carritos vivían en la memoria de un solo proceso web, y cuando ese proceso desapareció se llevó con él todos los carritos que guardaba.
reason-port-not-bound = Nada escucha en $PORT
reason-port-not-bound-why = La app esperaba que un servidor web instalado a su alrededor escuchara por ella, pero la plataforma no pone ninguno y solo envía tráfico al puerto al que se enlaza la propia app, así que nada escucha en $PORT y se agota el tiempo de arranque.
reason-web-starved-by-jobs = Las tareas en segundo plano dejan sin hilos a las peticiones web
reason-web-starved-by-jobs-why = Las peticiones web y las tareas en segundo plano comparten un mismo tipo de proceso y sus hilos; un aluvión de tareas ocupó todos los hilos y las peticiones se quedaron sin tiempo esperando uno libre.
reason-killed-in-flight = Matado con peticiones en curso
reason-killed-in-flight-why = El proceso ignoró el SIGTERM, así que la plataforma lo mató al acabar el periodo de gracia y cortó las peticiones que estaba atendiendo.
reason-job-ran-twice = Tarea ejecutada dos veces tras matar el proceso
reason-job-ran-twice-why = El worker ignoró el SIGTERM y lo mataron con sus tareas a medias; la cola las volvió a repartir, así que sus efectos secundarios (un email, un cobro) ocurrieron dos veces.
reason-slow-start = Ninguna instancia lista: arranque lento
reason-slow-start-why = Las instancias que sustituyen a las antiguas tardan tanto en arrancar que, durante el reinicio, no hay ninguna lista para atender peticiones.
reason-prod-only-query-error = La consulta falla en Postgres en producción
reason-prod-only-query-error-why = La consulta funcionaba con el SQLite del portátil, pero producción usa Postgres, que la rechaza, y la diferencia no se vio hasta llegar a producción.
reason-disk-full = Disco lleno de ficheros de log
reason-disk-full-why = Cada instancia escribe sus logs en ficheros de su propio disco; el disco se llenó, las escrituras empezaron a fallar y la instancia se cayó.
reason-logs-lost = Logs perdidos con la instancia
reason-logs-lost-why = Los logs eran ficheros de una instancia que la plataforma desechó, así que el rastro de lo que había salido mal se fue con ella.
reason-schema-mismatch = Esquema incorrecto: la columna no existe
reason-schema-mismatch-why = La migración se ejecutó desde un portátil, con una copia local antigua y su propia configuración, y renombró la columna en un solo paso, así que la release en marcha perdió una columna que lee y sus consultas fallan.
reason-overloaded = Sobrecarga
reason-overloaded-why = Llegaron más peticiones de las que las instancias en marcha podían atender a tiempo.
reason-instance-crashed = Instancia caída
reason-instance-crashed-why = Una instancia se cayó y se llevó con ella las peticiones que tenía entre manos, y la plataforma arranca otra nueva.
reason-no-instances = No hay instancias en marcha
reason-no-instances-why = No había ninguna instancia en marcha que pudiera atender la petición.
reason-bad-release = Error en el código nuevo
reason-bad-release-why = El código nuevo tiene un bug en el proceso de compra, pero arranca y responde a su comprobación de salud, así que ninguna comprobación de disponibilidad puede detectarlo.
reason-database-down = Base de datos caída
reason-database-down-why = El host de la base de datos se ha caído y, hasta que se conecte una réplica en espera, las consultas fallan.
reason-column-dropped = Columna borrada mientras el código aún la lee
reason-column-dropped-why = El paso de contracción borró la columna antigua mientras la release en marcha todavía la lee; solo hay que contraer cuando ya ningún código en marcha la necesite (un rollback a ese código fallaría igual).
reason-login-refused = Acceso a la base de datos rechazado: contraseña revocada
reason-login-refused-why = La contraseña antigua se revocó antes de que la app tuviera la nueva, así que la base de datos rechazó las conexiones nuevas hasta que se cambió la variable de configuración y se reiniciaron las instancias; añadir primero la contraseña nueva, hacer después un reinicio escalonado y revocar al final evita incluso eso.

# El flujo de logs (crates/engine/src/log.rs): lo que dice cada línea. Los nombres de instancia
# (web.2, worker.1), los comandos, las rutas y los códigos de estado son del propio sistema y no cambian.
log-served = GET /checkout 200 en { $ms } ms
log-served-photo = POST /photos 200 en { $ms } ms
log-failed = GET /checkout 500 en { $ms } ms: { $why }
log-failed-photo = POST /photos 500 en { $ms } ms: { $why }
log-dropped = petición descartada: { $why }
log-booting = arrancando la release v{ $release }
log-listening = escuchando en $PORT ({ $port }); comprobación de disponibilidad superada
log-draining = SIGTERM recibido: terminando el trabajo en curso, sin aceptar más
log-sigterm-ignored = SIGTERM ignorado; sigue trabajando
log-stopped = { $served ->
    [0] parado limpiamente
    [one] parado limpiamente ({ $served } petición servida en toda su vida)
   *[other] parado limpiamente ({ $served } peticiones servidas en toda su vida)
}
log-killed = { $name } matado con SIGKILL tras el periodo de gracia
log-boot-timed-out = { $name } falló: tiempo de arranque agotado, nada escucha en $PORT
log-crashed = { $name } se ha caído: { $why }
log-release-built = release v{ $release } construida desde el commit { $commit }
log-config-release = configuración cambiada: release v{ $release } (mismo build, configuración nueva)
log-rolled-back = rollback: la release v{ $release } vuelve a ejecutar el build y la configuración de v{ $from }
log-deploying = { $count ->
    [one] desplegando la release v{ $release } en { $count } instancia
   *[other] desplegando la release v{ $release } en { $count } instancias
}
log-rollout-done = despliegue terminado en { $seconds } s
log-rollout-failed = despliegue abandonado tras { $seconds } s sin ninguna instancia nueva lista
log-already-down = el host de base de datos db-{ $host } ya está caído
log-code-change-started = el valor está en el código: cambio, revisión, build y despliegue (unos { $seconds } s)
log-no-old-server = no queda ningún servidor antiguo que retirar
log-rollback-impossible = rollback fallido: el código antiguo se sobrescribió en su sitio, no hay release a la que volver
log-nothing-to-roll-back = no hay nada a lo que hacer rollback: v{ $release } es la única release
log-edited-in-place = { $count ->
    [one] código editado en su sitio en { $count } servidor en marcha
   *[other] código editado en su sitio en { $count } servidores en marcha
}
log-restored-by-hand = código antiguo reescrito a mano en todos los servidores
log-hotfix-reapplied = hotfix escrito de nuevo a mano en los servidores (sigue sin estar en ningún commit)
log-database-down = el host de base de datos db-{ $host } está caído
log-standby-ready = la réplica en espera db-{ $host } está lista
log-database-rewired = dirección de la réplica escrita en el código: build hecho, desplegando v{ $release }
log-password-revoked = contraseña antigua de la base de datos revocada
log-password-added = segunda contraseña de la base de datos añadida; las dos permiten iniciar sesión
log-credential-patched = contraseña nueva escrita en el código: build hecho, desplegando v{ $release }
log-login-refused = conexión nueva a la base de datos rechazada: contraseña revocada
log-staging-wrote-prod = pedido de prueba #{ $order } escrito en la base de datos de PRODUCCIÓN
log-staging-wrote-own = pedido de prueba #{ $order } escrito en la base de datos de staging
log-scaled-web = web escalado a { $count }
log-scaled-worker = worker escalado a { $count }
log-scale-limit = escalado rechazado: se ha alcanzado el límite de la plataforma
log-jobs-enqueued = { $count ->
    [one] { $count } tarea en segundo plano encolada
   *[other] { $count } tareas en segundo plano encoladas
}
log-jobs-returned = { $count ->
    [one] { $count } tarea sin terminar devuelta a la cola
   *[other] { $count } tareas sin terminar devueltas a la cola
}
log-jobs-redelivered = { $count ->
    [one] { $count } tarea sin confirmar repartida de nuevo: su primera ejecución se cortó a medias
   *[other] { $count } tareas sin confirmar repartidas de nuevo: su primera ejecución se cortó a medias
}
log-traffic-spike = pico de tráfico: { $times }x la carga habitual
log-disk-usage = disco local lleno al { $percent }% de ficheros de log
log-logs-streamed = más volumen de logs; eventos enviados en flujo al destino de logs, sin usar disco local
log-log-files-gone = { $count ->
    [one] { $count } línea de log estaba en un fichero de una instancia desechada: perdida
   *[other] { $count } líneas de log eran ficheros de una instancia desechada: perdidas
}
log-laptop-ready = clonado, dependencias declaradas instaladas, app funcionando
log-laptop-sqlite = funcionando contra SQLite (producción usa Postgres)
log-laptop-broken = la subida de fotos falla: `convert: command not found`
log-caught-in-dev = test fallido en el Postgres del portátil: la nueva consulta del informe no es válida ahí; corrigiéndola antes de publicar
log-fixed-in-dev = consulta corregida, los tests pasan en Postgres; publicando la funcionalidad
log-passed-on-sqlite = los tests pasan en el SQLite del portátil; publicando la funcionalidad
log-migration-expand = migración { $migration } desde la release v{ $release }: añadida la columna orders.total_cents (expandir: la columna antigua se queda)
log-migration-contract = migración { $migration } desde la release v{ $release }: borrada la columna antigua orders.total (contraer)
log-migration-from-laptop = migración ejecutada desde un portátil: su copia local antigua renombró orders.total en un solo paso, con configuración local
log-laptop-contract = migración ejecutada desde un portátil: borrada la columna orders.total
log-nothing-to-contract = nada que borrar: todavía no hay columna nueva, o la antigua ya no está
log-carts-lost = { $count ->
    [one] { $count } carrito de compra perdido con el proceso
   *[other] { $count } carritos de compra perdidos con el proceso
}
log-router-saw = GET /checkout { $status } en { $ms } ms (sin detalle: la app escribe sus logs en ficheros de su propio disco)

# La simulación de cada lección. Ver locales/en/engine.ftl.
scenario-codebase-compliant = Hotfix confirmado en el repositorio
scenario-codebase-violating = Hotfix hecho solo en los servidores de producción
scenario-codebase-action-1 = Desplegar desde el repositorio
scenario-dependencies-compliant = Dependencias declaradas y empaquetadas
scenario-dependencies-violating = Depende de `convert` instalado en los servidores antiguos
scenario-dependencies-action-1 = Añadir un servidor nuevo
scenario-dependencies-action-2 = Retirar un servidor antiguo
scenario-dependencies-action-3 = Portátil nuevo de desarrollo
scenario-config-compliant = Configuración en variables de entorno
scenario-config-violating = URL y contraseña de la base de datos en el código
scenario-config-action-1 = Desplegar en staging
scenario-config-action-2 = Revocar la contraseña antigua
scenario-config-action-3 = Añadir una segunda contraseña
scenario-backing-services-compliant = Base de datos conectada por URL
scenario-backing-services-violating = Dirección de la base de datos en el código
scenario-backing-services-action-1 = Hacer caer la base de datos
scenario-build-release-run-compliant = Releases inmutables
scenario-build-release-run-violating = Editar el código en los servidores
scenario-build-release-run-action-1 = Publicar un cambio defectuoso
scenario-build-release-run-action-2 = Hacer rollback
scenario-processes-compliant = Sesiones en un almacén compartido
scenario-processes-violating = Sesiones en la memoria del proceso
scenario-processes-action-1 = Reiniciar todo
scenario-processes-action-2 = Añadir instancias
scenario-processes-action-3 = Quitar instancias
scenario-port-binding-compliant = La app se enlaza ella misma a $PORT
scenario-port-binding-violating = La app espera un servidor web a su alrededor
scenario-port-binding-action-1 = Pasar a la plataforma
scenario-port-binding-action-2 = Añadir instancias
scenario-concurrency-compliant = Procesos web y worker separados
scenario-concurrency-violating = Un solo proceso lo hace todo
scenario-concurrency-action-1 = Pico de tareas
scenario-concurrency-action-2 = Escalar los workers
scenario-disposability-compliant = Arranque rápido, apagado ordenado
scenario-disposability-violating = Arranque lento, ignora SIGTERM
scenario-disposability-action-1 = Desplegar (reinicio escalonado)
scenario-disposability-action-2 = SIGTERM a todas
scenario-dev-prod-parity-compliant = Postgres en los portátiles, como en producción
scenario-dev-prod-parity-violating = SQLite en los portátiles, Postgres en producción
scenario-dev-prod-parity-action-1 = Publicar la funcionalidad
scenario-dev-prod-parity-action-2 = Portátil nuevo de desarrollo
scenario-logs-compliant = Logs a stdout como flujo
scenario-logs-violating = Logs escritos en ficheros locales
scenario-logs-action-1 = Una semana ruidosa
scenario-logs-action-2 = Tumbar una instancia
scenario-admin-processes-compliant = Procesos puntuales desde la release
scenario-admin-processes-violating = Migraciones desde un portátil
scenario-admin-processes-action-1 = Migrar: añadir la columna nueva
scenario-admin-processes-action-2 = Migrar: borrar la columna antigua
scenario-admin-processes-action-3 = Desplegar el código que usa la columna nueva

# Las medidas de una ejecución que nombran las condiciones de los retos.
metric-compliant = el interruptor está a la manera twelve-factor
metric-triggered = eventos enviados
metric-served = peticiones servidas
metric-failed = peticiones fallidas
metric-dropped = peticiones descartadas
metric-broken = incidencias
metric-web = instancias web en marcha
metric-workers = workers en marcha
metric-seconds = segundos simulados
metric-deploys = despliegues
metric-restarts = reinicios
metric-rollbacks = rollbacks
metric-migrations = migraciones
metric-laptops = portátiles configurados
metric-carts-lost = carritos perdidos
metric-jobs-twice = tareas ejecutadas dos veces
metric-jobs-done = tareas hechas
metric-logs-lost = líneas de log perdidas
metric-staging-writes-to-prod = escrituras de staging en producción
metric-uncommitted = instancias con código que no está en ningún commit
metric-old-servers = servidores antiguos montados a mano en uso
metric-revoked = contraseñas antiguas revocadas
metric-failovers = failovers de la base de datos
metric-crashes = caídas de instancias
metric-slowest-rollout = segundos que tardó el despliegue más lento
metric-releases = releases
metric-switch-compliant = el interruptor está a la manera twelve-factor
metric-switch-violating = el interruptor está incumpliendo el factor
metric-nothing-breaks = nada se rompe
metric-deployment-breaks = el despliegue se rompe

# Los eventos, como los nombran el sandbox, las misiones y los simulacros.
event-set-practice = Cambiar una práctica
event-deploy = Desplegar una release nueva
event-deploy-staging = Desplegar en staging
event-ship-bad-change = Publicar un cambio defectuoso
event-rollback = Hacer rollback
event-restart-all = Reiniciar todo
event-scale-out = Añadir instancias
event-scale-in = Quitar instancias
event-scale-workers = Escalar los workers
event-crash-instance = Tumbar una instancia
event-sigterm-all = SIGTERM a todas las instancias
event-fail-database = Failover de la base de datos
event-fill-disk = Llenar los discos
event-traffic-spike = Pico de tráfico
event-job-spike = Pico de tareas
event-new-laptop = Portátil nuevo de desarrollo
event-run-migration = Ejecutar una migración
event-rotate-credential = Rotar una credencial
event-add-credential = Añadir una segunda contraseña
event-contract = Borrar la columna antigua
event-retire-old-server = Retirar un servidor antiguo
probe-bad-change-rollback = Publicar un cambio defectuoso y luego hacer rollback

# Las misiones: objetivos, y el título y la situación de cada una.
goal-never-broken = El despliegue no se rompe en ningún momento.
goal-nothing-lost = El despliegue no se rompe en ningún momento y no se pierde ni un carrito, ni una tarea, ni una línea de log.
goal-no-factor-failures = El despliegue no se rompe en ningún momento y nada falla por un motivo que un factor habría evitado.
mission-friday-deploy-title = Despliegue de viernes
mission-friday-deploy-brief = A los 8 s se despliega una release nueva. La semana pasada alguien metió un hotfix a mano en un servidor, y la contraseña de la base de datos está en el código. Solo te da tiempo a un cambio.
mission-new-hosts-title = Servidores nuevos
mission-new-hosts-brief = El tráfico crece: a los 6 s y a los 20 s entran servidores nuevos. La app depende de herramientas instaladas a mano en los servidores antiguos, elige ella misma su puerto, escribe los logs en ficheros locales y sus migraciones se lanzan desde un portátil. Tres cambios.
mission-rotation-day-title = Toca rotar contraseñas
mission-rotation-day-brief = A los 10 s, el equipo de seguridad rota la contraseña de la base de datos. Además, la app ejecuta sus tareas dentro del proceso web y lanza sus migraciones desde un portátil. Un cambio.
mission-black-friday-title = Black Friday
mission-black-friday-brief = Un pico de tráfico a los 5 s y un pico de tareas a los 15 s. El código base está hecho un lío y los carritos viven en memoria, pero hoy no se va a reiniciar nada. Un cambio.
mission-failover-title = Failover
mission-failover-brief = El host de la base de datos se cae a los 10 s y una réplica en espera toma el relevo. La app busca su base de datos en una dirección escrita en el código, y guarda los logs en ficheros locales que desaparecen con la instancia.
mission-bad-change-title = Un cambio defectuoso
mission-bad-change-brief = A los 8 s llega a producción un bug y a los 14 s el ingeniero de guardia hace rollback. ¿Habrá una release a la que volver? Un cambio.
mission-disk-full-title = Disco lleno
mission-disk-full-brief = Los discos se llenan a los 6 s y una instancia se cae a los 14 s. Por si fuera poco, las tareas comparten el proceso web. Un cambio.
mission-staging-mixup-title = Lío con staging
mission-staging-mixup-brief = Alguien despliega en staging a los 6 s, y a los 14 s producción recibe una release nueva. La configuración está en el código, la dirección de la base de datos está fija en el código y las releases se construyen en los propios servidores. Un cambio.
mission-migration-night-title = Noche de migraciones
mission-migration-night-brief = A los 8 s se ejecuta una migración y a los 16 s llega una release. Las migraciones se lanzan desde un portátil, en desarrollo se usa SQLite y en producción Postgres, y las tareas comparten el proceso web. Dos cambios.
mission-restart-storm-title = Tormenta de reinicios
mission-restart-storm-brief = La plataforma lo reinicia todo a los 8 s y manda SIGTERM a los 20 s. Los carritos viven en memoria, las instancias mueren con tareas a medias, los logs van a ficheros locales y la contraseña está en el código. Tres cambios.
mission-vendor-lock-title = El agente del proveedor
mission-vendor-lock-brief = El SDK de un proveedor, que no puedes cambiar este trimestre, lee sus ajustes de un fichero que vive en el código. A los 8 s se quitan instancias y a los 16 s se despliega una release nueva. Los carritos viven en memoria, las instancias mueren con tareas a medias, los logs van a ficheros locales y las migraciones se lanzan desde un portátil. Tres cambios.
mission-whole-week-title = La semana entera
mission-whole-week-brief = Una release nueva, un reinicio, un failover, una rotación de contraseña y un pico de tráfico, todo en una sola ejecución y sobre una app con siete atajos. Cinco cambios.
plan-locked = El factor { $factor } está bloqueado en esta misión
plan-over-budget = { $changes } cambios, y esta misión permite { $budget }

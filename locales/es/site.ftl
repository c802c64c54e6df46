# El marco del sitio y sus páginas estáticas. Ver locales/en/site.ftl.

-brand = Twelve-Factor Playground

site-name = { -brand }
site-skip = Ir al contenido
site-nav-label = Sitio
nav-factors = Factores
nav-sandbox = Sandbox
nav-missions = Misiones
nav-drills = Simulacros
facilitator-show = Notas para quien facilita
facilitator-hide = Ocultar notas para quien facilita
notice-dismiss = Cerrar
footer-about = { -brand } funciona por completo en tu navegador; el progreso se guarda solo en este dispositivo. La metodología está descrita en { $link }.
footer-teach = ¿Vas a enseñarla? { $link }: modo presentación, vista de orador y un folleto para imprimir.
footer-workshop-link = Planifica un taller
language-label = Idioma
language-switch = { $name }
language-suggest = Esta página también está en español.
language-suggest-go = Leerla en español
language-suggest-no = No, gracias

home-title = { -brand }: aprende los doce factores rompiéndolos
home-description = Aprende la metodología Twelve-Factor App rompiendo un despliegue simulado en tu navegador: una lección interactiva por factor, con router, instancias, servicios de respaldo y un flujo de logs en vivo.
home-lede = Aprende la Twelve-Factor App rompiendo un despliegue simulado. Pon un factor del lado equivocado, lánzale un despliegue, un reinicio o un pico de tráfico, y mira qué falla y por qué.
home-progress = { $done } de { $total } lecciones completadas
home-progress-label = Lecciones completadas
home-lessons-heading = Las lecciones
home-sandbox-link = Después, junta los doce en el sandbox del caos →
home-sandbox-more = Una app, doce interruptores, todo tipo de problemas y un marcador.
home-missions-link = Juega a las misiones →
home-missions-more = { $count ->
    [one] Una app, un pronóstico y solo unos pocos cambios: arregla los factores que el pronóstico pondrá a prueba.
   *[other] { $count } apps, un pronóstico para cada una y solo unos pocos cambios: arregla los factores que el pronóstico pondrá a prueba.
}
home-drills-link = Después, ponte de guardia: simulacros de incidencias →
home-drills-more = Un despliegue con problemas y los interruptores ocultos: descubre qué factores están rotos.
home-workshop = ¿Vas a dar un taller? { $handout } · cada lección tiene modo presentación · { $progress }
home-handout-link = Folleto para imprimir
home-progress-link = Tu progreso: exportar, importar, borrar
home-intro-label = Sobre la Twelve-Factor App
card-minutes = { $minutes } min
card-not-started = ○ sin empezar
card-challenged = ◐ reto superado
card-done = ✓ completada

lesson-page-title = { $number }. { $title } · { -brand }
lesson-kicker-factor = Factor { $number } de { $count }
lesson-kicker-lesson = Lección { $number } de { $count }
lesson-minutes = unos { $minutes } minutos
lesson-canonical-factor = Lee el texto original del factor
lesson-canonical-other = Lee el texto original
lesson-complete = Marcar esta lección como completada
lesson-completed = ✓ Completada (deshacer)
lesson-nav-label = Lecciones
lesson-nav-all = Todas las lecciones
lesson-nav-present = Presentar esta lección
lesson-image-alt = { $number }. { $title }: el despliegue simulado de la lección, roto incumpliendo el factor
lesson-untranslated = Esta lección aún no está traducida, así que se muestra en inglés.
lesson-resource-type = simulación interactiva
lesson-about = The Twelve-Factor App: { $title }
preview-tagline = Rómpelo y descubre por qué falla: una lección interactiva.
oembed-title = { $number }. { $title }: una lección interactiva de la Twelve-Factor App
manifest-description = Aprende la metodología Twelve-Factor App rompiendo un despliegue simulado.
bundle-tools-title = Herramientas para talleres · { -brand }
bundle-embed-title = { -brand } (lección insertada)
bundle-presenter-title = Modo presentación · { -brand }
bundle-presenter-description = Modo presentación: una lección de { -brand }, un paso por pantalla, para un taller.
shell-loading = Cargando…
shell-loading-presenter = Cargando el modo presentación…
shell-loading-embed = Cargando una lección interactiva de Twelve-Factor…
shell-noscript = El playground es una simulación interactiva y necesita JavaScript y WebAssembly. Activa JavaScript, o lee la metodología original en { $link }.
shell-noscript-embed = Esta lección interactiva necesita JavaScript y WebAssembly.

not-found-title = Página no encontrada
not-found-text = No hay ninguna página en esta dirección. Puede que esté mal escrita o que una lección se haya movido.
not-found-home = Ir a las lecciones

content-outcome-heading = Qué acaba de romperse

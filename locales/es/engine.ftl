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

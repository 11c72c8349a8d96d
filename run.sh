#!/usr/bin/env bash
# Starts the whole of Recourse on this machine: Keycloak (dev mode, realm "recourse" imported from
# the repository, demo users), WildFly with the application, and an H2 database under ./data.
# Ctrl-C stops both servers.
#
# Options: --rebuild  build even when the server looks up to date.
# Settings: RECOURSE_DATA_DIR (default ./data), RECOURSE_HTTP_PORT (8080), KEYCLOAK_PORT (8180),
# and every database setting in README.md (RECOURSE_DB_*). Evidence is timestamped by the
# application's own development TSA (RECOURSE_TIMESTAMP_DEV_TSA=false turns it off), which is
# labelled as such: it is not an independent TSA.
set -euo pipefail

root=$(cd "$(dirname "$0")" && pwd)
ear_dir="$root/case-ear"
server="$ear_dir/target/server"
dist_parent="$ear_dir/target/keycloak-dist"
keycloak="$ear_dir/target/keycloak"
realm="$ear_dir/src/main/keycloak/recourse-realm.json"
data_dir=${RECOURSE_DATA_DIR:-$root/data}
http_port=${RECOURSE_HTTP_PORT:-8080}
keycloak_port=${KEYCLOAK_PORT:-8180}
logs="$root/case-ear/target/logs"

say() { printf '[recourse] %s\n' "$*"; }

needs_build() {
  [ "${1:-}" = "--rebuild" ] && return 0
  [ -f "$server/standalone/deployments/recourse.ear" ] || return 0
  [ -d "$dist_parent" ] || return 0
  # Any source or build file newer than the deployed EAR means the build is stale.
  [ -n "$(find "$root/pom.xml" "$root"/case-*/pom.xml "$root"/case-*/src -newer \
    "$server/standalone/deployments/recourse.ear" -type f -print -quit)" ]
}

if needs_build "${1:-}"; then
  say "Building (the first build downloads WildFly, Keycloak and libraries; a few minutes)..."
  "$root/mvnw" -B -q -DskipTests package
fi

if [ ! -x "$keycloak/bin/kc.sh" ]; then
  cp -r "$dist_parent"/keycloak-* "$keycloak"
fi
# Keycloak imports a realm only into an empty database: start from the repository's realm each time.
rm -rf "$keycloak/data/h2" "$keycloak/data/import"
mkdir -p "$keycloak/data/import" "$data_dir" "$logs"
cp "$realm" "$keycloak/data/import/"

pids=()
stop() {
  trap - INT TERM EXIT
  say "Stopping..."
  for pid in "${pids[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  say "Stopped."
  exit 0
}
trap stop INT TERM EXIT

say "Starting Keycloak on http://localhost:$keycloak_port (log: $logs/keycloak.log)"
setsid "$keycloak/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$keycloak_port" \
  --import-realm >"$logs/keycloak.log" 2>&1 &
pids+=($!)

say "Starting WildFly on http://localhost:$http_port (log: $logs/wildfly.log)"
port_offset=$((http_port - 8080))
setsid "$server/bin/standalone.sh" -b 127.0.0.1 \
  -Djboss.socket.binding.port-offset="$port_offset" \
  -Drecourse.data.dir="$data_dir" \
  -Doidc.provider.url="http://localhost:$keycloak_port" \
  -Drecourse.portal.admin-secret="${RECOURSE_PORTAL_ADMIN_SECRET:-recourse-portal-admin-dev-secret}" \
  -Drecourse.demo.enabled="${RECOURSE_DEMO_ENABLED:-true}" \
  -Drecourse.timestamp.dev-tsa="${RECOURSE_TIMESTAMP_DEV_TSA:-true}" >"$logs/wildfly.log" 2>&1 &
pids+=($!)

wait_for() { # name url seconds
  local deadline=$((SECONDS + $3))
  until curl -fsS -o /dev/null "$2" 2>/dev/null; do
    if ((SECONDS > deadline)); then
      say "$1 did not answer at $2 within $3 s; see $logs."
      exit 1
    fi
    sleep 1
  done
}
wait_for Keycloak "http://localhost:$keycloak_port/realms/recourse/.well-known/openid-configuration" 180
# The API answers 401 (as problem+json) once the application is deployed and serving.
deadline=$((SECONDS + 180))
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$http_port/recourse/api/v1/me")" = 401 ]; do
  if ! kill -0 "${pids[1]}" 2>/dev/null || ((SECONDS > deadline)); then
    say "WildFly did not start the application; see $logs/wildfly.log."
    exit 1
  fi
  sleep 1
done
cat <<TXT

  Recourse is running:    http://localhost:$http_port/recourse/
  API (bearer token):     http://localhost:$http_port/recourse/api/v1   (OpenAPI: http://localhost:$http_port/openapi)
  Keycloak admin console: http://localhost:$keycloak_port/admin/  (realm "recourse")

  Demo logins (development realm only; password = username):
    attorney, attorney2, advocate, caseworker, admin
    client (the client portal, API /api/v1/portal/cases; linked to a case by ./seed.sh)

  Data directory: $data_dir
  Press Ctrl-C to stop.
TXT
wait

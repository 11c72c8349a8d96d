#!/usr/bin/env bash
# Starts Recourse as a cluster on this machine, for trying it: Keycloak (dev mode, the repository's
# realm), two WildFly nodes of the standalone-ha server (web sessions replicated by Infinispan,
# members found over TCP), the local PostgreSQL (database recourse_cluster, created if missing), an
# S3-compatible object store for the encrypted evidence (S3Proxy over a folder) and HAProxy in
# front of the nodes. Prints where to log in; Ctrl-C stops everything it started.
#
#   ./cluster.sh            start in the foreground
#   ./cluster.sh start      start in the background (process ids under the cluster directory)
#   ./cluster.sh stop       stop what "start" started
#   ./cluster.sh kill N     kill -9 node N (1 or 2), as a crash would
#   ./cluster.sh node N     start node N again (after "kill N"); it rejoins the cluster
#
# Settings (environment): CLUSTER_HTTP_PORT (the balancer, 8080), KEYCLOAK_PORT (8180),
# KEYCLOAK_EXTERNAL=true (use a Keycloak already running on KEYCLOAK_PORT), CLUSTER_PORT_OFFSETS
# (the two nodes' WildFly port offsets, "200 300": http 8280 and 8380, management 10190 and 10290),
# S3_PORT (9000), RECOURSE_CLUSTER_DIR (case-ear/target/cluster), RECOURSE_DB_URL (PostgreSQL at
# 127.0.0.1:5432, user postgres), CLUSTER_NODE_ARGS (more -D settings for both nodes).
# Needs HAProxy (Debian: apt-get install haproxy; installed here when run as root) and psql.
set -euo pipefail
# Without job control, a process started by launch (setsid) leads its own process group under its
# own id, which is what stop and kill signal.
set +m

root=$(cd "$(dirname "$0")" && pwd)
ear_dir="$root/case-ear"
server="$ear_dir/target/server-ha"
store_dir="$root/cluster/object-store"
realm="$ear_dir/src/main/keycloak/recourse-realm.json"
dir=${RECOURSE_CLUSTER_DIR:-$ear_dir/target/cluster}
http_port=${CLUSTER_HTTP_PORT:-8080}
keycloak_port=${KEYCLOAK_PORT:-8180}
s3_port=${S3_PORT:-9000}
read -r offset1 offset2 <<<"${CLUSTER_PORT_OFFSETS:-200 300}"
db_url=${RECOURSE_DB_URL:-jdbc:postgresql://127.0.0.1:5432/recourse_cluster}
s3_secret=${RECOURSE_CLUSTER_S3_SECRET:-cluster-trial-secret}
pids="$dir/pids"
logs="$dir/logs"

say() { printf '[recourse-cluster] %s\n' "$*"; }

offset_of() { if [ "$1" = 1 ]; then echo "$offset1"; else echo "$offset2"; fi; }

# Starts a command in its own process group, its output in logs/NAME.log, its id in pids/NAME.pid.
launch() { # name command...
  local name=$1
  shift
  setsid "$@" >"$logs/$name.log" 2>&1 </dev/null &
  echo $! >"$pids/$name.pid"
}

# Ends a process group started by launch, with the given signal.
end() { # name signal
  local file="$pids/$1.pid"
  [ -f "$file" ] || return 0
  kill "-$2" -- "-$(cat "$file")" 2>/dev/null || true
  rm -f "$file"
}

wait_for() { # name url seconds [expected status]
  local deadline=$((SECONDS + $3)) expected=${4:-200}
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$2" 2>/dev/null)" = "$expected" ]; do
    if ((SECONDS > deadline)); then
      say "$1 did not answer at $2 within $3 s; see $logs."
      return 1
    fi
    sleep 1
  done
}

build() {
  if [ "${CLUSTER_SKIP_BUILD:-false}" != true ] && { [ ! -f "$server/standalone/deployments/recourse.ear" ] \
    || [ -n "$(find "$root/pom.xml" "$root"/case-*/pom.xml "$root"/case-*/src -newer \
      "$server/standalone/deployments/recourse.ear" -type f -print -quit)" ]; }; then
    say "Building the application and the standalone-ha server (a few minutes)..."
    "$root/mvnw" -B -q -Pcluster -DskipTests package
  fi
  if [ ! -d "$store_dir/target/lib" ]; then
    "$root/mvnw" -B -q -f "$store_dir/pom.xml" package
  fi
  if ! command -v haproxy >/dev/null; then
    if [ "$(id -u)" = 0 ]; then
      say "Installing HAProxy from Debian's packages..."
      apt-get install -y -q haproxy >/dev/null
    else
      say "HAProxy is needed: sudo apt-get install haproxy"
      exit 1
    fi
  fi
}

database() {
  local name=${db_url##*/}
  name=${name%%\?*}
  export PGPASSWORD="${RECOURSE_DB_PASSWORD:-postgres}"
  local user=${RECOURSE_DB_USER:-postgres}
  if [ -z "${RECOURSE_DB_URL:-}" ] \
    && ! psql -h 127.0.0.1 -U "$user" -tAc "SELECT 1 FROM pg_database WHERE datname = '$name'" \
      | grep -q 1; then
    psql -h 127.0.0.1 -U "$user" -qc "CREATE DATABASE $name" >/dev/null
  fi
}

keycloak() {
  [ "${KEYCLOAK_EXTERNAL:-false}" = true ] && return 0
  local keycloak="$ear_dir/target/keycloak-cluster"
  if [ ! -x "$keycloak/bin/kc.sh" ]; then
    cp -r "$ear_dir"/target/keycloak-dist/keycloak-* "$keycloak"
  fi
  rm -rf "$keycloak/data/h2" "$keycloak/data/import"
  mkdir -p "$keycloak/data/import"
  cp "$realm" "$keycloak/data/import/"
  say "Starting Keycloak on http://localhost:$keycloak_port"
  launch keycloak "$keycloak/bin/kc.sh" start-dev --http-host=127.0.0.1 \
    --http-port="$keycloak_port" --import-realm
}

object_store() {
  mkdir -p "$dir/objects/evidence"
  cat >"$dir/s3proxy.conf" <<CONF
s3proxy.endpoint=http://127.0.0.1:$s3_port
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=recourse
s3proxy.credential=$s3_secret
jclouds.provider=filesystem
jclouds.filesystem.basedir=$dir/objects
jclouds.identity=recourse
jclouds.credential=$s3_secret
CONF
  say "Starting the object store (S3Proxy) on http://127.0.0.1:$s3_port"
  launch object-store java -Dlogback.configurationFile="$store_dir/logback.xml" \
    -cp "$store_dir/target/lib/*" org.gaul.s3proxy.Main \
    --properties "$dir/s3proxy.conf"
}

# Waits until something listens on a local port.
wait_for_port() { # name port seconds
  local deadline=$((SECONDS + $3))
  until (exec 3<>"/dev/tcp/127.0.0.1/$2") 2>/dev/null; do
    if ((SECONDS > deadline)); then
      say "$1 did not listen on port $2 within $3 s; see $logs."
      return 1
    fi
    sleep 1
  done
}

node() { # number [keep]
  local n=$1 offset kept=""
  offset=$(offset_of "$n")
  end "node$n" KILL
  # A node started again keeps its data directory: its transaction log, which recovery needs to
  # finish what it was doing when it died. The configuration and the application are fresh.
  if [ "${2:-}" = keep ] && [ -d "$dir/node$n/data" ]; then
    kept="$dir/node$n.data"
    rm -rf "$kept"
    mv "$dir/node$n/data" "$kept"
  fi
  rm -rf "$dir/node$n"
  cp -r "$server/standalone" "$dir/node$n"
  if [ -n "$kept" ]; then
    rm -rf "$dir/node$n/data"
    mv "$kept" "$dir/node$n/data"
  fi
  say "Starting node $n on http://localhost:$((8080 + offset))"
  # shellcheck disable=SC2086 # CLUSTER_NODE_ARGS is a list of arguments
  # The bucket's secret goes in the environment: WildFly logs its command line.
  launch "node$n" env RECOURSE_EVIDENCE_S3_SECRET_KEY="$s3_secret" \
    JAVA_OPTS="-Xms256m -Xmx1g -Djava.net.preferIPv4Stack=true" \
    "$server/bin/standalone.sh" -b 127.0.0.1 -bprivate 127.0.0.1 \
    -Djboss.server.base.dir="$dir/node$n" \
    -Djboss.node.name="node$n" \
    -Djboss.socket.binding.port-offset="$offset" \
    -Drecourse.cluster.peer1.port=$((7600 + offset1)) \
    -Drecourse.cluster.peer2.port=$((7600 + offset2)) \
    -Doidc.provider.url="http://localhost:$keycloak_port" \
    -Drecourse.data.dir="$dir/data" \
    -Drecourse.db.kind=postgresql -Drecourse.db.url="$db_url" \
    -Drecourse.db.user="${RECOURSE_DB_USER:-postgres}" \
    -Drecourse.db.password="${RECOURSE_DB_PASSWORD:-postgres}" \
    -Drecourse.evidence.store=s3 \
    -Drecourse.evidence.s3.endpoint="http://127.0.0.1:$s3_port" \
    -Drecourse.evidence.s3.bucket=evidence \
    -Drecourse.evidence.s3.path-style=true \
    -Drecourse.evidence.s3.access-key=recourse \
    -Drecourse.portal.admin-secret="${RECOURSE_PORTAL_ADMIN_SECRET:-recourse-portal-admin-dev-secret}" \
    -Drecourse.demo.enabled="${RECOURSE_DEMO_ENABLED:-true}" \
    -Drecourse.timestamp.dev-tsa="${RECOURSE_TIMESTAMP_DEV_TSA:-true}" \
    ${CLUSTER_NODE_ARGS:-}
}

node_ready() { # number
  local url deadline=$((SECONDS + 240))
  url="http://localhost:$((8080 + $(offset_of "$1")))/recourse/api/v1/me"
  # The API answers 401 (problem+json) once the application is deployed and serving.
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$url" 2>/dev/null)" = 401 ]; do
    if grep -q WFLYSRV0026 "$logs/node$1.log" || ((SECONDS > deadline)); then
      say "Node $1 did not start the application; from $logs/node$1.log:"
      grep -A3 ' ERROR ' "$logs/node$1.log" | head -20 >&2 || true
      return 1
    fi
    sleep 1
  done
}

balancer() {
  cat >"$dir/haproxy.cfg" <<CONF
global
  maxconn 4096
defaults
  mode http
  timeout connect 2s
  timeout client 300s
  timeout server 300s
  # A request that finds its node gone (connection refused) is sent to the other one.
  option redispatch
  retries 2
frontend recourse
  bind 127.0.0.1:$http_port
  default_backend nodes
backend nodes
  balance roundrobin
  # A session goes to the node WildFly names at the end of its id (JSESSIONID "….node1"): the
  # session's primary owner, which holds it and its pages' views. When the owner changes (a node
  # lost, or back and given its share again) the node serving the request rewrites the cookie, so
  # the next request follows. A rule naming a node that is down is passed over, and a request
  # that finds its node gone before the health check notices is sent to the other (redispatch);
  # the session is replicated there. Requests without a session are shared round robin.
  use-server node1 if { req.cook(JSESSIONID) -m end .node1 }
  use-server node2 if { req.cook(JSESSIONID) -m end .node2 }
  option httpchk GET /health/ready
  default-server check inter 1s fall 2 rise 2
  server node1 127.0.0.1:$((8080 + offset1)) port $((9990 + offset1))
  server node2 127.0.0.1:$((8080 + offset2)) port $((9990 + offset2))
CONF
  say "Starting HAProxy on http://localhost:$http_port"
  launch balancer haproxy -db -f "$dir/haproxy.cfg"
}

stop_all() {
  local name file group
  for name in balancer node2 node1 object-store keycloak; do
    file="$pids/$name.pid"
    [ -f "$file" ] || continue
    group=$(cat "$file")
    end "$name" TERM
    # Up to 20 s to finish, then killed.
    for _ in $(seq 1 20); do kill -0 -- "-$group" 2>/dev/null || break; sleep 1; done
    kill -KILL -- "-$group" 2>/dev/null || true
  done
}

start_all() {
  build
  mkdir -p "$pids" "$logs"
  stop_all
  database
  keycloak
  object_store
  wait_for "Keycloak" "http://localhost:$keycloak_port/realms/recourse/.well-known/openid-configuration" 180
  wait_for_port "The object store" "$s3_port" 60
  # Node 1 first: it creates the schema (Flyway) and the development keys the nodes share.
  node 1
  node_ready 1
  node 2
  node_ready 2
  balancer
  wait_for "The balancer" "http://localhost:$http_port/recourse/api/v1/me" 30 401
  cat <<TXT

  Recourse (two nodes) is running: http://localhost:$http_port/recourse/
  API (bearer token):              http://localhost:$http_port/recourse/api/v1
  Nodes:                           http://localhost:$((8080 + offset1))/recourse/  http://localhost:$((8080 + offset2))/recourse/
  Keycloak:                        http://localhost:$keycloak_port/admin/  (realm "recourse")
  Demo logins (password = username): attorney, attorney2, advocate, caseworker, admin, client
  Try a crash: ./cluster.sh kill 1 — then go on working; ./cluster.sh node 1 brings it back.
  Logs: $logs
TXT
}

case "${1:-}" in
  "")
    trap 'trap - INT TERM EXIT; say "Stopping..."; stop_all; exit 0' INT TERM EXIT
    start_all
    say "Press Ctrl-C to stop."
    while true; do sleep 3600; done
    ;;
  start) start_all ;;
  stop) stop_all ;;
  kill)
    [[ "${2:-}" =~ ^[12]$ ]] || { say "Which node: ./cluster.sh kill 1 or 2"; exit 2; }
    end "node$2" KILL
    say "Node $2 killed."
    ;;
  node)
    [[ "${2:-}" =~ ^[12]$ ]] || { say "Which node: ./cluster.sh node 1 or 2"; exit 2; }
    mkdir -p "$pids" "$logs"
    node "$2" keep
    node_ready "$2"
    if [ -f "$pids/balancer.pid" ]; then
      # The balancer sends users to it after two good health checks a second apart.
      wait_for "Node $2's health" "http://localhost:$((9990 + $(offset_of "$2")))/health/ready" 60
      sleep 3
    fi
    ;;
  *)
    say "Usage: ./cluster.sh [start|stop|kill N|node N]"
    exit 2
    ;;
esac

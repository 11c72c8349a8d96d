#!/usr/bin/env bash
# One user's API requests, one at a time, as docs/BENCHMARKS.md's single-user tables report them:
# each path N times after one untimed request, total time per request, median and 95th percentile.
# Usage: load-test/api-times.sh [user] [requests] [path...]   (paths under /api/v1; default: the
#   case list, each sort, a status filter and the load test's searches)
# Settings: RECOURSE_HTTP_PORT (8080), KEYCLOAK_PORT (8180).
set -euo pipefail
user=${1:-attorney}
requests=${2:-10}
shift $(( $# > 2 ? 2 : $# ))
http_port=${RECOURSE_HTTP_PORT:-8080}
keycloak_port=${KEYCLOAK_PORT:-8180}
api="http://localhost:$http_port/recourse/api/v1"
token=$(curl -fsS -d grant_type=password -d client_id=recourse-cli -d "username=$user" \
  -d "password=$user" "http://localhost:$keycloak_port/realms/recourse/protocol/openid-connect/token" \
  | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
paths=("$@")
if [ ${#paths[@]} -eq 0 ]; then
  paths=(/me /cases "/cases?page=40" "/cases?sort=NUMBER&ascending=true" "/cases?sort=NUMBER&ascending=false"
    "/cases?sort=TITLE&ascending=true" "/cases?sort=STATUS" "/cases?sort=PRIORITY" "/cases?status=ACTIVE"
    "/cases?q=Ember" "/cases?q=Rosa" "/cases?q=R-2026-01" "/cases?q=Synthetic+case+12" "/cases?q=4711"
    "/cases?q=ali" "/cases?q=Fakeley" "/cases?q=a")
fi
for path in "${paths[@]}"; do
  curl -sS -o /dev/null -H "Authorization: Bearer $token" "$api$path"
  times=()
  for _ in $(seq 1 "$requests"); do
    read -r code t < <(curl -sS -o /dev/null -w '%{http_code} %{time_total}\n' \
      -H "Authorization: Bearer $token" "$api$path")
    [ "$code" = 200 ] || { echo "$path answered $code" >&2; exit 1; }
    times+=("$(awk -v t="$t" 'BEGIN { printf "%.0f", t * 1000 }')")
  done
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  p50=$(printf '%s\n' "$sorted" | awk -v n="$requests" 'NR == int((n + 1) / 2)')
  p95=$(printf '%s\n' "$sorted" | awk -v n="$requests" 'NR == int(n * 0.95 + 0.999)')
  printf '%-40s p50 %5s ms  p95 %5s ms\n' "$path" "$p50" "$p95"
done

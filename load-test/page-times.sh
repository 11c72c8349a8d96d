#!/usr/bin/env bash
# Server time of the staff pages, as docs/BENCHMARKS.md reports it: logs in through Keycloak's
# login form like a browser (curl with a cookie jar), then renders each page N times and prints the
# time to the first byte (on localhost: the server's time; the page is sent whole) per render, with
# the median and the 95th percentile.
# Usage: load-test/page-times.sh [user] [renders] [path...]
#   default user attorney, 10 renders, paths: the dashboard, the case list and the first case of
#   the user's list (found through the API).
# Settings: RECOURSE_HTTP_PORT (8080), KEYCLOAK_PORT (8180).
set -euo pipefail
user=${1:-attorney}
renders=${2:-10}
shift $(( $# > 2 ? 2 : $# ))
http_port=${RECOURSE_HTTP_PORT:-8080}
keycloak_port=${KEYCLOAK_PORT:-8180}
app="http://localhost:$http_port/recourse"
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT

# The login: the application sends the browser to Keycloak; its form is posted back with the
# password; Keycloak sends the browser back with a code, which the application exchanges.
login_page=$(curl -sS -L -c "$jar" -b "$jar" "$app/")
action=$(printf '%s' "$login_page" | grep -o 'id="kc-form-login"[^>]*action="[^"]*"' \
  | sed -E 's/.*action="([^"]*)".*/\1/' | sed 's/&amp;/\&/g')
[ -n "$action" ] || { echo "no Keycloak login form found at $app/" >&2; exit 1; }
curl -sS -L -c "$jar" -b "$jar" -o /dev/null -d "username=$user" -d "password=$user" "$action"

paths=("$@")
if [ ${#paths[@]} -eq 0 ]; then
  token=$(curl -fsS -d grant_type=password -d client_id=recourse-cli -d "username=$user" \
    -d "password=$user" "http://localhost:$keycloak_port/realms/recourse/protocol/openid-connect/token" \
    | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
  first=$(curl -fsS -H "Authorization: Bearer $token" "$app/api/v1/cases?size=1" \
    | grep -o '"id":[0-9]*' | head -n 1 | cut -d: -f2)
  paths=("/" "/cases/list.xhtml" "/case/$first")
fi

for path in "${paths[@]}"; do
  times=()
  for _ in $(seq 1 "$renders"); do
    read -r code t < <(curl -sS -b "$jar" -o /dev/null -w '%{http_code} %{time_starttransfer}\n' "$app$path")
    [ "$code" = 200 ] || { echo "$path answered $code (not logged in?)" >&2; exit 1; }
    times+=("$(awk -v t="$t" 'BEGIN { printf "%.0f", t * 1000 }')")
  done
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  p50=$(printf '%s\n' "$sorted" | awk -v n="$renders" 'NR == int((n + 1) / 2)')
  p95=$(printf '%s\n' "$sorted" | awk -v n="$renders" 'NR == int(n * 0.95 + 0.999)')
  printf '%-28s p50 %5s ms  p95 %5s ms  (%s)\n' "$path" "$p50" "$p95" "${times[*]}"
done

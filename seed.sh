#!/usr/bin/env bash
# Adds N synthetic cases (default 1000) to a Recourse started by ./run.sh, as the demo admin.
# Usage: ./seed.sh [N]      Settings: RECOURSE_HTTP_PORT (8080), KEYCLOAK_PORT (8180), and
# RECOURSE_SEED_STAFF=K: K synthetic attorneys staff01… (in the dev realm) share the teams, for the
# load test (docs/BENCHMARKS.md)
set -euo pipefail
count=${1:-1000}
staff=${RECOURSE_SEED_STAFF:-0}
http_port=${RECOURSE_HTTP_PORT:-8080}
keycloak_port=${KEYCLOAK_PORT:-8180}
token=$(curl -fsS -d grant_type=password -d client_id=recourse-cli -d username=admin -d password=admin \
  "http://localhost:$keycloak_port/realms/recourse/protocol/openid-connect/token" |
  sed -E 's/.*"access_token":"([^"]+)".*/\1/')
start=$SECONDS
curl -fsS -X POST -H "Authorization: Bearer $token" \
  "http://localhost:$http_port/recourse/api/v1/demo-data?cases=$count&staff=$staff"
echo
echo "Seeded $count cases in $((SECONDS - start)) s."

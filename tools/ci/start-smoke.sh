#!/usr/bin/env bash
# Starts the product as README says (`npm start`, embedded database, nothing else), checks that the API,
# the log-in and the console answer on one port, and stops it.
set -euo pipefail
cd "$(dirname "$0")/../.."
data=$(mktemp -d)
port=${SMOKE_PORT:-3457}
log=$(mktemp)
PORT=$port DATA_DIR=$data ADMIN_EMAIL=smoke@niaga.test ADMIN_PASSWORD=smoke-password-1 NIAGA_SKIP_BUILD=1 npm start >"$log" 2>&1 &
pid=$!
cleanup() { kill "$pid" 2>/dev/null || true; pkill -f "dist/apps/api/main.js" 2>/dev/null || true; rm -rf "$data"; }
trap cleanup EXIT
for _ in $(seq 1 90); do
  curl -fs "http://127.0.0.1:$port/api/health" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "http://127.0.0.1:$port/api/health" || { cat "$log"; exit 1; }
echo
curl -fs -X POST "http://127.0.0.1:$port/api/v1/auth/login" -H 'content-type: application/json' \
  -d '{"email":"smoke@niaga.test","password":"smoke-password-1"}' | grep -q accessToken || { echo "log-in failed"; cat "$log"; exit 1; }
curl -fs -H 'accept: text/html' "http://127.0.0.1:$port/" | grep -qi '<niaga-root' || { echo "console not served at /"; exit 1; }
curl -fs -H 'accept: text/html' "http://127.0.0.1:$port/customers/groups" | grep -qi '<niaga-root' || { echo "client route not served"; exit 1; }
echo "npm start: API, log-in and console answer on port $port"

#!/usr/bin/env bash
# The run command's work (./mvnw -Prun builds first, then calls this): starts Keycloak with the realm and
# WildFly with the portal on the embedded H2 database and demonstration data, waits until both answer,
# prints where to go, and on Ctrl-C stops what it started. Data lives in .run/ and survives restarts and
# `mvn clean`.
#   PORTAL_HTTP_PORT      portal port, default 8080
#   PORTAL_KEYCLOAK_PORT  Keycloak port, default 8180 (an already running Keycloak there is reused)
#   PORTAL_DB_*           another database, as in README.md (default: H2 file in .run/wildfly/data)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
project=$(cd "$here/../../.." && pwd)
work=${PORTAL_WORK_DIR:-$project/.run}
export PORTAL_KEYCLOAK_HOME=${PORTAL_KEYCLOAK_HOME:-$work/keycloak-26.7.3}
export PORTAL_HTTP_PORT=${PORTAL_HTTP_PORT:-8080}
export PORTAL_KEYCLOAK_PORT=${PORTAL_KEYCLOAK_PORT:-8180}
management_port=${PORTAL_MANAGEMENT_PORT:-9990}
server="$project/target/server"
base="$work/wildfly"
realm_url="http://127.0.0.1:$PORTAL_KEYCLOAK_PORT/realms/cluster-portal"
portal_url="http://localhost:$PORTAL_HTTP_PORT/"

[ -x "$server/bin/standalone.sh" ] || { echo "No server in $server: build first (./mvnw -Prun does)." >&2; exit 1; }

keycloak_pid=""
wildfly_pid=""
stop() {
    trap - INT TERM EXIT
    echo
    echo "Stopping the portal..."
    [ -n "$wildfly_pid" ] && kill "$wildfly_pid" 2>/dev/null && wait "$wildfly_pid" 2>/dev/null
    [ -n "$keycloak_pid" ] && kill "$keycloak_pid" 2>/dev/null && wait "$keycloak_pid" 2>/dev/null
    echo "Stopped."
}
trap stop INT TERM EXIT

wait_for() { # URL SECONDS NAME
    local deadline=$((SECONDS + $2))
    until curl -fsS -o /dev/null "$1" 2>/dev/null; do
        if [ $SECONDS -ge $deadline ]; then echo "$3 did not answer at $1 within $2 s; see $work/*.log" >&2; exit 1; fi
        sleep 1
    done
}

mkdir -p "$work"
if curl -fsS -o /dev/null "$realm_url" 2>/dev/null; then
    echo "Keycloak already answers on port $PORTAL_KEYCLOAK_PORT: using it."
else
    echo "Starting Keycloak on port $PORTAL_KEYCLOAK_PORT (the first start builds it: up to a minute)..."
    bash "$here/keycloak.sh" > "$work/keycloak.log" 2>&1 &
    keycloak_pid=$!
fi

# The server's own files stay in target/; its configuration is copied fresh, its data and deployments are ours.
mkdir -p "$base/deployments" "$base/data" "$base/log"
rm -rf "$base/configuration"
cp -r "$server/standalone/configuration" "$base/configuration"
cp "$project/target/cluster-portal.war" "$base/deployments/cluster-portal.war"
rm -f "$base/deployments/cluster-portal.war.failed"

echo "Starting WildFly on port $PORTAL_HTTP_PORT..."
export LAUNCH_JBOSS_IN_BACKGROUND=1
export PORTAL_DEMO_DATA=${PORTAL_DEMO_DATA:-true}
export PORTAL_OIDC_PROVIDER_URL=${PORTAL_OIDC_PROVIDER_URL:-$realm_url}
# The development secret of realm-config/; a real deployment sets its own.
export PORTAL_OIDC_CLIENT_SECRET=${PORTAL_OIDC_CLIENT_SECRET:-dev-portal-secret-only-for-local-runs}
# The development secret of realm-config/'s service-account client, for the administration pages.
export PORTAL_ADMIN_CLIENT_SECRET=${PORTAL_ADMIN_CLIENT_SECRET:-dev-admin-secret-only-for-local-runs}
# Every absolute link (feeds, e-mails, the way back from Keycloak's logout) is written from it, never from Host.
export PORTAL_BASE_URL=${PORTAL_BASE_URL:-http://localhost:$PORTAL_HTTP_PORT}
"$server/bin/standalone.sh" -Djboss.server.base.dir="$base" -Djboss.http.port="$PORTAL_HTTP_PORT" \
    -Djboss.management.http.port="$management_port" -b 127.0.0.1 > "$work/wildfly.log" 2>&1 &
wildfly_pid=$!

wait_for "$realm_url" 180 "Keycloak"
wait_for "http://127.0.0.1:$PORTAL_HTTP_PORT/api/health/ready" 180 "The portal"

cat <<INFO

  The Cluster Cooperation Portal is running: $portal_url

  Demo accounts (log in through Keycloak):
    admin        Admin-Portal-2026         admin, member
    coordinator  Coordinator-Portal-2026   coordinator, member
    member       Member-Portal-2026        member (Jastrzębie Innovation Labs, Jastrzębski Klaster Innowacji)
    member2      Member2-Portal-2026       member (MedTech Silesia, PIKMED)

  Keycloak admin console: http://127.0.0.1:$PORTAL_KEYCLOAK_PORT/admin/ (kcadmin / kcadmin-dev-only)
  Logs: $work/wildfly.log, $work/keycloak.log
  Press Ctrl-C to stop.

INFO
wait "$wildfly_pid"

#!/usr/bin/env bash
# Starts the development Keycloak in the foreground (the run command and the test suite both use it):
# imports realm-config/ on first start and again whenever the realm file changes.
#   PORTAL_KEYCLOAK_HOME  the unpacked keycloak-quarkus-dist (the build unpacks it into .run/)
#   PORTAL_KEYCLOAK_PORT  HTTP port, default 8180
#   PORTAL_HTTP_PORT      the portal's port, added to the client's redirect URIs when not a default one
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
project=$(cd "$here/../../.." && pwd)
home=${PORTAL_KEYCLOAK_HOME:?PORTAL_KEYCLOAK_HOME must name the unpacked Keycloak}
port=${PORTAL_KEYCLOAK_PORT:-8180}
portal_port=${PORTAL_HTTP_PORT:-8080}

realm="$project/realm-config/cluster-portal-realm.json"
import="$home/data/import"
mkdir -p "$import"
# The realm allows the default portal ports; another one is added to the redirect URIs here.
sed -e "s#http://localhost:8080/\*#http://localhost:${portal_port}/*#" \
    -e "s#http://127.0.0.1:8080/\*#http://127.0.0.1:${portal_port}/*#" \
    "$realm" > "$import/cluster-portal-realm.json.new"

# Keycloak imports a realm only if it does not exist yet: a changed realm file means a fresh Keycloak database.
if ! cmp -s "$import/cluster-portal-realm.json.new" "$import/cluster-portal-realm.json"; then
    rm -rf "$home/data/h2"
fi
mv "$import/cluster-portal-realm.json.new" "$import/cluster-portal-realm.json"

export KC_BOOTSTRAP_ADMIN_USERNAME=${KC_BOOTSTRAP_ADMIN_USERNAME:-kcadmin}
export KC_BOOTSTRAP_ADMIN_PASSWORD=${KC_BOOTSTRAP_ADMIN_PASSWORD:-kcadmin-dev-only}
exec "$home/bin/kc.sh" start-dev --http-port="$port" --http-host=127.0.0.1 --import-realm

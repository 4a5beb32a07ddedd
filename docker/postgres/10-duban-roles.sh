#!/bin/sh
# Runs once, as the superuser, when the postgres container first creates its data directory
# (docker-entrypoint-initdb.d). Three roles, none a superuser:
#   duban_owner  owns the duban database and runs the migrations (the API with DATABASE_MIGRATION_URL)
#   duban_app    the API and the worker (DATABASE_URL): may only append to the timeline and the audit trail
#   temporal     the Temporal server's own databases
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v owner_password="$DUBAN_OWNER_PASSWORD" -v app_password="$DUBAN_APP_PASSWORD" \
  -v temporal_password="$TEMPORAL_DB_PASSWORD" <<'SQL'
CREATE ROLE duban_owner LOGIN PASSWORD :'owner_password';
CREATE ROLE duban_app LOGIN PASSWORD :'app_password';
CREATE ROLE temporal LOGIN CREATEDB PASSWORD :'temporal_password';
CREATE DATABASE duban OWNER duban_owner;
SQL
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname duban -f /docker-entrypoint-initdb.d/app-role-grants.psql

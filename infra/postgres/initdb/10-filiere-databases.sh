#!/bin/sh
# Run once by the postgres image on an empty data directory (/docker-entrypoint-initdb.d).
#
# One database per tenant, all owned by the unprivileged `filiere` role (the superuser stays for
# operations only). Names follow FILIERE_DATABASE_URL_TEMPLATE=…/filiere_{slug}, where the slug has its
# hyphens replaced by underscores. Adding a region: add its database here (and in infra/k8s), then run
# `filiere db upgrade`. tests/infra checks this list against the tenants configured in filiere.settings.
# -e only: the image sources (rather than runs) a script that lost its executable bit, and -u would leak
# into its entrypoint.
set -e

: "${FILIERE_DB_PASSWORD:?the password of the filiere role must be set}"

# psql substitutes :'app_password' as a quoted literal: the password never goes through the shell.
psql --set=ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
     --set=app_password="$FILIERE_DB_PASSWORD" <<'SQL'
CREATE ROLE filiere LOGIN PASSWORD :'app_password';

CREATE DATABASE filiere_national OWNER filiere;
CREATE DATABASE filiere_normandie OWNER filiere;
CREATE DATABASE filiere_ile_de_france OWNER filiere;
CREATE DATABASE filiere_hauts_de_france OWNER filiere;
CREATE DATABASE filiere_bourgogne_franche_comte OWNER filiere;
SQL

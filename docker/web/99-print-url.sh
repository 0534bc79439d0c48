#!/bin/sh
# Says where the app is, in `docker compose up`'s output (the nginx image runs this at start).
echo "Web app: ${PUBLIC_WEB_URL:-http://localhost:8080/}   (its gateway: ${GRAPHQL_URL})"

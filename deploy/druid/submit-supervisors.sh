#!/bin/sh
# Submits every Kafka supervisor spec of schemas/druid/ to Druid, with ${KAFKA_BOOTSTRAP} replaced.
# Druid keeps a submitted supervisor and replaces it when the same spec comes again, so running this
# twice is harmless. Needs DRUID_URL and KAFKA_BOOTSTRAP; schemas/ is mounted at /opt/callsight/schemas.
set -eu
: "${DRUID_URL:?DRUID_URL is not set}"
: "${KAFKA_BOOTSTRAP:?KAFKA_BOOTSTRAP is not set}"

until curl -fsS "$DRUID_URL/status/health" >/dev/null 2>&1; do
  echo "waiting for Druid at $DRUID_URL"
  sleep 5
done

found=0
for spec in /opt/callsight/schemas/druid/*.json; do
  [ -e "$spec" ] || break
  found=1
  echo "submitting $spec"
  sed "s|\${KAFKA_BOOTSTRAP}|$KAFKA_BOOTSTRAP|g" "$spec" |
    curl -fsS -X POST -H 'Content-Type: application/json' --data-binary @- \
      "$DRUID_URL/druid/indexer/v1/supervisor"
  echo
done
if [ "$found" = 0 ]; then
  echo "no supervisor specs in schemas/druid/*.json" >&2
  exit 1
fi

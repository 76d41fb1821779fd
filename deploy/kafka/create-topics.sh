#!/bin/bash
# Creates CallSight's topics (the names of io.callsight.schemas.Topic) if they are missing, with
# KAFKA_PARTITIONS partitions; dead letters are kept a month. Runs in the Kafka image.
set -euo pipefail
: "${KAFKA_BOOTSTRAP:?KAFKA_BOOTSTRAP is not set}"
: "${KAFKA_PARTITIONS:?KAFKA_PARTITIONS is not set}"
TOPICS=(call-events agent-events queue-kpi agent-kpi queue-snapshot alerts recordings transcripts call-scores transcript-turns agent-scorecard dead-letters)

until /opt/kafka/bin/kafka-topics.sh --bootstrap-server "$KAFKA_BOOTSTRAP" --list >/dev/null 2>&1; do
  echo "waiting for Kafka at $KAFKA_BOOTSTRAP"
  sleep 2
done
for topic in "${TOPICS[@]}"; do
  config=()
  if [ "$topic" = dead-letters ]; then
    config=(--config retention.ms=2592000000)
  fi
  /opt/kafka/bin/kafka-topics.sh --bootstrap-server "$KAFKA_BOOTSTRAP" --create --if-not-exists \
    --topic "$topic" --partitions "$KAFKA_PARTITIONS" "${config[@]}"
done

package io.callsight.common;

import io.callsight.schemas.Topic;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creates CallSight's topics on a broker if they are missing; existing topics are left alone. */
public final class KafkaTopics {
  private KafkaTopics() {}

  /**
   * Makes sure every given topic exists.
   *
   * @throws IllegalStateException naming the broker when it cannot be reached in time
   */
  public static void ensure(
      String bootstrapServers, Collection<Topic> topics, int partitions, Duration timeout) {
    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
    props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
    try (Admin admin = Admin.create(props)) {
      Set<String> existing =
          admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      List<NewTopic> missing =
          topics.stream()
              .filter(t -> !existing.contains(t.topicName()))
              .map(t -> new NewTopic(t.topicName(), partitions, (short) -1).configs(configFor(t)))
              .toList();
      if (missing.isEmpty()) {
        return;
      }
      try {
        admin.createTopics(missing).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof TopicExistsException)) {
          throw e;
        }
      }
      awaitLeaders(admin, missing.stream().map(NewTopic::name).toList(), timeout);
    } catch (TimeoutException e) {
      throw new IllegalStateException(
          "Kafka at "
              + bootstrapServers
              + " did not answer within "
              + timeout
              + ": is the broker running and is the address right?",
          e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(
          "could not create topics on Kafka at " + bootstrapServers + ": " + e.getCause(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating topics", e);
    }
  }

  /**
   * Waits until the brokers know a leader for every partition of the new topics. A producer that
   * writes at once can otherwise have its first request refused (the broker has not applied the
   * topic yet) and a later one accepted, after which the first is refused for good as out of order
   * and its records are lost when they time out (KAFKA-15591, seen here in a test).
   */
  private static void awaitLeaders(Admin admin, List<String> topics, Duration timeout)
      throws ExecutionException, InterruptedException, TimeoutException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      boolean led =
          admin
              .describeTopics(topics)
              .allTopicNames()
              .get(timeout.toMillis(), TimeUnit.MILLISECONDS)
              .values()
              .stream()
              .flatMap(d -> d.partitions().stream())
              .allMatch(p -> p.leader() != null && !p.leader().isEmpty());
      if (led) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new TimeoutException("no leader for every partition of " + topics);
      }
      Thread.sleep(50);
    }
  }

  private static Map<String, String> configFor(Topic topic) {
    // Dead letters are what someone comes back to days later: keep them a month.
    if (topic == Topic.DEAD_LETTERS) {
      return Map.of("retention.ms", String.valueOf(Duration.ofDays(30).toMillis()));
    }
    return Map.of();
  }
}

package io.callsight.jobs.kpi.flink;

import static org.assertj.core.api.Assertions.assertThat;

import io.callsight.jobs.flink.CallEventSerializer;
import io.callsight.jobs.flink.TranscriptSerializer;
import io.callsight.jobs.kpi.AgentInput;
import io.callsight.jobs.kpi.AgentInputKind;
import io.callsight.jobs.kpi.CallFact;
import io.callsight.jobs.kpi.FactKind;
import io.callsight.schemas.CallEvent;
import io.callsight.schemas.CallEventType;
import io.callsight.schemas.Direction;
import io.callsight.schemas.EndedBy;
import io.callsight.schemas.TransferKind;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSchemaCompatibility;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

class HandWrittenSerializersTest {

  @Test
  void callEventsWithEveryFieldAndWithNoneOptionalSurvive() throws Exception {
    CallEvent full =
        new CallEvent(
            "e-1",
            "c-1",
            1_700_000_000_123L,
            CallEventType.TRANSFERRED,
            "sales",
            "1127",
            "9f86d081884c7d65",
            Direction.INBOUND,
            12_000L,
            3_000L,
            95_000L,
            7_000L,
            20_000L,
            3,
            EndedBy.AGENT,
            TransferKind.BLIND,
            "support",
            "resolved",
            true,
            "asterisk");
    CallEvent bare =
        CallEvent.builder("e-2", "c-2", 1_700_000_000_000L, CallEventType.QUEUED, "asterisk")
            .queue("sales")
            .build();
    TypeSerializer<CallEvent> serializer = serializerOf(CallEventSerializer.TYPE);
    assertThat(roundTrip(serializer, full)).isEqualTo(full);
    assertThat(roundTrip(serializer, bare)).isEqualTo(bare);
    assertThat(roundTrip(serializer, full.toBuilder().caseEntered(false).build()).caseEntered())
        .isFalse();
    // CallEventSerializer writes these one by one: a new component must be added there too.
    assertThat(CallEvent.class.getRecordComponents()).hasSize(20);
  }

  @Test
  void callFactsSurviveAndCopiesAreTheirOwn() throws Exception {
    CallFact f = new CallFact(FactKind.HANDLED, "c-1", "sales", "1127", 42L);
    f.callerId = "9f86d081884c7d65";
    f.waitMs = 1;
    f.ringMs = 2;
    f.talkMs = 3;
    f.holdMs = 4;
    f.holdCount = 5;
    f.wrapupMs = 6;
    f.transferred = true;
    f.caseEntered = Boolean.FALSE;
    f.queuedAt = 7;
    TypeSerializer<CallFact> serializer = serializerOf(CallFactSerializer.TYPE);
    assertThat(roundTrip(serializer, f)).usingRecursiveComparison().isEqualTo(f);
    CallFact copy = serializer.copy(f);
    assertThat(copy).isNotSameAs(f).usingRecursiveComparison().isEqualTo(f);
    CallFact bare = new CallFact(FactKind.OFFERED, "c-2", "sales", null, 1L);
    assertThat(roundTrip(serializer, bare)).usingRecursiveComparison().isEqualTo(bare);
    assertThat(instanceFields(CallFact.class)).hasSize(15);
  }

  @Test
  void agentInputsSurviveAndCopiesAreTheirOwn() throws Exception {
    AgentInput i = new AgentInput("1127", 42L, AgentInputKind.WRAPUP_ENDED, "sales", "c-1");
    i.seq = 9;
    i.transferred = true;
    i.caseEntered = Boolean.TRUE;
    TypeSerializer<AgentInput> serializer = serializerOf(AgentInputSerializer.TYPE);
    assertThat(roundTrip(serializer, i)).usingRecursiveComparison().isEqualTo(i);
    assertThat(serializer.copy(i)).isNotSameAs(i).usingRecursiveComparison().isEqualTo(i);
    AgentInput login = new AgentInput("1127", 1L, AgentInputKind.LOGIN, null, null);
    assertThat(roundTrip(serializer, login)).usingRecursiveComparison().isEqualTo(login);
    assertThat(instanceFields(AgentInput.class)).hasSize(8);
  }

  @Test
  void eachSerializerIsRestoredFromItsWrittenSnapshotAndOnlyItself() throws Exception {
    TypeInformation<?>[] types = {
      CallEventSerializer.TYPE,
      CallFactSerializer.TYPE,
      AgentInputSerializer.TYPE,
      TranscriptSerializer.TYPE
    };
    for (TypeInformation<?> type : types) {
      TypeSerializer<?> serializer = serializerOf(type);
      TypeSerializerSnapshot<?> read = writtenAndReadBack(serializer.snapshotConfiguration());
      assertThat(read.restoreSerializer()).isSameAs(serializer);
      assertThat(compatibility(serializer.snapshotConfiguration(), read).isCompatibleAsIs())
          .isTrue();
      TypeInformation<?> otherType = type == types[0] ? types[1] : types[0];
      TypeSerializer<?> other = serializerOf(otherType);
      assertThat(compatibility(serializer.snapshotConfiguration(), other.snapshotConfiguration()))
          .matches(TypeSerializerSchemaCompatibility::isIncompatible);
    }
  }

  private static TypeSerializerSnapshot<?> writtenAndReadBack(TypeSerializerSnapshot<?> snapshot)
      throws Exception {
    DataOutputSerializer out = new DataOutputSerializer(64);
    TypeSerializerSnapshot.writeVersionedSnapshot(out, snapshot);
    return TypeSerializerSnapshot.readVersionedSnapshot(
        new DataInputDeserializer(out.getSharedBuffer(), 0, out.length()),
        HandWrittenSerializersTest.class.getClassLoader());
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static TypeSerializerSchemaCompatibility<?> compatibility(
      TypeSerializerSnapshot<?> current, TypeSerializerSnapshot<?> old) {
    return ((TypeSerializerSnapshot) current).resolveSchemaCompatibility(old);
  }

  private static <T> TypeSerializer<T> serializerOf(TypeInformation<T> type) {
    return type.createSerializer(new SerializerConfigImpl());
  }

  /** Writes, copies the bytes with the serializer's stream copy, and reads the copy back. */
  private static <T> T roundTrip(TypeSerializer<T> serializer, T value) throws Exception {
    DataOutputSerializer out = new DataOutputSerializer(128);
    serializer.serialize(value, out);
    DataOutputSerializer copied = new DataOutputSerializer(128);
    serializer.copy(new DataInputDeserializer(out.getSharedBuffer(), 0, out.length()), copied);
    return serializer.deserialize(
        new DataInputDeserializer(copied.getSharedBuffer(), 0, copied.length()));
  }

  private static Field[] instanceFields(Class<?> type) {
    return Arrays.stream(type.getDeclaredFields())
        .filter(f -> !Modifier.isStatic(f.getModifiers()))
        .toArray(Field[]::new);
  }
}

package io.callsight.jobs.kpi.flink;

import io.callsight.jobs.flink.FieldSerializer;
import io.callsight.jobs.flink.HandWrittenType;
import io.callsight.jobs.kpi.CallFact;
import io.callsight.jobs.kpi.FactKind;
import java.io.IOException;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * Call facts between operators, field by field: the call tracker's facts go to the queue book and
 * the repeat-caller detector, and are copied once per chained branch. A new field of {@link
 * CallFact} needs a line in each method here ({@code HandWrittenSerializersTest} says so).
 */
public final class CallFactSerializer extends FieldSerializer<CallFact> {
  public static final CallFactSerializer INSTANCE = new CallFactSerializer();
  public static final TypeInformation<CallFact> TYPE =
      new HandWrittenType<>(CallFact.class, INSTANCE);
  private static final long serialVersionUID = 1L;

  private CallFactSerializer() {}

  @Override
  public void serialize(CallFact f, DataOutputView out) throws IOException {
    writeEnum(f.kind, out);
    writeString(f.callId, out);
    writeString(f.queue, out);
    writeString(f.agentId, out);
    writeString(f.callerId, out);
    out.writeLong(f.eventTime);
    out.writeLong(f.waitMs);
    out.writeLong(f.ringMs);
    out.writeLong(f.talkMs);
    out.writeLong(f.holdMs);
    out.writeInt(f.holdCount);
    out.writeLong(f.wrapupMs);
    out.writeBoolean(f.transferred);
    writeBoolean(f.caseEntered, out);
    out.writeLong(f.queuedAt);
  }

  @Override
  public CallFact deserialize(DataInputView in) throws IOException {
    CallFact f = new CallFact();
    f.kind = readEnum(FactKind.class, in);
    f.callId = readString(in);
    f.queue = readString(in);
    f.agentId = readString(in);
    f.callerId = readString(in);
    f.eventTime = in.readLong();
    f.waitMs = in.readLong();
    f.ringMs = in.readLong();
    f.talkMs = in.readLong();
    f.holdMs = in.readLong();
    f.holdCount = in.readInt();
    f.wrapupMs = in.readLong();
    f.transferred = in.readBoolean();
    f.caseEntered = readBoolean(in);
    f.queuedAt = in.readLong();
    return f;
  }

  @Override
  public CallFact copy(CallFact from) {
    CallFact f = new CallFact(from.kind, from.callId, from.queue, from.agentId, from.eventTime);
    f.callerId = from.callerId;
    f.waitMs = from.waitMs;
    f.ringMs = from.ringMs;
    f.talkMs = from.talkMs;
    f.holdMs = from.holdMs;
    f.holdCount = from.holdCount;
    f.wrapupMs = from.wrapupMs;
    f.transferred = from.transferred;
    f.caseEntered = from.caseEntered;
    f.queuedAt = from.queuedAt;
    return f;
  }

  @Override
  public CallFact createInstance() {
    return new CallFact();
  }
}

package io.callsight.jobs.kpi.flink;

import io.callsight.jobs.flink.FieldSerializer;
import io.callsight.jobs.flink.HandWrittenType;
import io.callsight.jobs.kpi.AgentInput;
import io.callsight.jobs.kpi.AgentInputKind;
import java.io.IOException;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * Agent inputs between operators, field by field: every agent event and most call facts reach the
 * agent book as one. A new field of {@link AgentInput} needs a line in each method here ({@code
 * HandWrittenSerializersTest} says so).
 */
public final class AgentInputSerializer extends FieldSerializer<AgentInput> {
  public static final AgentInputSerializer INSTANCE = new AgentInputSerializer();
  public static final TypeInformation<AgentInput> TYPE =
      new HandWrittenType<>(AgentInput.class, INSTANCE);
  private static final long serialVersionUID = 1L;

  private AgentInputSerializer() {}

  @Override
  public void serialize(AgentInput i, DataOutputView out) throws IOException {
    writeString(i.agentId, out);
    out.writeLong(i.time);
    out.writeLong(i.seq);
    writeEnum(i.kind, out);
    writeString(i.queue, out);
    writeString(i.callId, out);
    out.writeBoolean(i.transferred);
    writeBoolean(i.caseEntered, out);
  }

  @Override
  public AgentInput deserialize(DataInputView in) throws IOException {
    AgentInput i = new AgentInput();
    i.agentId = readString(in);
    i.time = in.readLong();
    i.seq = in.readLong();
    i.kind = readEnum(AgentInputKind.class, in);
    i.queue = readString(in);
    i.callId = readString(in);
    i.transferred = in.readBoolean();
    i.caseEntered = readBoolean(in);
    return i;
  }

  @Override
  public AgentInput copy(AgentInput from) {
    AgentInput i = new AgentInput(from.agentId, from.time, from.kind, from.queue, from.callId);
    i.seq = from.seq;
    i.transferred = from.transferred;
    i.caseEntered = from.caseEntered;
    return i;
  }

  @Override
  public AgentInput createInstance() {
    return new AgentInput();
  }
}

package io.callsight.jobs.flink;

import io.callsight.schemas.CallEvent;
import io.callsight.schemas.CallEventType;
import io.callsight.schemas.Direction;
import io.callsight.schemas.EndedBy;
import io.callsight.schemas.TransferKind;
import java.io.IOException;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * Call events between operators, field by field: every call event crosses from its source to the
 * call tracker. A new field of {@link CallEvent} needs a line here ({@code
 * HandWrittenSerializersTest} says so).
 */
public final class CallEventSerializer extends FieldSerializer.Immutable<CallEvent> {
  public static final CallEventSerializer INSTANCE = new CallEventSerializer();
  public static final TypeInformation<CallEvent> TYPE =
      new HandWrittenType<>(CallEvent.class, INSTANCE);
  private static final long serialVersionUID = 1L;

  private CallEventSerializer() {}

  @Override
  public void serialize(CallEvent e, DataOutputView out) throws IOException {
    writeString(e.eventId(), out);
    writeString(e.callId(), out);
    out.writeLong(e.eventTime());
    writeEnum(e.type(), out);
    writeString(e.queue(), out);
    writeString(e.agentId(), out);
    writeString(e.callerId(), out);
    writeEnum(e.direction(), out);
    writeLong(e.waitMs(), out);
    writeLong(e.ringMs(), out);
    writeLong(e.talkMs(), out);
    writeLong(e.holdMs(), out);
    writeLong(e.wrapupMs(), out);
    writeInt(e.position(), out);
    writeEnum(e.endedBy(), out);
    writeEnum(e.transferKind(), out);
    writeString(e.transferTarget(), out);
    writeString(e.disposition(), out);
    writeBoolean(e.caseEntered(), out);
    writeString(e.source(), out);
  }

  @Override
  public CallEvent deserialize(DataInputView in) throws IOException {
    return new CallEvent(
        readString(in),
        readString(in),
        in.readLong(),
        readEnum(CallEventType.class, in),
        readString(in),
        readString(in),
        readString(in),
        readEnum(Direction.class, in),
        readLong(in),
        readLong(in),
        readLong(in),
        readLong(in),
        readLong(in),
        readInt(in),
        readEnum(EndedBy.class, in),
        readEnum(TransferKind.class, in),
        readString(in),
        readString(in),
        readBoolean(in),
        readString(in));
  }
}

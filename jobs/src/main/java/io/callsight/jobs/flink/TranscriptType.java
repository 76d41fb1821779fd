package io.callsight.jobs.flink;

import io.callsight.schemas.Transcript;
import org.apache.flink.api.common.serialization.SerializerConfig;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;

/**
 * The Flink type of a stream of transcripts that crosses the network: {@link TranscriptSerializer}
 * instead of Flink's POJO serializer. Give it with {@code .returns(TranscriptType.INSTANCE)}.
 */
public final class TranscriptType extends TypeInformation<Transcript> {
  public static final TranscriptType INSTANCE = new TranscriptType();
  private static final long serialVersionUID = 1L;

  private TranscriptType() {}

  @Override
  public TypeSerializer<Transcript> createSerializer(SerializerConfig config) {
    return TranscriptSerializer.INSTANCE;
  }

  @Override
  public Class<Transcript> getTypeClass() {
    return Transcript.class;
  }

  @Override
  public boolean isBasicType() {
    return false;
  }

  @Override
  public boolean isTupleType() {
    return false;
  }

  @Override
  public int getArity() {
    return 1;
  }

  @Override
  public int getTotalFields() {
    return 1;
  }

  @Override
  public boolean isKeyType() {
    return false;
  }

  @Override
  public String toString() {
    return "TranscriptType";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TranscriptType;
  }

  @Override
  public int hashCode() {
    return TranscriptType.class.hashCode();
  }

  @Override
  public boolean canEqual(Object o) {
    return o instanceof TranscriptType;
  }
}

package io.callsight.jobs.flink;

import org.apache.flink.api.common.serialization.SerializerConfig;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;

/**
 * The Flink type of a stream whose records cross the network with a hand-written serializer instead
 * of Flink's POJO serializer, which sets every field and builds every record by reflection. Give it
 * with {@code .returns(SomeSerializer.TYPE)}.
 */
public final class HandWrittenType<T> extends TypeInformation<T> {
  private static final long serialVersionUID = 1L;

  private final Class<T> type;
  private final TypeSerializer<T> serializer;

  public HandWrittenType(Class<T> type, TypeSerializer<T> serializer) {
    this.type = type;
    this.serializer = serializer;
  }

  @Override
  public TypeSerializer<T> createSerializer(SerializerConfig config) {
    return serializer;
  }

  @Override
  public Class<T> getTypeClass() {
    return type;
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
    return type.getSimpleName() + " by " + serializer.getClass().getSimpleName();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HandWrittenType<?> h
        && h.type == type
        && h.serializer.getClass() == serializer.getClass();
  }

  @Override
  public int hashCode() {
    return type.hashCode() * 31 + serializer.getClass().hashCode();
  }

  @Override
  public boolean canEqual(Object o) {
    return o instanceof HandWrittenType;
  }
}

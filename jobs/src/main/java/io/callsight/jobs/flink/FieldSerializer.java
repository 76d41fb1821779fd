package io.callsight.jobs.flink;

import java.io.IOException;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSchemaCompatibility;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.base.TypeSerializerSingleton;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.apache.flink.types.StringValue;

/**
 * A serializer that writes its type's fields one by one, with what such serializers share: strings
 * and enums may be null, enums go by name (unaligned checkpoints keep records in flight, so the
 * bytes must survive a reordered enum), boxed numbers carry a presence byte, and each has one
 * instance, {@code INSTANCE}, which its snapshot restores.
 */
public abstract class FieldSerializer<T> extends TypeSerializerSingleton<T> {
  private static final long serialVersionUID = 1L;

  @Override
  public T deserialize(T reuse, DataInputView in) throws IOException {
    return deserialize(in);
  }

  @Override
  public void copy(DataInputView in, DataOutputView out) throws IOException {
    serialize(deserialize(in), out);
  }

  @Override
  public T copy(T from, T reuse) {
    return copy(from);
  }

  @Override
  public int getLength() {
    return -1;
  }

  /** Mutable unless it extends {@link Immutable}: Flink copies such values between operators. */
  @Override
  public boolean isImmutableType() {
    return false;
  }

  /** For records, which Flink may share instead of copying: no instance to make, no copy. */
  public abstract static class Immutable<T> extends FieldSerializer<T> {
    private static final long serialVersionUID = 1L;

    @Override
    public final boolean isImmutableType() {
      return true;
    }

    @Override
    public final T createInstance() {
      return null;
    }

    @Override
    public final T copy(T from) {
      return from;
    }
  }

  @Override
  public final TypeSerializerSnapshot<T> snapshotConfiguration() {
    return new Snapshot<>(getClass());
  }

  /** Names the serializer's class; restoring takes that class's {@code INSTANCE}. */
  public static final class Snapshot<T> implements TypeSerializerSnapshot<T> {
    private Class<?> serializerClass;

    /** For Flink, which reads the class name back with {@link #readSnapshot}. */
    public Snapshot() {}

    Snapshot(Class<?> serializerClass) {
      this.serializerClass = serializerClass;
    }

    @Override
    public int getCurrentVersion() {
      return 1;
    }

    @Override
    public void writeSnapshot(DataOutputView out) throws IOException {
      out.writeUTF(serializerClass.getName());
    }

    @Override
    public void readSnapshot(int version, DataInputView in, ClassLoader classLoader)
        throws IOException {
      String name = in.readUTF();
      try {
        serializerClass = Class.forName(name, false, classLoader);
      } catch (ClassNotFoundException e) {
        throw new IOException("the checkpoint names serializer " + name + ", which is gone", e);
      }
    }

    @Override
    @SuppressWarnings("unchecked")
    public TypeSerializer<T> restoreSerializer() {
      try {
        return (TypeSerializer<T>) serializerClass.getField("INSTANCE").get(null);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(serializerClass + " has no public INSTANCE", e);
      }
    }

    @Override
    public TypeSerializerSchemaCompatibility<T> resolveSchemaCompatibility(
        TypeSerializerSnapshot<T> oldSnapshot) {
      return oldSnapshot instanceof Snapshot<?> old && old.serializerClass == serializerClass
          ? TypeSerializerSchemaCompatibility.compatibleAsIs()
          : TypeSerializerSchemaCompatibility.incompatible();
    }
  }

  protected static void writeString(String s, DataOutputView out) throws IOException {
    StringValue.writeString(s, out);
  }

  protected static String readString(DataInputView in) throws IOException {
    return StringValue.readString(in);
  }

  protected static void writeEnum(Enum<?> e, DataOutputView out) throws IOException {
    StringValue.writeString(e == null ? null : e.name(), out);
  }

  protected static <E extends Enum<E>> E readEnum(Class<E> type, DataInputView in)
      throws IOException {
    String name = StringValue.readString(in);
    return name == null ? null : Enum.valueOf(type, name);
  }

  protected static void writeLong(Long value, DataOutputView out) throws IOException {
    out.writeBoolean(value != null);
    if (value != null) {
      out.writeLong(value);
    }
  }

  protected static Long readLong(DataInputView in) throws IOException {
    return in.readBoolean() ? in.readLong() : null;
  }

  protected static void writeInt(Integer value, DataOutputView out) throws IOException {
    out.writeBoolean(value != null);
    if (value != null) {
      out.writeInt(value);
    }
  }

  protected static Integer readInt(DataInputView in) throws IOException {
    return in.readBoolean() ? in.readInt() : null;
  }

  /** A nullable Boolean as one byte: 0 null, 1 false, 2 true. */
  protected static void writeBoolean(Boolean value, DataOutputView out) throws IOException {
    out.writeByte(value == null ? 0 : value ? 2 : 1);
  }

  protected static Boolean readBoolean(DataInputView in) throws IOException {
    byte b = in.readByte();
    return b == 0 ? null : b == 2;
  }
}

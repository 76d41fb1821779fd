package io.callsight.cli;

import io.callsight.schemas.ChannelLayout;
import picocli.CommandLine.ITypeConverter;

/** Reads {@code agent-left}, {@code agent-right} or {@code mono} from the command line. */
final class LayoutConverter implements ITypeConverter<ChannelLayout> {
  @Override
  public ChannelLayout convert(String value) {
    return ChannelLayout.of(value.trim().toLowerCase(java.util.Locale.ROOT));
  }
}

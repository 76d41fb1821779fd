package io.callsight.cli;

import io.callsight.schemas.ChannelLayout;
import picocli.CommandLine.Option;

/** {@code --layout}: which channel of a stereo recording is the agent's. */
final class LayoutOption {
  @Option(
      names = "--layout",
      paramLabel = "LAYOUT",
      defaultValue = "agent-left",
      converter = LayoutConverter.class,
      description =
          "Which channel of a stereo file is the agent's: agent-left, agent-right, or mono to"
              + " treat both channels as one mix (mono files are always mono)."
              + " Default: ${DEFAULT-VALUE}")
  ChannelLayout layout;
}

package io.callsight.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ./callsight} command: one subcommand per thing a user does. */
@Command(
    name = "callsight",
    mixinStandardHelpOptions = true,
    version = "CallSight 0.1.0",
    description = "Real-time contact-centre analytics and quality monitoring.",
    subcommands = {
      DemoCommand.class,
      StackCommand.class,
      KpiCommand.class,
      KpiJobCommand.class,
      QueryCommand.class,
      TranscribeCommand.class,
      TranscribeJobCommand.class,
      QualityJobCommand.class,
      SimulateCommand.class,
      IngestCommand.class,
      ScoreCommand.class,
      RescoreCommand.class,
      SentimentCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class CallSight implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, for tests that run commands in-process. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new CallSight()).setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          // Bad input and bad configuration are the user's to fix: say what, not where in Java.
          if (e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
            // The full name ("callsight bench sentiment"): subcommands of two groups share names.
            cmd.getErr().println(cmd.getCommandSpec().qualifiedName() + ": " + e.getMessage());
            return 1;
          }
          throw e;
        });
    return cli;
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}

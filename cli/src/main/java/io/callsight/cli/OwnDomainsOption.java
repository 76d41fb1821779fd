package io.callsight.cli;

import io.callsight.quality.redact.Redactor;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --own-domain}: the centre's own e-mail domains, whose addresses agents give out and which
 * stay as said, as the jobs' {@code redaction.own-domains}.
 */
final class OwnDomainsOption {
  @Option(
      names = "--own-domain",
      paramLabel = "DOMAIN",
      split = ",",
      description =
          "The centre's own e-mail domain (example.com); repeat it or separate with commas."
              + " Addresses at it, as agents give them (claims@example.com), are not redacted and"
              + " disclose nothing. Default: every address is redacted")
  List<String> domains;

  Redactor redactor() {
    return new Redactor(
        Redactor.ownDomains(domains == null ? "" : String.join(",", domains), "--own-domain"));
  }
}

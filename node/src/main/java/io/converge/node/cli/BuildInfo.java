package io.converge.node.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** What was built: version and commit, filtered into {@code converge-build.properties} by Maven. */
public record BuildInfo(String version, String commit) {
  public static BuildInfo current() {
    Properties p = new Properties();
    try (InputStream in = BuildInfo.class.getResourceAsStream("/converge-build.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new BuildInfo(p.getProperty("version", "unknown"), p.getProperty("commit", "unknown"));
  }

  public String describe() {
    return "converge " + version + " (java " + Runtime.version() + ", " + System.getProperty("os.name") + "/"
        + System.getProperty("os.arch") + ")";
  }
}

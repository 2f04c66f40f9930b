package org.sijill.site;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Wall time of the stages of a build, printed to the error stream as {@code timing: <stage> <ms>
 * ms} when the system property {@code sijill.timing} is {@code true}; silent otherwise. For
 * measuring, not part of the normal output.
 */
public final class Timing {
  private final PrintStream err;
  private long last = System.nanoTime();

  private Timing(PrintStream err) {
    this.err = err;
  }

  /** A timing that prints to {@code err} if {@code -Dsijill.timing=true}. */
  public static Timing of(PrintStream err) {
    return new Timing(Boolean.getBoolean("sijill.timing") ? err : null);
  }

  /** Ends the stage {@code name}, which began at the last call (or at creation). */
  public void lap(String name) {
    long now = System.nanoTime();
    if (err != null) {
      Runtime rt = Runtime.getRuntime();
      err.printf(
          Locale.ROOT,
          "timing: %-12s %7d ms (heap used %d MB)%n",
          name,
          (now - last) / 1_000_000,
          (rt.totalMemory() - rt.freeMemory()) >> 20);
    }
    last = now;
  }
}

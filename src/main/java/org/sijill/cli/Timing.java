package org.sijill.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Prints how long each stage took, to standard error, when the build runs with
 * {@code -Dsijill.timing=true}; otherwise does nothing. For measuring, not for the summary.
 */
final class Timing {
  private final PrintStream err;
  private final boolean on;
  private long last = System.nanoTime();
  private long lastCpu = cpu();

  Timing(PrintStream err, boolean on) {
    this.err = err;
    this.on = on;
  }

  static Timing fromSystemProperty(PrintStream err) {
    return new Timing(err, Boolean.getBoolean("sijill.timing"));
  }

  /** CPU time of the whole process so far, in nanoseconds (the stages share the machine with others). */
  private static long cpu() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : 0;
  }

  /** Prints {@code what} with the time since the previous lap, without ending the lap. */
  void note(String what) {
    if (on) {
      err.printf(Locale.ROOT, "timing:   %s after %.2f s%n", what, (System.nanoTime() - last) / 1e9);
    }
  }

  /** Prints the time since the previous lap (or since this was made) under {@code stage}. */
  void lap(String stage) {
    long now = System.nanoTime();
    long nowCpu = cpu();
    if (on) {
      Runtime rt = Runtime.getRuntime();
      err.printf(Locale.ROOT, "timing: %-10s %8.2f s  (cpu %.2f s, heap used %d MB)%n", stage, (now - last) / 1e9,
          (nowCpu - lastCpu) / 1e9, (rt.totalMemory() - rt.freeMemory()) >> 20);
    }
    last = now;
    lastCpu = nowCpu;
  }
}

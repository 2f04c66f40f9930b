package org.sijill.diag;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Wall and CPU time of the stages of a build, printed to the error stream as {@code timing:
 * <stage> <s> s (cpu <s> s, heap used <MB> MB)} when the system property {@code sijill.timing} is
 * {@code true}; silent otherwise. For measuring, not part of the normal output.
 */
public final class Timing {
  private final PrintStream err;
  private long last = System.nanoTime();
  private long lastCpu = cpu();

  private Timing(PrintStream err) {
    this.err = err;
  }

  /** A timing that prints to {@code err} if {@code -Dsijill.timing=true}. */
  public static Timing of(PrintStream err) {
    return new Timing(Boolean.getBoolean("sijill.timing") ? err : null);
  }

  /** CPU time of the whole process so far, in nanoseconds (the machine may be shared). */
  private static long cpu() {
    return ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : 0;
  }

  /** Prints {@code what} with the time since the last lap, without ending the lap. */
  public void note(String what) {
    if (err != null) {
      err.printf(
          Locale.ROOT, "timing:   %s after %.2f s%n", what, (System.nanoTime() - last) / 1e9);
    }
  }

  /** Ends the stage {@code name}, which began at the last lap (or at creation). */
  public void lap(String name) {
    long now = System.nanoTime();
    long nowCpu = cpu();
    if (err != null) {
      Runtime rt = Runtime.getRuntime();
      err.printf(
          Locale.ROOT,
          "timing: %-10s %8.2f s  (cpu %.2f s, heap used %d MB)%n",
          name,
          (now - last) / 1e9,
          (nowCpu - lastCpu) / 1e9,
          (rt.totalMemory() - rt.freeMemory()) >> 20);
    }
    last = now;
    lastCpu = nowCpu;
  }
}

package org.sijill.cli;

/** What {@code mvn site-gen} exits with. */
public enum ExitCode {
  /** The site was built and checked. */
  OK(0),
  /** Input files have errors; nothing was written and the previous site is intact. */
  INPUT_ERRORS(1),
  /** The command line was wrong. */
  USAGE(2),
  /** The built pages failed the output checks; the previous site is intact. */
  OUTPUT_ERRORS(3);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}

package org.sijill.facts;

/** A 1-based line and column (counted in code points) in a text file. */
public record Position(int line, int column) {
  public static final Position START = new Position(1, 1);

  @Override
  public String toString() {
    return line + ":" + column;
  }
}

package org.sijill.facts;

/** One side of a deal: exactly one of {@code company} or {@code person} is set. */
public record Party(String company, String person, String role) {
  public String entity() {
    return company != null ? company : person;
  }
}

package org.sijill.cli;

public final class Main {
  public static void main(String[] args) {
    System.out.println("hello " + String.join(" ", args));
  }
}

package org.sijill.extract;

import java.util.List;

/** Finds the known entities named in a text, left to right, without overlaps. */
@FunctionalInterface
public interface MentionFinder {
  List<Mention> find(String text);
}

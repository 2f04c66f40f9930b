package org.sijill.articles;

/**
 * One sentence of an article: its 1-based {@code number} (the title is sentence 1), the 0-based
 * paragraph it belongs to, and its {@code [start, end)} offsets into {@link Article#text()}.
 */
public record Sentence(int number, int paragraph, int start, int end, String text) {}

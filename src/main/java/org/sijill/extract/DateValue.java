package org.sijill.extract;

/**
 * A date: {@code iso} is {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} as {@code precision}
 * says, or null ({@link Precision#NONE}) when it is relative and the publication date is unknown;
 * {@code text} keeps the words as written ("في يونيو الماضي").
 */
public record DateValue(String iso, String text, Precision precision, int start, int end) implements Value {}

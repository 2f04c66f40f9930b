package org.sijill.extract;

import java.math.BigDecimal;

/** A number of things: "14 باحثًا" is 14 of {@code noun} "باحثًا" (as written). */
public record CountValue(BigDecimal count, String noun, String text, int start, int end) implements Value {}

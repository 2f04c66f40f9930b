package org.sijill.extract;

import java.math.BigDecimal;

/** A percentage: "49%", "٤٩٪" and "49 بالمئة" are all 49. */
public record PercentValue(BigDecimal percent, String text, int start, int end) implements Value {}

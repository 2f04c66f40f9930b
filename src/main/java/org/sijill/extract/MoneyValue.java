package org.sijill.extract;

import java.math.BigDecimal;

/** An amount of money: "14.3 مليار دولار" is 14300000000 USD. */
public record MoneyValue(BigDecimal amount, String currency, String text, int start, int end) implements Value {}

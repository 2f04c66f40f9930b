package org.sijill.facts;

import java.math.BigDecimal;

/** An amount in whole units of an ISO 4217 currency, e.g. 14300000000 USD. */
public record Money(BigDecimal value, String currency) {}

package org.trademission.platform.money;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** The contract's money: {@code {"amount": "12500.00", "currency": "EUR"}}, the amount a decimal string. */
public record Money(
        @NotNull @DecimalMin("0.00") @Digits(integer = 15, fraction = 2) @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal amount,
        @NotNull @IsoCurrency String currency) {

    public Money {
        if (amount != null && amount.scale() < 2) {
            amount = amount.setScale(2, RoundingMode.UNNECESSARY);
        }
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }
}

package vn.motcua.catalog.boundary;

import vn.motcua.catalog.entity.TermUnit;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalTime;

/** A statutory term: unit, amount (1 for the same day) and optional cut-off time of day. */
public record StatutoryTermDto(TermUnit unit, BigDecimal amount, LocalTime cutOff) implements Serializable {

    public StatutoryTermDto {
        amount = unit == TermUnit.SAME_DAY && amount == null ? BigDecimal.ONE : Values.number(amount);
    }
}

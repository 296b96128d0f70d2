package vn.motcua.catalog.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/** Phí, lệ phí as published, and the fixed amount in đồng where there is one. */
public record FeeDto(String text, BigDecimal amount) implements Serializable {

    public static final FeeDto NONE = new FeeDto(null, null);

    public FeeDto {
        text = Values.text(text);
        amount = Values.number(amount);
    }

    public boolean isNone() {
        return text == null && amount == null;
    }
}

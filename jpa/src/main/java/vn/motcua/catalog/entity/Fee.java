package vn.motcua.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Phí, lệ phí: the text the catalog publishes (it often depends on the case) and, where there is
 * one fixed figure, that amount in đồng for the receipt.
 */
@Embeddable
public class Fee {

    public static final int TEXT_LENGTH = 1000;

    @Column(name = "fee_text", length = TEXT_LENGTH)
    private String text;

    @Column(name = "fee_amount", precision = 15)
    private BigDecimal amount;

    protected Fee() {
    }

    public Fee(String text, BigDecimal amount) {
        if (amount != null && (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 0)) {
            throw new IllegalArgumentException("a fee is a whole, non-negative number of đồng");
        }
        this.text = text == null || text.isBlank() ? null : text.strip();
        this.amount = amount == null ? null : amount.setScale(0);
    }

    public String getText() {
        return text;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Fee fee && Objects.equals(text, fee.text)
                && (amount == null ? fee.amount == null : fee.amount != null && amount.compareTo(fee.amount) == 0);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, amount == null ? null : amount.longValue());
    }
}

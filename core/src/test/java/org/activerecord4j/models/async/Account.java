package org.activerecord4j.models.async;

import java.math.BigDecimal;
import org.activerecord4j.Column;
import org.activerecord4j.Table;

/** An account with declared limits: a code of at most 10 characters, a balance of (10, 2), a score. */
@Table("accounts")
public class Account extends AccountAsyncRecord {
    public Long id;
    @Column(length = 10)
    public String code;
    @Column(precision = 10, scale = 2)
    public BigDecimal balance;
    public Double score;

    /** For loading. */
    public Account() {
    }

    /**
     * Creates an unsaved account.
     *
     * @param code the code
     * @param balance the balance
     */
    public Account(String code, BigDecimal balance) {
        this.code = code;
        this.balance = balance;
    }
}

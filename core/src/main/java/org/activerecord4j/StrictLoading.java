package org.activerecord4j;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Turns strict loading on (or off) for the annotated model's records, overriding the database's
 * setting: those of every query over the model, and those another model's query loads with
 * {@code with(...)}. A query's own {@link Query#strict(boolean)} overrides this in turn, for its
 * records and for those its {@code with(...)} loads.
 *
 * <p>Under strict loading a record that came from a multi-row query ({@code all()}, {@code stream()}
 * or an eager load) throws {@link StrictLoadingViolationException} instead of loading a relation
 * lazily, because doing so once per row is the N+1 query. A record loaded alone ({@code findOne},
 * {@code one()}, {@code first()}) may still load its relations lazily.
 *
 * <pre>{@code
 * @StrictLoading
 * public class Invoice extends InvoiceRecord { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface StrictLoading {

    /**
     * Whether strict loading is on for the model.
     *
     * @return true (the default) to turn it on, false to turn it off even if the database has it on
     */
    boolean value() default true;
}

package org.activerecord4j.processor;

import java.util.Optional;

/** What a class is to the processor, as decided by {@link ModelDetector} from its superclasses. */
enum Detection {

    /**
     * A model that extends its own base before it exists ({@code class User extends UserRecord}), or
     * the base an earlier compilation generated for it: it gets both the base class, extending {@code
     * ActiveRecord}, and the field proxy.
     */
    GENERATED_BASE_MODEL,

    /**
     * A model that extends its own async base before it exists ({@code class User extends
     * UserAsyncRecord}), or the one an earlier compilation generated for it: it gets both the base
     * class, extending {@code AsyncActiveRecord}, and the field proxy.
     */
    GENERATED_ASYNC_BASE_MODEL,

    /**
     * A concrete class that reaches {@code ActiveRecord} or {@code AsyncActiveRecord} through
     * existing superclasses ({@code class User extends ActiveRecord<User>}): it gets the field proxy
     * only.
     */
    DIRECT_MODEL,

    /**
     * A class whose superclasses include a type that does not exist yet, which another round may
     * generate; it is looked at again in the next round.
     */
    UNDECIDED,

    /**
     * Anything else, including abstract classes that extend {@code ActiveRecord} or {@code
     * AsyncActiveRecord}.
     */
    NOT_A_MODEL;

    /**
     * Returns the kind of base the processor generates for a class detected as this.
     *
     * @return {@link BaseKind#SYNC} or {@link BaseKind#ASYNC} for the two generated-base models,
     *     empty for anything else
     */
    Optional<BaseKind> generatedBase() {
        return switch (this) {
            case GENERATED_BASE_MODEL -> Optional.of(BaseKind.SYNC);
            case GENERATED_ASYNC_BASE_MODEL -> Optional.of(BaseKind.ASYNC);
            default -> Optional.empty();
        };
    }
}

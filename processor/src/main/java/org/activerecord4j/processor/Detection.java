package org.activerecord4j.processor;

/** What a class is to the processor, as decided by {@link ModelDetector} from its superclasses. */
enum Detection {

    /**
     * A model that extends its own base before it exists ({@code class User extends UserRecord}):
     * it gets both the base class and the field proxy.
     */
    GENERATED_BASE_MODEL,

    /**
     * A concrete class that reaches {@code ActiveRecord} through existing superclasses
     * ({@code class User extends ActiveRecord<User>}): it gets the field proxy only.
     */
    DIRECT_MODEL,

    /**
     * A class whose superclasses include a type that does not exist yet, which another round may
     * generate; it is looked at again in the next round.
     */
    UNDECIDED,

    /** Anything else, including abstract classes that extend {@code ActiveRecord}. */
    NOT_A_MODEL
}

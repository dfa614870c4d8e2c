package org.activerecord4j.models;

import org.activerecord4j.ActiveRecord;

/** A model that extends ActiveRecord directly, without a generated base. */
public class Gadget extends ActiveRecord<Gadget> {
    public Long id;
    public String name;
    public Integer weight;

    /** The field proxy, declared by hand for a direct model. */
    public static final GadgetFields c = new GadgetFields();
}

package org.activerecord4j.models;

/** A model of primitive fields only, for rows whose columns hold SQL NULL (a table made by hand). */
public class Gauge extends GaugeRecord {
    public long id;
    public long total;
    public int count;
    public short level;
    public double reading;
    public float ratio;
    public boolean active;
}

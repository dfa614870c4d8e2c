package org.activerecord4j.bench;

/**
 * The one formula every implementation folds its results into, so that a run can check that all three
 * read the same rows into the same graph. Sums are order-independent; a child is weighted by its
 * parent's key, so a row attached to the wrong parent changes the sum.
 */
public final class Checksum {

    private Checksum() {
    }

    /**
     * Returns the checksum of one object.
     *
     * @param id its key
     * @param text one of its text columns
     * @return the checksum
     */
    public static long of(long id, String text) {
        return id * 31 + (text == null ? 0 : text.length());
    }

    /**
     * Returns the checksum of an object under its parent.
     *
     * @param parentId the parent's key
     * @param child the object's own checksum
     * @return the checksum
     */
    public static long child(long parentId, long child) {
        return parentId * 1_000_003L + child;
    }
}

package org.activerecord4j.bench.data;

/**
 * One comment S6 inserts: every implementation builds its own object from it inside the measured
 * operation.
 *
 * @param postId the post's key
 * @param author the author's name
 * @param body the text
 */
public record NewComment(long postId, String author, String body) {
}

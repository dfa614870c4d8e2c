package org.activerecord4j.cli.demo;

import java.time.LocalDate;

/** A blog post, written by an author. */
public class Post extends PostRecord {
    public Long id;
    public Long authorId;
    public String title;
    public Integer likes;
    public LocalDate publishedOn;
}

package org.activerecord4j.testing;

/** Rewrites server JDBC URLs of the form {@code jdbc:<driver>://host[:port][/database][?parameters]}. */
public final class JdbcUrls {

    private JdbcUrls() {
    }

    /**
     * Returns {@code url} pointing at {@code database} instead of the database it names (if any).
     *
     * @param url e.g. {@code jdbc:postgresql://127.0.0.1:5432/postgres?ssl=false}
     * @param database the database name
     * @return e.g. {@code jdbc:postgresql://127.0.0.1:5432/ar4j_test_1_a?ssl=false}
     * @throws IllegalArgumentException when {@code url} has no {@code //host}
     */
    public static String withDatabase(String url, String database) {
        int authority = url.indexOf("//");
        if (authority < 0) {
            throw new IllegalArgumentException("JDBC URL '" + url + "' has no //host part; expected e.g. "
                    + "jdbc:postgresql://127.0.0.1:5432/postgres");
        }
        int parameters = url.indexOf('?', authority);
        int end = parameters < 0 ? url.length() : parameters;
        int path = url.indexOf('/', authority + 2);
        int start = path < 0 || path > end ? end : path;
        return url.substring(0, start) + "/" + database + url.substring(end);
    }

    /**
     * Returns {@code url} with one more {@code name=value} parameter.
     *
     * @param url a JDBC URL
     * @param parameter e.g. {@code useServerPrepStmts=true}; empty for none
     * @return the URL
     */
    public static String withParameter(String url, String parameter) {
        if (parameter.isEmpty()) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + parameter;
    }
}

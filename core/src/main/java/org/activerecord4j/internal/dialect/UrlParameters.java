package org.activerecord4j.internal.dialect;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads and removes one parameter of a JDBC URL's query ({@code ?a=1&b=2}), for settings a driver would take from
 * the URL over the properties that carry the timeouts (names match exactly, as the drivers match them), and hides a
 * URL's password for messages.
 */
public final class UrlParameters {

    private static final Pattern PASSWORD_BEFORE_HOST = Pattern.compile("//([^/@:]+):[^/@]*@");

    private UrlParameters() {
    }

    /**
     * Returns {@code url} without a password written into it, for messages.
     *
     * @param url a JDBC URL, supported or not
     * @return the URL with any {@code password=…} value (up to {@code &} or {@code ;}) and any
     *     {@code //user:password@} password replaced by {@code ***}
     */
    public static String withoutPassword(String url) {
        return PASSWORD_BEFORE_HOST.matcher(url.replaceAll("(?i)(password=)[^&;]*", "$1***")).replaceAll("//$1:***@");
    }

    /**
     * Returns whether {@code url} holds a password before its host, {@code //user:password@host}.
     *
     * @param url a JDBC URL
     * @return true when it does
     */
    public static boolean hasPasswordBeforeHost(String url) {
        return PASSWORD_BEFORE_HOST.matcher(url).find();
    }

    /**
     * Returns the value of {@code name} in {@code url}'s query, URL-decoded, for checks outside the dialects.
     *
     * @param url the JDBC URL
     * @param name the parameter, matched exactly as the drivers match it
     * @return the value, or null when the URL has no such parameter
     */
    public static String value(String url, String name) {
        return decoded(url, name);
    }

    /**
     * Returns the value of {@code name} in {@code url}'s query, as written.
     *
     * @param url the JDBC URL
     * @param name the parameter
     * @return the value, or null when the URL has no such parameter
     */
    static String raw(String url, String name) {
        for (String parameter : parameters(url)) {
            if (parameter.startsWith(name + "=")) {
                return parameter.substring(name.length() + 1);
            }
        }
        return null;
    }

    /**
     * Returns the value of {@code name} in {@code url}'s query, URL-decoded (as pgJDBC reads it).
     *
     * @param url the JDBC URL
     * @param name the parameter
     * @return the value, or null when the URL has no such parameter
     */
    static String decoded(String url, String name) {
        String value = raw(url, name);
        return value == null ? null : URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    /**
     * Returns {@code url} without the parameter {@code name}.
     *
     * @param url the JDBC URL
     * @param name the parameter
     * @return the URL, unchanged when it has no such parameter
     */
    static String without(String url, String name) {
        int query = url.indexOf('?');
        if (raw(url, name) == null) {
            return url;
        }
        List<String> kept = new ArrayList<>();
        for (String parameter : parameters(url)) {
            if (!parameter.startsWith(name + "=")) {
                kept.add(parameter);
            }
        }
        return url.substring(0, query) + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
    }

    private static List<String> parameters(String url) {
        int query = url.indexOf('?');
        return query < 0 ? List.of() : List.of(url.substring(query + 1).split("&"));
    }
}

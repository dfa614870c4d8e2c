package org.activerecord4j.cli.generate;

import java.util.ArrayList;
import java.util.List;

/** A unified diff of two texts by lines, with three lines of context, as {@code diff -u} prints it. */
final class UnifiedDiff {

    private static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    /** The diff of {@code before} (null for a new file) and {@code after}; empty when they are equal. */
    static String of(String path, String before, String after) {
        List<String> old = lines(before == null ? "" : before);
        List<String> now = lines(after);
        List<Edit> edits = edits(old, now);
        if (edits.stream().allMatch(edit -> edit.kind == ' ')) {
            return "";
        }
        StringBuilder diff = new StringBuilder();
        diff.append("--- ").append(before == null ? "/dev/null" : path).append('\n');
        diff.append("+++ ").append(path).append('\n');
        int index = 0;
        while (index < edits.size()) {
            int firstChange = next(edits, index);
            if (firstChange < 0) {
                break;
            }
            int start = Math.max(index, firstChange - CONTEXT);
            int end = firstChange;
            // Extend the hunk while another change is within twice the context of the last one.
            for (int i = firstChange; i < edits.size(); i++) {
                if (edits.get(i).kind != ' ') {
                    end = i;
                } else if (i - end > 2 * CONTEXT) {
                    break;
                }
            }
            int stop = Math.min(edits.size(), end + CONTEXT + 1);
            appendHunk(diff, edits.subList(start, stop));
            index = stop;
        }
        return diff.toString();
    }

    private static void appendHunk(StringBuilder diff, List<Edit> hunk) {
        int oldCount = (int) hunk.stream().filter(edit -> edit.kind != '+').count();
        int newCount = (int) hunk.stream().filter(edit -> edit.kind != '-').count();
        Edit first = hunk.get(0);
        diff.append("@@ -").append(range(first.oldLine, oldCount)).append(" +").append(range(first.newLine, newCount))
                .append(" @@\n");
        for (Edit edit : hunk) {
            diff.append(edit.kind).append(edit.text).append('\n');
        }
    }

    /** {@code diff -u}'s range: the first line and the count, or the line before an empty range. */
    private static String range(int firstLine, int count) {
        return count == 0 ? (firstLine - 1) + ",0" : firstLine + "," + count;
    }

    private static int next(List<Edit> edits, int from) {
        for (int i = from; i < edits.size(); i++) {
            if (edits.get(i).kind != ' ') {
                return i;
            }
        }
        return -1;
    }

    /** The edit script of a longest common subsequence of lines; each edit knows its 1-based line numbers. */
    private static List<Edit> edits(List<String> old, List<String> now) {
        int[][] common = new int[old.size() + 1][now.size() + 1];
        for (int i = old.size() - 1; i >= 0; i--) {
            for (int j = now.size() - 1; j >= 0; j--) {
                common[i][j] = old.get(i).equals(now.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Edit> edits = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < old.size() || j < now.size()) {
            if (i < old.size() && j < now.size() && old.get(i).equals(now.get(j))) {
                edits.add(new Edit(' ', old.get(i), i + 1, j + 1));
                i++;
                j++;
            } else if (j < now.size() && (i == old.size() || common[i][j + 1] >= common[i + 1][j])) {
                edits.add(new Edit('+', now.get(j), i + 1, j + 1));
                j++;
            } else {
                edits.add(new Edit('-', old.get(i), i + 1, j + 1));
                i++;
            }
        }
        return edits;
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private record Edit(char kind, String text, int oldLine, int newLine) {
    }
}

package org.activerecord4j.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.IHelpSectionRenderer;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The "Commands:" section of {@code ar4j --help}, listing nested commands by their full name
 * ({@code generate relation}), one line each.
 */
final class CommandList implements IHelpSectionRenderer {

    @Override
    public String render(Help help) {
        Map<String, String> lines = new LinkedHashMap<>();
        collect("", help.commandSpec().commandLine(), lines);
        int width = lines.keySet().stream().mapToInt(String::length).max().orElse(0) + 2;
        StringBuilder section = new StringBuilder();
        lines.forEach((name, description) -> section.append("  ").append(String.format("%-" + width + "s", name))
                .append(description).append('\n'));
        return section.toString();
    }

    private static void collect(String prefix, CommandLine command, Map<String, String> lines) {
        for (Map.Entry<String, CommandLine> entry : command.getSubcommands().entrySet()) {
            CommandLine sub = entry.getValue();
            String name = prefix + entry.getKey();
            if (sub.getSubcommands().isEmpty()) {
                UsageMessageSpec usage = sub.getCommandSpec().usageMessage();
                String[] summary = usage.header().length > 0 ? usage.header() : usage.description();
                lines.put(name, summary.length == 0 ? "" : summary[0].replace("%n", "").trim());
            } else {
                collect(name + " ", sub, lines);
            }
        }
    }
}

package io.lsql.core.report;

import io.lsql.core.LsqlException;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats a {@link Report} is written in, each with the file extension it defaults from. */
public enum ReportFormat {
    HTML("html", ".html", ".htm"),
    MD("md", ".md"),
    JSON("json", ".json"),
    NWB("nwb", ".nwb.json"),
    CLOUDFORMATION("cloudformation", ".template.json", ".cfn.json"),
    CDK("cdk", ".ts"),
    TERRAFORM("terraform", ".tf"),
    DMS("dms", ".dms.json");

    private final String id;
    private final String[] extensions;

    ReportFormat(String id, String... extensions) {
        this.id = id;
        this.extensions = extensions;
    }

    public String id() {
        return id;
    }

    /** The file extension a file of this format gets by default. */
    public String extension() {
        return extensions[0];
    }

    /** The format named {@code text} (case-insensitive), e.g. {@code html} or {@code cloudformation}. */
    public static ReportFormat parse(String text) {
        return Arrays.stream(values()).filter(f -> f.id.equalsIgnoreCase(text)).findFirst().orElseThrow(() -> new LsqlException(
                "Unknown report format '" + text + "': use one of " + ids() + "."));
    }

    /** The format of {@code file} by its extension, the longest match winning ({@code x.nwb.json} is NWB, not JSON). */
    public static ReportFormat of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        ReportFormat best = null;
        int length = 0;
        for (ReportFormat format : values()) {
            for (String extension : format.extensions) {
                if (name.endsWith(extension) && extension.length() > length) {
                    best = format;
                    length = extension.length();
                }
            }
        }
        if (best == null) {
            throw new LsqlException("Can't tell the report format from the name " + file.getFileName() + ": give --format "
                    + ids() + ", or end the name in .html, .md, .json, .nwb.json, .template.json, .ts, .tf or .dms.json.");
        }
        return best;
    }

    private static String ids() {
        return Arrays.stream(values()).map(ReportFormat::id).collect(Collectors.joining("|"));
    }
}

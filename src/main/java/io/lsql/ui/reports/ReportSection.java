package io.lsql.ui.reports;

import java.util.List;

/**
 * One entry of the Reports pane's section list: a section of the report or a part of it (a table, a target).
 *
 * @param anchors the Markdown lines that lead to it, found one after the other in the preview (a target's heading,
 *                then its "Sample items" heading)
 */
public record ReportSection(String title, String detail, List<String> anchors, List<ReportSection> children) {

    public ReportSection {
        anchors = List.copyOf(anchors);
        children = List.copyOf(children);
    }

    static ReportSection leaf(String title, String detail, String... anchors) {
        return new ReportSection(title, detail, List.of(anchors), List.of());
    }

    /** Where this section starts in {@code markdown}, or -1 when an anchor is missing. */
    public int offsetIn(String markdown) {
        int at = 0;
        for (String anchor : anchors) {
            at = markdown.indexOf(anchor, at);
            if (at < 0) {
                return -1;
            }
        }
        return anchors.isEmpty() ? -1 : at + (anchors.get(anchors.size() - 1).startsWith("\n") ? 1 : 0);
    }

    @Override
    public String toString() {
        return detail.isEmpty() ? title : title + " — " + detail;
    }
}

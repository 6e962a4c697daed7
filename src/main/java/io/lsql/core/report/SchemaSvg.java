package io.lsql.core.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The relational schema as an inline SVG: one box per table or view, in layers (a table one layer below the lowest
 * of the tables it references, a layer wrapping after five boxes), a line per foreign key from child to parent, and a green box for a table whose rows
 * became item collections. Plain shapes and text: it needs no script or stylesheet to show.
 */
final class SchemaSvg {

    static final int BOX_W = 190;
    static final int BOX_H = 58;
    static final int GAP_X = 30;
    static final int GAP_Y = 60;
    static final int MARGIN = 10;
    /** Boxes per row; a layer with more tables wraps onto further rows. */
    static final int PER_ROW = 5;

    private SchemaSvg() {
    }

    static String of(List<SchemaTable> tables) {
        Map<String, Integer> levels = levels(tables);
        Map<Integer, Integer> counts = new HashMap<>();
        tables.forEach(t -> counts.merge(levels.get(key(t.name())), 1, Integer::sum));
        int maxLevel = counts.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        int[] firstRow = new int[maxLevel + 2];
        for (int level = 0; level <= maxLevel; level++) {
            firstRow[level + 1] = firstRow[level] + Math.max(1, (counts.getOrDefault(level, 0) + PER_ROW - 1) / PER_ROW);
        }
        Map<String, int[]> at = new HashMap<>();
        Map<Integer, Integer> used = new HashMap<>();
        int maxColumns = 1;
        for (SchemaTable t : tables) {
            int level = levels.get(key(t.name()));
            int index = used.merge(level, 1, Integer::sum) - 1;
            int row = firstRow[level] + index / PER_ROW;
            at.put(key(t.name()), new int[] {MARGIN + (index % PER_ROW) * (BOX_W + GAP_X), MARGIN + row * (BOX_H + GAP_Y)});
            maxColumns = Math.max(maxColumns, Math.min(PER_ROW, index + 1));
        }
        int width = 2 * MARGIN + maxColumns * (BOX_W + GAP_X) - GAP_X;
        int height = 2 * MARGIN + firstRow[maxLevel + 1] * (BOX_H + GAP_Y) - GAP_Y;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"Relational schema\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\">\n");
        for (SchemaTable t : tables) {
            for (SchemaTable.Relation r : t.foreignKeys()) {
                line(svg, at.get(key(t.name())), at.get(key(r.parent())), t.name() + " " + Figures.relation(r));
            }
        }
        for (SchemaTable t : tables) {
            box(svg, t, at.get(key(t.name())));
        }
        return svg.append("</svg>\n").toString();
    }

    /** Each table one layer below the deepest table it references (0 for none); a cycle stops at the table met twice. */
    private static Map<String, Integer> levels(List<SchemaTable> tables) {
        Map<String, SchemaTable> byName = new HashMap<>();
        tables.forEach(t -> byName.put(key(t.name()), t));
        Map<String, Integer> levels = new HashMap<>();
        for (SchemaTable t : tables) {
            level(t, byName, levels, new ArrayList<>());
        }
        return levels;
    }

    private static int level(SchemaTable table, Map<String, SchemaTable> byName, Map<String, Integer> levels, List<String> path) {
        String name = key(table.name());
        Integer known = levels.get(name);
        if (known != null) {
            return known;
        }
        if (path.contains(name)) {
            return 0;
        }
        path.add(name);
        int level = 0;
        for (SchemaTable.Relation r : table.foreignKeys()) {
            SchemaTable parent = byName.get(key(r.parent()));
            if (parent != null && !key(r.parent()).equals(name)) {
                level = Math.max(level, level(parent, byName, levels, path) + 1);
            }
        }
        path.remove(name);
        levels.put(name, level);
        return level;
    }

    private static void line(StringBuilder svg, int[] child, int[] parent, String title) {
        if (child == null || parent == null) {
            return;
        }
        svg.append("  <line x1=\"").append(child[0] + BOX_W / 2).append("\" y1=\"").append(child[1]).append("\" x2=\"")
                .append(parent[0] + BOX_W / 2).append("\" y2=\"").append(parent[1] + BOX_H)
                .append("\" stroke=\"#6e7781\" stroke-width=\"1.5\"><title>").append(Html.escape(title)).append("</title></line>\n");
    }

    private static void box(StringBuilder svg, SchemaTable t, int[] at) {
        boolean collection = t.itemCollection() != null;
        String stroke = collection ? "#1f883d" : "view".equals(t.kind()) ? "#8250df" : "#0969da";
        svg.append("  <g><title>").append(Html.escape(t.name() + (collection ? ": item collections in " + t.itemCollection() : "")))
                .append("</title>\n    <rect x=\"").append(at[0]).append("\" y=\"").append(at[1]).append("\" width=\"").append(BOX_W)
                .append("\" height=\"").append(BOX_H).append("\" rx=\"6\" fill=\"#ffffff\" stroke=\"").append(stroke)
                .append("\" stroke-width=\"").append(collection ? 3 : 1.5).append("\"/>\n");
        text(svg, at[0] + 8, at[1] + 18, t.name(), "bold");
        String second = "view".equals(t.kind()) ? "view" : "PK " + String.join(", ", t.primaryKey());
        text(svg, at[0] + 8, at[1] + 34, second, "normal");
        String third = t.target() == null ? "not migrated" : (collection ? "item collection in " : "→ ") + t.target();
        text(svg, at[0] + 8, at[1] + 50, third, "normal");
        svg.append("  </g>\n");
    }

    private static void text(StringBuilder svg, int x, int y, String text, String weight) {
        String shown = text.length() > 28 ? text.substring(0, 27) + "…" : text;
        svg.append("    <text x=\"").append(x).append("\" y=\"").append(y).append("\" font-family=\"sans-serif\" font-size=\"12\" font-weight=\"")
                .append(weight).append("\" fill=\"#1f2328\">").append(Html.escape(shown)).append("</text>\n");
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}

package io.lsql.core.design;

import java.util.List;

/** A readable Markdown report of a set of table designs, to hand to a colleague. */
public final class DesignReport {

    private DesignReport() {
    }

    public static String markdown(String schemaName, List<TableDesign> designs) {
        StringBuilder md = new StringBuilder();
        md.append("# DynamoDB design for `").append(schemaName).append("`\n\n");
        md.append("| source | kind | DynamoDB table | partition key | sort key | GSIs | warnings |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        for (TableDesign d : designs) {
            md.append("| ").append(d.sourceName()).append(" | ").append(d.sourceKind().name().toLowerCase())
                    .append(" | ").append(d.tableName()).append(" | ").append(keyText(d.key().partitionKey()))
                    .append(" | ").append(d.key().sortKey() == null ? "—" : keyText(d.key().sortKey()))
                    .append(" | ").append(d.gsis().size()).append(" | ").append(d.warnings().stream()
                            .filter(w -> w.severity() != Severity.INFO).count()).append(" |\n");
        }
        for (TableDesign d : designs) {
            table(md, d);
        }
        return md.toString();
    }

    private static void table(StringBuilder md, TableDesign d) {
        md.append("\n## ").append(d.tableName()).append(" (from ").append(d.sourceKind().name().toLowerCase()).append(' ')
                .append(d.sourceName()).append(")\n\n");
        md.append("- Partition key: `").append(d.key().partitionKey().attribute()).append("` (")
                .append(d.key().partitionKey().type()).append(", ").append(d.key().partitionKey().template()).append(")\n");
        if (d.key().sortKey() != null) {
            md.append("- Sort key: `").append(d.key().sortKey().attribute()).append("` (").append(d.key().sortKey().type())
                    .append(", ").append(d.key().sortKey().template()).append(")\n");
        }
        md.append("- Item size: about ").append(d.estimatedItemBytes()).append(" bytes typical, ")
                .append(d.maxItemBytes() == Long.MAX_VALUE ? "unbounded" : d.maxItemBytes() + " bytes")
                .append(" at most by declared types\n");
        if (!d.gsis().isEmpty()) {
            md.append("\n### Global secondary indexes\n\n| index | from | keys | projection | notes |\n|---|---|---|---|---|\n");
            for (GsiDesign g : d.gsis()) {
                md.append("| ").append(g.indexName()).append(" | ").append(g.sourceIndex()).append(" | ")
                        .append(GsiPlanner.keyText(g)).append(" | ").append(g.projection()).append(" | ")
                        .append(g.unique() ? "unique (not enforced) " : "").append(g.sparse() ? "sparse" : "").append(" |\n");
            }
        }
        md.append("\n### Attributes\n\n| attribute | type | source | format |\n|---|---|---|---|\n");
        for (AttributeDesign a : d.attributes()) {
            md.append("| ").append(a.name()).append(" | ").append(a.type()).append(" | ")
                    .append(a.sourceColumn() == null ? "derived" : a.sourceType()).append(" | ")
                    .append(escape(a.format())).append(" |\n");
        }
        md.append("\n### Why\n\n");
        d.rationale().forEach(r -> md.append("- **").append(r.subject()).append("** → ").append(escape(r.choice()))
                .append(": ").append(escape(r.reason())).append('\n'));
        if (!d.warnings().isEmpty()) {
            md.append("\n### Warnings\n\n");
            d.warnings().forEach(w -> md.append("- ").append(w.severity()).append(" `").append(w.code()).append("` ")
                    .append(escape(w.subject())).append(": ").append(escape(w.message())).append('\n'));
        }
        if (!d.hints().isEmpty()) {
            md.append("\n### Relationships\n\n");
            for (ForeignKeyHint h : d.hints()) {
                md.append("- `").append(h.constraint()).append("` ").append(h.childTable()).append(h.childColumns())
                        .append(" → ").append(h.parentTable()).append(h.parentColumns()).append("\n  - SQL: `")
                        .append(h.joinSql()).append("`\n  - DynamoDB: ").append(escape(h.itemCollection())).append('\n');
            }
        }
    }

    private static String keyText(KeyPart part) {
        return "`" + part.attribute() + "` " + part.type();
    }

    private static String escape(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

}

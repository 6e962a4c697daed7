package io.lsql.ui.wizard;

import io.lsql.core.plan.ObjectBadges;
import io.lsql.core.schema.Schema;
import io.lsql.core.schema.Table;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

import java.util.List;
import java.util.Locale;

/** One table or view on the Objects page: what it is, how big, how linked, the advisor's badges, and whether it moves. */
public final class ObjectRow {

    private final Table table;
    private final int foreignKeys;
    private final List<String> badges;
    public final BooleanProperty selected = new SimpleBooleanProperty(false);

    ObjectRow(Schema schema, Table table) {
        this.table = table;
        this.foreignKeys = ObjectBadges.foreignKeyDegree(schema, table);
        this.badges = ObjectBadges.of(table);
    }

    public String name() {
        return table.name();
    }

    public boolean view() {
        return table.isView();
    }

    public List<String> badges() {
        return badges;
    }

    /** "~1,234 rows · 96 KB · 2 FK" — what the tree shows after the name. */
    public String summary() {
        String rows = table.isView() ? "view" : String.format(Locale.ROOT, "~%,d rows", Math.max(0, table.rowEstimate()));
        String size = table.isView() || table.dataLength() < 0 ? "" : " · " + kilobytes(table.dataLength());
        return rows + size + " · " + foreignKeys + " FK";
    }

    private static String kilobytes(long bytes) {
        return bytes >= 1 << 20 ? String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0)
                : String.format(Locale.ROOT, "%,d KB", Math.max(1, bytes / 1024));
    }
}

package io.lsql.core.plan;

import io.lsql.core.mapping.ItemEncoder;
import io.lsql.core.mapping.TypeMapping;
import io.lsql.core.schema.Schema;
import io.lsql.core.schema.Table;

import java.util.ArrayList;
import java.util.List;

/** What the wizard's object list says about a table before it is planned: its size, links and the advisor's badges. */
public final class ObjectBadges {

    /** A base table without a primary key: the advisor must invent a key. */
    public static final String NO_PK = "no PK";
    /** A primary key of three or more columns: it becomes a composite template. */
    public static final String WIDE_PK = "3+-column PK";
    /** A row the declared types allow to exceed DynamoDB's 400 KB item limit. */
    public static final String LARGE = "large";
    /** A column DynamoDB cannot hold natively. */
    public static final String LOSSY = "lossy";

    private ObjectBadges() {
    }

    public static List<String> of(Table table) {
        List<String> badges = new ArrayList<>();
        if (!table.isView() && table.primaryKey().isEmpty()) {
            badges.add(NO_PK);
        }
        if (table.primaryKey().size() >= 3) {
            badges.add(WIDE_PK);
        }
        if (table.maxDeclaredRowBytes() > ItemEncoder.MAX_ITEM_BYTES) {
            badges.add(LARGE);
        }
        if (table.columns().stream().anyMatch(c -> TypeMapping.forColumn(c).lossy())) {
            badges.add(LOSSY);
        }
        return badges;
    }

    /** Foreign keys out of and into {@code table}. */
    public static int foreignKeyDegree(Schema schema, Table table) {
        return table.foreignKeys().size() + schema.incomingForeignKeys(table.name()).size();
    }
}

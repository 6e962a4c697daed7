package io.lsql.core.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lsql.core.ErrorText;
import io.lsql.core.LsqlException;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.migrate.SourceDescriber;
import io.lsql.core.migrate.SourceDescription;
import io.lsql.core.migrate.SourceReader;
import io.lsql.core.plan.Target;
import io.lsql.core.plan.TargetSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The first items of one source of a plan target, exactly as the export would write them: the same
 * {@link PlanLayouts layout} and {@link SourceReader}, so the wizard's preview can't drift from a run.
 */
public final class ItemPreview {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One previewed row.
     *
     * @param json   the item as pretty DynamoDB JSON, or {@code null} for a row that would be a reject
     * @param bytes  the item's size as DynamoDB counts it, 0 for a reject
     * @param reject why the row would be a reject, or {@code null}
     */
    public record Item(String key, String json, long bytes, String reject) {
    }

    private ItemPreview() {
    }

    /** Reads at most {@code limit} rows of {@code source} and returns them as {@code target}'s items. */
    public static List<Item> first(JdbcSource jdbc, Target target, TargetSource source, int limit) {
        List<Item> items = new ArrayList<>();
        try (Connection connection = SourceReader.openSnapshot(jdbc)) {
            SourceDescription description = SourceDescriber.describe(connection, jdbc.database(), source.migrationSource());
            SourceReader reader = new SourceReader(description.source(), PlanLayouts.layout(description, target, source));
            reader.read(connection, null, limit, row -> items.add(row.ok()
                    ? new Item(row.key(), pretty(row.bytes(), row.length()), row.itemBytes(), null)
                    : new Item(row.key(), null, 0, row.reason())));
            return items;
        } catch (SQLException | IOException e) {
            throw new LsqlException("Reading the first rows of " + source.name() + " failed: " + ErrorText.of(e) + ".", e);
        }
    }

    private static String pretty(byte[] line, int length) throws IOException {
        JsonNode node = JSON.readTree(new String(line, 0, length, StandardCharsets.UTF_8));
        JsonNode item = node.has("Item") ? node.get("Item") : node;
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(item);
    }
}

package io.lsql.core.rehearse;

import io.lsql.core.LsqlException;
import io.lsql.core.mapping.KeyTemplate;
import io.lsql.core.mapping.RowMapper;
import io.lsql.core.mapping.SourceColumn;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders bound column values into DynamoDB values through a source's key template, exactly as the migration renders
 * its keys; a template whose trailing columns are not bound renders up to its last bound column (a prefix, for
 * begins_with), and a template with no bound column renders its literal prefix.
 */
final class KeyValues {

    private KeyValues() {
    }

    /**
     * @param values bound texts by column name (as MySQL prints them); columns absent are not bound
     * @throws LsqlException naming the reason when the values can't render (a NULL or empty key)
     */
    static AttributeValue render(SourceBinding binding, String attribute, String template, Map<String, String> values) {
        List<SourceColumn> columns = binding.description().columns();
        KeyTemplate full = KeyTemplate.of(attribute, template, columns);
        int last = -1;
        for (int p = 0; p < full.parts().size(); p++) {
            KeyTemplate.Part part = full.parts().get(p);
            if (part.literal() == null && bound(values, columns.get(part.column()).name())) {
                last = p;
            }
        }
        if (last < 0) {
            return AttributeValue.fromS(literalPrefix(full));
        }
        boolean unboundAfter = full.parts().subList(last + 1, full.parts().size()).stream().anyMatch(p -> p.literal() == null);
        KeyTemplate used = unboundAfter ? KeyTemplate.of(attribute, rebuilt(full, last, columns), columns) : full;
        RowMapper mapper = new RowMapper(columns);
        List<String> texts = new ArrayList<>();
        for (SourceColumn column : columns) {
            texts.add(value(values, column.name()));
        }
        mapper.mapGiven(texts).ifPresent(problem -> {
            throw new LsqlException("The bound values can't be a key: " + problem + ".");
        });
        String[] problem = new String[1];
        KeyTemplate.Rendered rendered = used.render(mapper, problem);
        if (rendered == null) {
            throw new LsqlException("No value for " + attribute + ": " + problem[0] + ".");
        }
        return switch (rendered.type()) {
            case N -> AttributeValue.fromN(rendered.text());
            case B -> AttributeValue.fromB(SdkBytes.fromByteArray(rendered.bytes()));
            default -> AttributeValue.fromS(rendered.text());
        };
    }

    private static boolean bound(Map<String, String> values, String column) {
        return values.keySet().stream().anyMatch(k -> k.equalsIgnoreCase(column));
    }

    private static String value(Map<String, String> values, String column) {
        return values.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(column)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    private static String literalPrefix(KeyTemplate template) {
        StringBuilder prefix = new StringBuilder();
        for (KeyTemplate.Part part : template.parts()) {
            if (part.literal() == null) {
                break;
            }
            prefix.append(part.literal());
        }
        return prefix.toString();
    }

    /** The template's text through part {@code last}. */
    private static String rebuilt(KeyTemplate template, int last, List<SourceColumn> columns) {
        StringBuilder text = new StringBuilder();
        for (int p = 0; p <= last; p++) {
            KeyTemplate.Part part = template.parts().get(p);
            text.append(part.literal() != null ? part.literal().replace("{", "{{").replace("}", "}}")
                    : KeyTemplate.placeholder(columns.get(part.column()).name(), part.padWidth()));
        }
        return text.toString();
    }
}
